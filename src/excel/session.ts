/** One session's budget as an Excel workbook: Bijlage 2 layout, school years, calendar years, partners. */
import { type Result, type Session, planYearOf } from "../engine/index.ts";
import { combineRegion, partnershipTable } from "../region/index.ts";
import { budgetTable, multiYearTable, partnerTable } from "../report/index.ts";
import type { WorkbookSheet } from "./sheets.ts";

/** Sheets "Begroting", "Schooljaren", "Kalenderjaren" and "Partners"; budget and partners for `year` (default the plan year). */
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
  ];
}
