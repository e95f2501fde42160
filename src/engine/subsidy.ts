/**
 * §3.3 subsidy and growth prefinancing of one school year, under either grant mode. The counts
 * come in through `CountOf` (the DUO count when given, else the computed one; null when unknown),
 * so this module needs nothing of the placement rows.
 */
import { type Dec, add, mulInt, roundCents, roundCentsDiv, sub } from "./decimal.ts";
import type { Prepared } from "./prepare.ts";
import { schoolYear, shiftYear, startOf } from "./schoolYear.ts";

/** C(year): a school year's count, or null when it is neither in `years` nor in `counted`. */
export type CountOf = (year: string) => number | null;

/** What one school year gets from the regulation, in cents, and the warnings it raises. */
export interface YearSubsidy {
  /** S(Y), rounded once. */
  subsidy: number;
  /** Growth prefinancing, rounded once; 0 when a count it needs is missing. */
  prefinancing: number;
  /** C(Y − lag), 0 when missing: `students.counted` of the result. */
  counted: number;
  warnings: string[];
}

/** One calendar-year grant G(K), exact: values in force in school year K-(K+1), count of the school year ending in K − lag. */
export interface Grant {
  value: Dec;
  /** perStudent × ceilingFactor of G(K): u(K). */
  rate: Dec;
  /** The school year whose count G(K) rests on. */
  countYear: string;
  /** K(K): that count, null when missing. */
  count: number | null;
}

/** G(K) of §3.3 (calendar-year grants). */
export function grantOf(model: Prepared, calendarYear: number, count: CountOf): Grant {
  const inForce = model.regulation(schoolYear(calendarYear));
  const countYear = schoolYear(calendarYear - model.lag - 1);
  const n = count(countYear);
  return {
    value: add(inForce.base, mulInt(inForce.rate, n ?? 0)),
    rate: inForce.rate,
    countYear,
    count: n,
  };
}

/** S(Y), the prefinancing and C(Y − lag) of school year `year`. */
export function subsidyOf(model: Prepared, year: string, count: CountOf): YearSubsidy {
  const lagYear = shiftYear(year, -model.lag);
  const countLag = count(lagYear);
  const countNow = count(year) ?? 0;
  const inForce = model.regulation(year);
  const missing = (countYear: string): string => `${year}: geen telling voor ${countYear}`;

  if (model.grant === "schoolYear") {
    return {
      subsidy: roundCents(add(inForce.base, mulInt(inForce.rate, countLag ?? 0))),
      prefinancing:
        countLag === null ? 0 : roundCents(mulInt(inForce.rate, Math.max(0, countNow - countLag))),
      counted: countLag ?? 0,
      warnings: countLag === null ? [missing(lagYear)] : [],
    };
  }

  // Calendar-year grants: August–December of Y fall in calendar year a, January–July in a + 1.
  const a = startOf(year);
  const first = grantOf(model, a, count);
  const second = grantOf(model, a + 1, count);
  const subsidy = roundCentsDiv(add(mulInt(first.value, 5), mulInt(second.value, 7)), 12);
  let prefinancing = 0;
  if (first.count !== null && second.count !== null) {
    // 12 × (what Y's own students would bring − what the two grants pay for students in Y).
    const paid = add(mulInt(first.rate, 5 * first.count), mulInt(second.rate, 7 * second.count));
    const twelfths = sub(mulInt(inForce.rate, 12 * countNow), paid);
    if (twelfths.v > 0n) prefinancing = roundCentsDiv(twelfths, 12);
  }
  const warnings = [first, second].filter((g) => g.count === null).map((g) => missing(g.countYear));
  return { subsidy, prefinancing, counted: countLag ?? 0, warnings };
}
