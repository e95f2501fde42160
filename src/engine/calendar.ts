/**
 * §4 `calendarYears`: the school-year figures seen per calendar year, as the region's budget body
 * reads them. Each row needs both school years that touch calendar year K, so a session of n
 * school years has n − 1 rows.
 */
import { divRoundHalfUp, roundCents } from "./decimal.ts";
import type { Prepared } from "./prepare.ts";
import type { CalendarYearResult } from "./result.ts";
import { schoolYear, startOf } from "./schoolYear.ts";
import { type CountOf, grantOf } from "./subsidy.ts";

/** The cents of one school year that the calendar view blends. */
export interface YearCents {
  costs: number;
  subsidy: number;
  other: number;
  committed: number;
}

/** 7/12 of the school year that ends in K plus 5/12 of the one that starts in K, rounded half up once. */
function blend(ending: number, starting: number): number {
  return Number(divRoundHalfUp(7n * BigInt(ending) + 5n * BigInt(starting), 12n));
}

const euros = (cents: number): number => cents / 100;

/** The calendar-year rows of a computed session; `byYear` holds every school year's cents. */
export function calendarYearsOf(
  model: Prepared,
  byYear: ReadonlyMap<string, YearCents>,
  count: CountOf,
): CalendarYearResult[] {
  const rows: CalendarYearResult[] = [];
  const first = startOf(model.years[0]!);
  for (let k = first + 1; ; k++) {
    const ending = byYear.get(schoolYear(k - 1));
    const starting = byYear.get(schoolYear(k));
    if (ending === undefined || starting === undefined) break;
    const costs = blend(ending.costs, starting.costs);
    const other = blend(ending.other, starting.other);
    const committed = blend(ending.committed, starting.committed);
    const subsidy =
      model.grant === "calendarYear"
        ? roundCents(grantOf(model, k, count).value)
        : blend(ending.subsidy, starting.subsidy);
    const needed = Math.max(0, costs - committed - other);
    rows.push({
      year: k,
      costs: euros(costs),
      subsidy: euros(subsidy),
      other: euros(other),
      committed: euros(committed),
      needed: euros(needed),
      gap: euros(needed - subsidy),
    });
  }
  return rows;
}
