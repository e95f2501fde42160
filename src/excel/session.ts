/** One session's budget as an Excel workbook: Bijlage 2 layout, school years, calendar years, partners. */
import { type Result, type Session, planYearOf } from "../engine/index.ts";
import { combineRegion, partnershipTable } from "../region/index.ts";
import { budgetTable, multiYearTable, partnerTable, placementTable } from "../report/index.ts";
import type { WorkbookSheet } from "./sheets.ts";

/**
 * Sheets "Begroting", "Schooljaren", "Kalenderjaren", "Partners" and "Plaatsingen"; budget and
 * partners for `year` (default the plan year). The placements sheet holds every placement row, which
 * the proposal of a large partnership sums per board.
 */
export function sessionWorkbook(
  session: Session,
  result: Result,
  year: string = planYearOf(session),
): WorkbookSheet[] {
  const calendar = combineRegion([{ session, result }]);
  return [
    { name: "Begroting", tables: [budgetTable(session, result, year)] },
    { name: "Schooljaren", tables: [multiYearTable(session, result, planYearOf(session))] },
    { name: "Kalenderjaren", tables: [partnershipTable(calendar, 0)] },
    { name: "Partners", tables: [partnerTable(session, result, year)] },
    { name: "Plaatsingen", tables: [placementTable(session)] },
  ];
}
