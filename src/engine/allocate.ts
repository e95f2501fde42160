/**
 * Splitting a pot of cents over weights so that the parts add up to the pot exactly
 * (largest remainder; ties go to the one listed first), as §3.6 of the cost model names it.
 */
import { type Dec, pow10 } from "./decimal.ts";
import { splitByLargestRemainder } from "./largestRemainder.ts";

/** Splits `cents` over exact weights; all-zero weights give all-zero parts. */
export function allocateCents(cents: number, weights: readonly Dec[]): number[] {
  const scale = weights.reduce((s, w) => Math.max(s, w.s), 0);
  const units = weights.map((w) => w.v * pow10(scale - w.s));
  return splitByLargestRemainder(BigInt(cents), units).map(Number);
}
