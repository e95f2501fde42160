/**
 * Splitting a pot of cents over weights so that the parts add up to the pot exactly
 * (largest remainder; ties go to the one listed first), as §3.6 of the cost model names it.
 */
import { type Dec, pow10, pow10Number } from "./decimal.ts";
import { splitByLargestRemainder, splitSmallByLargestRemainder } from "./largestRemainder.ts";

/** Below this a whole number and every sum or product of the split is exact in a double. */
const SAFE = 2 ** 53;

/** Splits `cents` over exact weights; all-zero weights give all-zero parts. */
export function allocateCents(cents: number, weights: readonly Dec[]): number[] {
  const scale = weights.reduce((s, w) => Math.max(s, w.s), 0);
  const small = scale <= 15 ? smallUnits(cents, weights, scale) : null;
  if (small !== null) return splitSmallByLargestRemainder(cents, small);
  const units = weights.map((w) => w.v * pow10(scale - w.s));
  return splitByLargestRemainder(BigInt(cents), units).map(Number);
}

/**
 * The weights as whole units of 10^-scale in plain numbers, when the split can run on them exactly
 * (no weight below 0, cents × Σ units below 2^53, so every product and sum is a whole double); null otherwise. The
 * engine splits a few pots per year over up to hundreds of partners: BigInt there was a tenth of its time.
 */
function smallUnits(cents: number, weights: readonly Dec[], scale: number): number[] | null {
  const out: number[] = [];
  let size = 0;
  for (const w of weights) {
    const n = Number(w.v) * pow10Number(scale - w.s);
    size += n;
    if (n < 0 || !(size < SAFE)) return null;
    out.push(n);
  }
  return cents >= 0 && cents * size < SAFE ? out : null;
}
