/**
 * Growth projection of student numbers: pure arithmetic the placements grid and the growth step
 * use to WRITE explicit numbers, which people can still change afterwards.
 *
 * Rounding: every projected year is computed from the exact (unrounded) start value, then rounded
 * half up to a whole student (10 × 1,15 = 11,5 → 12). A rounding error therefore never compounds.
 * Floating-point noise is removed first (to 12 significant digits), so 11,4999999… counts as 11,5.
 */
import { splitByLargestRemainder } from "../engine/largestRemainder.ts";

/** How to grow: a fixed percentage per year, or a straight line to a target reached in a given year. */
export type ProjectionSpec =
  | { kind: "growth"; /** 0.1 = 10 % per year (may be negative, not below −100 %). */ rate: number }
  | {
      kind: "target";
      /** students in the target year and after it */ target: number;
      /** years after the base year in which the target is reached (≥ 1) */ reachAfter: number;
    };

/** Rounds half up to a whole number after removing floating-point noise. */
export function roundStudents(value: number): number {
  const cleaned = Number(value.toPrecision(12));
  return Math.max(0, Math.floor(cleaned + 0.5));
}

/** Students in the `count` years after the base year (index 0 = base year + 1). */
export function projectStudents(base: number, count: number, spec: ProjectionSpec): number[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => {
    const k = i + 1;
    if (spec.kind === "growth") return roundStudents(base * (1 + Math.max(-1, spec.rate)) ** k);
    const reach = Math.max(1, Math.floor(spec.reachAfter));
    if (k >= reach) return roundStudents(spec.target);
    return roundStudents(base + ((spec.target - base) * k) / reach);
  });
}

/**
 * Splits a whole total over rows in proportion to their whole weights by largest remainder (the
 * engine's rule: ties go to the row listed first), so the parts add up to the total exactly.
 * Equal parts when all weights are 0.
 */
export function splitWhole(total: number, weights: readonly number[]): number[] {
  const whole = weights.map((w) => BigInt(Math.max(0, Math.round(w))));
  const anyWeight = whole.some((w) => w > 0n);
  return splitByLargestRemainder(
    BigInt(Math.max(0, Math.round(total))),
    anyWeight ? whole : whole.map(() => 1n),
  ).map(Number);
}

/**
 * Projects several rows together: the total of the bases grows by `spec`, and each year's whole
 * total is split over the rows in proportion to their base (largest remainder).
 */
export function projectRows(
  bases: readonly number[],
  count: number,
  spec: ProjectionSpec,
): number[][] {
  const total = bases.reduce((a, b) => a + b, 0);
  const totals = projectStudents(total, count, spec);
  const perYear = totals.map((t) => splitWhole(t, bases));
  return bases.map((_, row) => perYear.map((year) => year[row] ?? 0));
}
