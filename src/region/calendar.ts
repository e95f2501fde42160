/**
 * One partnership's calendar years in cents, read from the engine's result (§4 of the cost model).
 *
 * Until the engine's `calendarYears` (cost model 1.1) is in main, `blendedCalendarYears` computes
 * them by the §4 rule for school-year grants; once the engine returns them, they are used as they
 * are and the blend goes.
 */
import { type Result, startOf } from "../engine/index.ts";
import { toCents as cents } from "../report/wholeEuros.ts";
import type { CalendarRow } from "./types.ts";

/** A calendar year as the engine's result carries it (euros with cents). */
interface EngineCalendarYear {
  year: number;
  costs: number;
  subsidy: number;
  other: number;
  committed: number;
  needed: number;
  gap: number;
}

/** 7/12 × a + 5/12 × b in cents, rounded half up (§4): January–July and August–December. */
function blend(a: number, b: number): number {
  return Math.floor((2 * (7 * a + 5 * b) + 12) / 24);
}

/** §4 for school-year grants: every calendar year whose two school years are both in the result. */
function blendedCalendarYears(result: Result): EngineCalendarYear[] {
  const rows: EngineCalendarYear[] = [];
  for (let i = 1; i < result.years.length; i++) {
    const before = result.years[i - 1]!;
    const after = result.years[i]!;
    const costs = blend(cents(before.costs.total), cents(after.costs.total));
    const subsidy = blend(cents(before.income.subsidy), cents(after.income.subsidy));
    const other = blend(cents(before.income.other), cents(after.income.other));
    const committed = blend(cents(before.request.committed), cents(after.request.committed));
    const needed = Math.max(0, costs - committed - other);
    rows.push({ year: startOf(after.year), costs: costs / 100, subsidy: subsidy / 100, other: other / 100, committed: committed / 100, needed: needed / 100, gap: (needed - subsidy) / 100 });
  }
  return rows;
}

/**
 * The counted students a calendar year's grant rests on: the count of school year (K−1)-K's
 * `students.counted` (C of the school year ending in K − lag), which is what G(K) uses.
 */
function countedFor(result: Result, year: number): number {
  return result.years.find((y) => startOf(y.year) === year - 1)?.students.counted ?? 0;
}

/** The partnership's calendar years in cents, oldest first. */
export function calendarRowsOf(result: Result): CalendarRow[] {
  const engineRows = (result as Result & { calendarYears?: EngineCalendarYear[] }).calendarYears ?? blendedCalendarYears(result);
  return engineRows.map((row) => ({
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
