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

/**
 * splitByLargestRemainder on plain numbers, for callers that know the weights are ≥ 0 and every
 * product total × weight and every sum stays below 2^53 (so % and the quotients are exact, and
 * truncate toward zero as BigInt does): the same parts, without a BigInt per weight.
 */
export function splitSmallByLargestRemainder(total: number, weights: readonly number[]): number[] {
  let sum = 0;
  for (const w of weights) sum += w;
  if (sum === 0 || total === 0) return weights.map(() => 0);
  const parts: number[] = [];
  const remainders = new Float64Array(weights.length);
  let given = 0;
  weights.forEach((w, i) => {
    const product = total * w;
    const remainder = product % sum;
    const floor = (product - remainder) / sum;
    parts.push(floor);
    remainders[i] = remainder;
    given += floor;
  });
  // With weights ≥ 0 fewer than one unit per part is left (each floor loses less than 1). The
  // `left` largest remainders get one each, ties to the part listed first (as the stable sort of
  // handOutByRemainder): all above the left-th largest remainder, then the first ones equal to it.
  let left = total - given;
  if (left === 0) return parts;
  const threshold = remainders.slice().sort()[remainders.length - left]!;
  remainders.forEach((r, i) => {
    if (r > threshold) {
      parts[i]! += 1;
      left -= 1;
    }
  });
  remainders.forEach((r, i) => {
    if (r === threshold && left > 0) {
      parts[i]! += 1;
      left -= 1;
    }
  });
  return parts;
}
