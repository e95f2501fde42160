/**
 * Single amounts as the engine computes them, for views that show the parts of a total: the
 * parts must be the very numbers the engine added up, so they share its exact arithmetic and its
 * rounding per line (§3.6).
 */
import { type Dec, ONE, add, dec, mul, pow10, powInt, roundCents, toNumber } from "./decimal.ts";
import { regulationIn } from "./regulation.ts";
import type { Line, Session } from "./schema.ts";

/** (1 + indexation)^k, exact: the price level of the k-th school year of the session. */
export function indexFactor(indexation: number, k: number): Dec {
  return powInt(add(ONE, dec(indexation)), k);
}

/** Euros of labelled lines in `year`, indexed and rounded to cents per line, as costs are. */
export function indexedLines(session: Session, lines: readonly Line[], year: string): number[] {
  const factor = indexFactor(session.indexation, Math.max(0, session.years.indexOf(year)));
  return lines.map((line) => roundCents(mul(dec(line.amount), factor)) / 100);
}

/** Euros of labelled lines that are not indexed (income, benefits), rounded to cents per line. */
export function plainLines(lines: readonly Line[]): number[] {
  return lines.map((line) => roundCents(dec(line.amount)) / 100);
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
