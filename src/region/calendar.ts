/** One partnership's calendar years in cents, read from the engine's result (`calendarYears`, §4 of the cost model). */
import { type Result, startOf } from "../engine/index.ts";
import { toCents as cents } from "../report/wholeEuros.ts";
import type { CalendarRow } from "./types.ts";

/**
 * The counted students a calendar year's grant rests on: `students.counted` of school year
 * (K−1)-K, i.e. C of the school year ending in K − lag, which is what G(K) uses.
 */
function countedFor(result: Result, year: number): number {
  return result.years.find((y) => startOf(y.year) === year - 1)?.students.counted ?? 0;
}

/** The partnership's calendar years in cents, oldest first. */
export function calendarRowsOf(result: Result): CalendarRow[] {
  return result.calendarYears.map((row) => ({
    year: row.year,
    counted: countedFor(result, row.year),
    costs: cents(row.costs),
    subsidy: cents(row.subsidy),
    other: cents(row.other),
    committed: cents(row.committed),
    needed: cents(row.needed),
    gap: cents(row.gap),
  }));
}
