// Display rounding: parts in cents become whole euros that add up to the shown total (largest remainder).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  averageEuros,
  shownParts,
  wholeEuroParts,
  wholeEuros,
  wholeEurosPer,
} from "../../src/report/wholeEuros.ts";

describe("wholeEuros", () => {
  it.each([
    [0, 0],
    [49, 0], // € 0,49 → € 0
    [50, 1], // half up
    [-50, 0], // half up, also below zero
    [-51, -1],
    [73095800, 730958],
  ])("%i cents → € %i", (cents, euros) => expect(wholeEuros(cents)).toBe(euros));
});

describe("wholeEuroParts", () => {
  it.each([
    // The case of the issue: 730.958 − 383.443 − 10.000 must not print as 337.516.
    {
      parts: [73095849, -38344349, -1000000],
      total: undefined,
      expected: [730958, -383443, -10000],
    },
    // Three thirds of € 1: the euro goes to the first of the equal remainders.
    { parts: [3333, 3333, 3334], total: undefined, expected: [33, 33, 34] },
    { parts: [50, 50], total: undefined, expected: [1, 0] },
    // A total chosen by a parent row (one below the rounded sum) is still met exactly.
    { parts: [150, 150], total: 2, expected: [1, 1] },
    { parts: [], total: undefined, expected: [] },
  ])("$parts → $expected", ({ parts, total, expected }) => {
    expect(wholeEuroParts(parts, total)).toEqual(expected);
  });

  it("adds up to the rounded total for any parts, positive or negative (1 000 random lists)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), { maxLength: 40 }),
        (parts) => {
          const shown = wholeEuroParts(parts);
          const total = wholeEuros(parts.reduce((s, c) => s + c, 0));
          expect(shown.reduce((s, e) => s + e, 0)).toBe(total);
          // Each part is its amount rounded down or up: never more than a euro off.
          shown.forEach((e, i) => expect(Math.abs(e * 100 - parts[i]!)).toBeLessThan(100));
        },
      ),
      { numRuns: 1000, seed: 20261202 },
    );
  });
});

describe("shownParts (hours and FTE)", () => {
  it.each([
    // Whole hours: 1,5 + 1,5 + 1 = 4; the hour that rounding leaves goes to the first of the equal remainders.
    {
      values: [1.5, 1.5, 1],
      decimals: 0,
      total: undefined,
      expected: { parts: [2, 1, 1], total: 4 },
    },
    // FTE in hundredths: three thirds of 0,01 FTE stay 0,00 + 0,00 + 0,01 = 0,01.
    {
      values: [0.0033, 0.0033, 0.0034],
      decimals: 2,
      total: undefined,
      expected: { parts: [0, 0, 0.01], total: 0.01 },
    },
    // A total fixed by a parent figure is met exactly.
    { values: [2.5, 2.5], decimals: 0, total: 5, expected: { parts: [3, 2], total: 5 } },
    { values: [], decimals: 2, total: undefined, expected: { parts: [], total: 0 } },
  ])("$values with $decimals decimals → $expected", ({ values, decimals, total, expected }) => {
    expect(shownParts(values, decimals, total)).toEqual(expected);
  });
});

describe("averageEuros and wholeEurosPer", () => {
  it.each([
    // € 10,00 over 3 → € 3,33; € 0,05 over 2 → € 0,03 (half up); none → 0
    { cents: 1000, n: 3, euros: 3.33 },
    { cents: 5, n: 2, euros: 0.03 },
    { cents: 1000, n: 0, euros: 0 },
  ])("$cents cents over $n → € $euros", ({ cents, n, euros }) =>
    expect(averageEuros(cents, n)).toBe(euros),
  );

  it.each([
    // € 1.000 over 3 students → € 333; € 5 over 2 → € 3 (half up); no students → null
    { shown: 1000, units: 3, per: 333 },
    { shown: 5, units: 2, per: 3 },
    { shown: 1000, units: 0, per: null },
  ])("€ $shown over $units → $per", ({ shown, units, per }) =>
    expect(wholeEurosPer(shown, units)).toBe(per),
  );
});
