/**
 * The largest-remainder rule, written once for the whole program: the engine splits pots of cents
 * with it (§3.6), the student projection splits whole students, and the views round amounts shown
 * together to whole euros so that they add up to the shown total.
 */

/**
 * Adds `left` units to `floors`, one each to the parts with the largest remainders; ties go to the
 * part listed first. `left` larger than the number of parts goes round again (never with exact inputs).
 */
export function handOutByRemainder(
  floors: readonly bigint[],
  remainders: readonly bigint[],
  left: number,
): bigint[] {
  const parts = [...floors];
  // Stable sort keeps the listed order among equal remainders.
  const order = remainders
    .map((r, i) => ({ i, r }))
    .sort((a, b) => (a.r === b.r ? 0 : a.r > b.r ? -1 : 1));
  for (let k = 0; k < left && order.length > 0; k++) {
    const i = order[k % order.length]!.i;
    parts[i]! += 1n;
  }
  return parts;
}

/** Splits a whole `total` (≥ 0) over whole weights (≥ 0) in proportion, exactly; all-zero weights give all-zero parts. */
export function splitByLargestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((s, w) => s + w, 0n);
  if (sum === 0n || total === 0n) return weights.map(() => 0n);
  const floors = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w) => (total * w) % sum);
  const left = Number(total - floors.reduce((s, p) => s + p, 0n));
  return handOutByRemainder(floors, remainders, left);
}
