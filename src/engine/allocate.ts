/**
 * Splitting a pot of cents over weights so that the parts add up to the pot exactly
 * (largest remainder; ties go to the one listed first), as §3.6 of the cost model names it.
 */
import { type Dec, pow10 } from "./decimal.ts";

/** Splits `cents` over exact weights; all-zero weights give all-zero parts. */
export function allocateCents(cents: number, weights: readonly Dec[]): number[] {
  const scale = weights.reduce((s, w) => Math.max(s, w.s), 0);
  const units = weights.map((w) => w.v * pow10(scale - w.s));
  const total = units.reduce((sum, u) => sum + u, 0n);
  if (total === 0n || cents === 0) return weights.map(() => 0);
  const pot = BigInt(cents);
  const parts = units.map((u) => (pot * u) / total);
  const remainders = units.map((u, i) => ({ i, r: (pot * u) % total }));
  let left = Number(pot - parts.reduce((sum, p) => sum + p, 0n));
  // Stable sort keeps the listed order among equal remainders: ties to the first.
  remainders.sort((a, b) => (a.r === b.r ? 0 : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0) break;
    parts[i]! += 1n;
    left--;
  }
  return parts.map(Number);
}
