/**
 * Display rounding, written once: amounts shown together in whole euros add up as shown. A total is
 * rounded half up to whole euros; its parts are rounded down and the euros still missing go to the
 * parts with the largest remainders (the engine's largest-remainder rule), so Σ shown parts = shown
 * total in every table, sentence and chart, on screen and in the PDF. Averages and amounts per
 * student are rounded here too, so no view carries its own rounding.
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

/**
 * The same rule for quantities shown with `decimals` decimals (whole hours, FTE in hundredths):
 * the shown parts add up to the shown total: their exact sum rounded half up, or `total` when a
 * parent figure already fixed it (within one shown unit of the sum).
 */
export function shownParts(
  values: readonly number[],
  decimals: number,
  total?: number,
): { parts: number[]; total: number } {
  const scale = 10 ** decimals;
  // Hundredths of the shown unit, so wholeEuroParts can hand out whole units by largest remainder.
  const fine = values.map((v) => Math.round(v * scale * 100));
  const units =
    total === undefined ? wholeEuros(fine.reduce((s, f) => s + f, 0)) : Math.round(total * scale);
  return { parts: wholeEuroParts(fine, units).map((p) => p / scale), total: units / scale };
}

/** An average of integer cents over `n`, in euros rounded half up to whole cents; 0 when n is 0. */
export function averageEuros(totalCents: number, n: number): number {
  return n === 0 ? 0 : Math.floor(totalCents / n + 0.5) / 100;
}

/** Whole euros per unit (per student) of a shown whole-euro amount, half up; null when there are no units. */
export function wholeEurosPer(shownEuros: number, units: number): number | null {
  return units > 0 ? Math.floor(shownEuros / units + 0.5) : null;
}

/** The sum of shown values with `decimals` decimals, added in whole shown units so no float noise shows. */
export function sumShown(values: readonly number[], decimals: number): number {
  const scale = 10 ** decimals;
  return values.reduce((s, v) => s + Math.round(v * scale), 0) / scale;
}
