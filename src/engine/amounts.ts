/**
 * Single amounts as the engine computes them, for views that show the parts of a total: the
 * parts must be the very numbers the engine added up, so they share its exact arithmetic and its
 * rounding per line (§3.6).
 */
import { type Dec, ONE, add, dec, mul, powInt, roundCents, toNumber } from "./decimal.ts";
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

/** The amount per counted student after the ceiling factor in force in `year` (§3.3, after byYear), not rounded. */
export function ratePerStudent(session: Session, year: string): number {
  const { perStudent, ceilingFactor } = regulationIn(session, year);
  return toNumber(mul(dec(perStudent), dec(ceilingFactor)));
}
