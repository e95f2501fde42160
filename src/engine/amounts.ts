/**
 * Single amounts with the engine's exact arithmetic: the index factor the costs grow with, an hourly
 * rate from a yearly amount (the GPL helper) and the amount per student after the ceiling. The
 * parts of a year's totals are not recomputed here: the result carries them (`YearResult.breakdown`).
 */
import { type Dec, ONE, add, dec, mul, pow10, powInt, toNumber } from "./decimal.ts";
import { regulationIn } from "./regulation.ts";
import type { Session } from "./schema.ts";

/** (1 + indexation)^k, exact: the price level of the k-th school year of the session. */
export function indexFactor(indexation: number, k: number): Dec {
  return powInt(add(ONE, dec(indexation)), k);
}

/** An amount per year spread over `hours` hours, in euros rounded half up to whole cents, exactly (GPL ÷ 1 659 → hourly rate). */
export function ratePerHour(amountPerYear: number, hours: number): number {
  const amount = dec(amountPerYear);
  const numerator = amount.v * 100n;
  const denominator = pow10(amount.s) * BigInt(hours);
  if (denominator <= 0n || numerator <= 0n) return 0;
  // Half up on whole cents: floor((2n + d) / 2d).
  return Number((2n * numerator + denominator) / (2n * denominator)) / 100;
}

/** The amount per counted student after the ceiling factor in force in `year` (§3.3, after byYear), not rounded. */
export function ratePerStudent(session: Session, year: string): number {
  const { perStudent, ceilingFactor } = regulationIn(session, year);
  return toNumber(mul(dec(perStudent), dec(ceilingFactor)));
}
