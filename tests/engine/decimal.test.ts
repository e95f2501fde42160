// Exact decimals to JS numbers: the quick division gives the same double as reading the decimal
// text (both round the exact quotient to the nearest double), on both sides of its limits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toNumber } from "../../src/engine/decimal.ts";

/** The decimal v / 10^s as text, read by JavaScript: the reference. */
function viaText(v: bigint, s: number): number {
  const digits = (v < 0n ? -v : v).toString().padStart(s + 1, "0");
  const text = s === 0 ? digits : `${digits.slice(0, -s)}.${digits.slice(-s)}`;
  return Number(v < 0n ? `-${text}` : text);
}

describe("toNumber", () => {
  it.each([
    { v: 12345n, s: 2, expected: 123.45 }, // hours with two decimals
    { v: 1n, s: 22, expected: 1e-22 }, // the smallest scale the quick path takes
    { v: 1n, s: 23, expected: 1e-23 }, // one further: read as text
    { v: 2n ** 53n - 1n, s: 3, expected: viaText(2n ** 53n - 1n, 3) }, // the largest v the quick path takes
    { v: 2n ** 53n + 1n, s: 3, expected: viaText(2n ** 53n + 1n, 3) }, // one past it: read as text
    { v: -5n, s: 1, expected: -0.5 }, // negative
  ])("$v / 10^$s = $expected", ({ v, s, expected }) => {
    expect(toNumber({ v, s })).toBe(expected);
  });

  it("equals reading the decimal text for random values and scales", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }), fc.integer({ min: 0, max: 30 }), (v, s) => {
        expect(Object.is(toNumber({ v, s }), viaText(v, s))).toBe(true);
      }),
      { numRuns: 5000, seed: 20261203 },
    );
  });
});
