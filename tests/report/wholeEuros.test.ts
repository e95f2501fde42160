// Display rounding: parts in cents become whole euros that add up to the shown total (largest remainder).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeEuroParts, wholeEuros } from "../../src/report/wholeEuros.ts";

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
    { parts: [73095849, -38344349, -1000000], total: undefined, expected: [730958, -383443, -10000] },
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
      fc.property(fc.array(fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), { maxLength: 40 }), (parts) => {
        const shown = wholeEuroParts(parts);
        const total = wholeEuros(parts.reduce((s, c) => s + c, 0));
        expect(shown.reduce((s, e) => s + e, 0)).toBe(total);
        // Each part is its amount rounded down or up: never more than a euro off.
        shown.forEach((e, i) => expect(Math.abs(e * 100 - parts[i]!)).toBeLessThan(100));
      }),
      { numRuns: 1000, seed: 20261202 },
    );
  });
});
