// The exact decimals under every amount (§3.6): `dec` turns a JS number into the decimal it prints
// as, in its smallest scale, for every finite double (tiny, huge and exponent forms too), and
// `powInt` (the indexation factor (1 + i)^k) stays exact without trailing zeros.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Dec, ONE, add, dec, powInt } from "../../src/engine/decimal.ts";

/** A fixed seed keeps CI reproducible; fast-check prints it with any counterexample anyway. */
const options = { numRuns: 1000, seed: 20251202 };

/** Back to a JS number through its decimal text, which JavaScript parses with correct rounding. */
const numberOf = (a: Dec): number => Number(`${a.v}e-${a.s}`);

/** No trailing zero after the point: the smallest scale that holds the value. */
const smallestScale = (a: Dec): boolean => a.s === 0 || a.v % 10n !== 0n;

describe.each<[string, number, Dec]>([
  // what a user types: the decimal itself, not the binary float near it
  ["52,44", 52.44, { v: 5244n, s: 2 }],
  ["0,3", 0.3, { v: 3n, s: 1 }],
  ["−1,05", -1.05, { v: -105n, s: 2 }],
  // whole numbers keep scale 0, also −0
  ["1 000", 1000, { v: 1000n, s: 0 }],
  ["−0", -0, { v: 0n, s: 0 }],
  // beyond 2^53 JavaScript prints the digits of the nearest decimal it round-trips to
  ["2^60", 2 ** 60, { v: 1152921504606847000n, s: 0 }],
  // 10^21 and up print in exponent form ("1e+21"): the exponent becomes zeros, scale stays 0
  ["1e21", 1e21, { v: 10n ** 21n, s: 0 }],
  ["1,5e22", 1.5e22, { v: 15n * 10n ** 21n, s: 0 }],
  // tiny numbers print as "1.5e-7": the exponent becomes scale
  ["1,5e-7", 1.5e-7, { v: 15n, s: 8 }],
  ["−2e-10", -2e-10, { v: -2n, s: 10 }],
])("dec(%s)", (_label, n, expected) => {
  it("is the exact decimal the number prints as, in its smallest scale", () => {
    expect(dec(n)).toEqual(expected);
  });
});

describe("dec over every finite double", () => {
  it("round-trips to the same number and has no trailing zero after the point", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const exact = dec(n);
        expect(numberOf(exact)).toBe(n === 0 ? 0 : n);
        expect(smallestScale(exact)).toBe(true);
      }),
      options,
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("refuses %s with a RangeError", (n) => {
    expect(() => dec(n)).toThrow(RangeError);
  });
});

describe.each<[string, number, number, Dec]>([
  // 1,02² = 1,0404 exactly, not 1.0404000000000002
  ["1,02²", 0.02, 2, { v: 10404n, s: 4 }],
  // k = 0: the first school year is not indexed
  ["1,02⁰", 0.02, 0, { v: 1n, s: 0 }],
  // 1,5³ = 3,375
  ["1,5³", 0.5, 3, { v: 3375n, s: 3 }],
  // indexation 0 leaves 1
  ["1⁵", 0, 5, { v: 1n, s: 0 }],
])("powInt(%s)", (_label, indexation, k, expected) => {
  it("is exact", () => {
    expect(powInt(add(ONE, dec(indexation)), k)).toEqual(expected);
  });
});

describe("powInt on an indexation factor", () => {
  it("keeps the smallest scale for every indexation and up to 12 years", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 12 }), (indexation, k) => {
        const factor = powInt(add(ONE, dec(indexation)), k);
        expect(smallestScale(factor)).toBe(true);
        expect(factor.s).toBe(dec(indexation).s * k);
      }),
      options,
    );
  });
});
