/** The region as an Excel workbook: totals and per-year tables (with the budget division), then each partnership. */
import {
  type RegionResult,
  allocationTable,
  allocationsFor,
  partnershipTable,
  regionTotalsTable,
  regionYearTable,
} from "../region/index.ts";
import type { Table } from "../report/index.ts";
import type { WorkbookSheet } from "./sheets.ts";

/** Sheets "Regio" and "Per partnerschap". */
export function regionWorkbook(region: RegionResult): WorkbookSheet[] {
  const summary: Table[] = [regionTotalsTable(region)];
  const budget = region.budget;
  if (budget !== undefined && region.years.some((y) => y.year === budget.year)) {
    summary.push(allocationTable(budget.year, allocationsFor(region, budget.year, budget.amount)));
  }
  summary.push(...region.years.map((y) => regionYearTable(region, y.year)));
  return [
    { name: "Regio", tables: summary },
    {
      name: "Per partnerschap",
      tables: region.partnerships.map((_, i) => partnershipTable(region, i)),
    },
  ];
}
