/**
 * Display rounding, written once: amounts shown together in whole euros add up as shown. A total is
 * rounded half up to whole euros; its parts are rounded down and the euros still missing go to the
 * parts with the largest remainders (the engine's largest-remainder rule), so Σ shown parts = shown
 * total in every table, sentence and chart, on screen and in the PDF.
 */
import { handOutByRemainder } from "../engine/largestRemainder.ts";

/** Euros with cents (as the engine returns them) → integer cents. */
export function toCents(euros: number): number {
  return Math.round(euros * 100);
}

/** Integer cents → whole euros, half up (the shown value of an amount that is not a part of a shown total). */
export function wholeEuros(cents: number): number {
  return Math.floor((cents + 50) / 100);
}

/**
 * Whole euros for parts given in cents that must add up to `total` whole euros (default: their sum,
 * rounded half up). `total` must lie within one euro of the parts' sum, as a shown parent does.
 */
export function wholeEuroParts(partsCents: readonly number[], total?: number): number[] {
  const target = total ?? wholeEuros(partsCents.reduce((sum, c) => sum + c, 0));
  const floors = partsCents.map((c) => BigInt(Math.floor(c / 100)));
  const remainders = partsCents.map((c) => BigInt(c - Math.floor(c / 100) * 100));
  const left = target - Number(floors.reduce((sum, f) => sum + f, 0n));
  return handOutByRemainder(floors, remainders, left).map(Number);
}

/** The same for parts given in euros with cents. */
export function wholeEuroPartsOf(parts: readonly number[], total?: number): number[] {
  return wholeEuroParts(parts.map(toCents), total);
}
