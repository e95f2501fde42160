/**
 * How the subsidy of one school year is made up (§3.3), for views that explain it in words: one
 * part under school-year grants, two calendar-year grants (5 and 7 months) under calendar-year
 * grants. The engine's own sums are in `subsidy.ts`; this reads the same rules for people.
 */
import { type RegulationValues, regulationTimeline } from "./regulation.ts";
import type { Result } from "./result.ts";
import type { Session } from "./schema.ts";
import { schoolYear, shiftYear, startOf } from "./schoolYear.ts";

/** One grant that pays (part of) a school year's subsidy. */
export interface SubsidyPart {
  /** The calendar year of the grant; null under school-year grants. */
  calendarYear: number | null;
  /** Months of the school year this grant pays: 12, or 5 (August–December) and 7 (January–July). */
  months: 5 | 7 | 12;
  /** The regulation values the grant uses. */
  regulation: RegulationValues;
  /** The school year whose count the grant rests on. */
  countYear: string;
  /** That count (DUO count when given, else computed); null when unknown (it then counts 0). */
  count: number | null;
}

/** The parts of S(`year`) of a computed session, oldest grant first. */
export function subsidyParts(session: Session, result: Result, year: string): SubsidyPart[] {
  const inForce = regulationTimeline(session.regulation);
  const { lag, grant, counted } = session.regulation;
  const countOf = (y: string): number | null =>
    counted[y] ?? result.years.find((r) => r.year === y)?.students.countable ?? null;
  if (grant === "schoolYear") {
    const countYear = shiftYear(year, -lag);
    return [
      {
        calendarYear: null,
        months: 12,
        regulation: inForce(year).values,
        countYear,
        count: countOf(countYear),
      },
    ];
  }
  const a = startOf(year);
  return (
    [
      [a, 5],
      [a + 1, 7],
    ] as const
  ).map(([k, months]) => {
    const countYear = schoolYear(k - lag - 1);
    return {
      calendarYear: k,
      months,
      regulation: inForce(schoolYear(k)).values,
      countYear,
      count: countOf(countYear),
    };
  });
}
