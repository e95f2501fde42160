// The exact decimals under every amount (§3.6): `dec` turns a JS number into the decimal it prints
// as, in its smallest scale, for every finite double (tiny, huge and exponent forms too), and
// `powInt` (the indexation factor (1 + i)^k) stays exact without trailing zeros; `toNumber` (exact
// decimals back to JS numbers) gives the same double as reading the decimal text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Dec, ONE, add, dec, powInt, toNumber } from "../../src/engine/decimal.ts";

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

  it("gives the digits the number prints as, for typed amounts with up to 8 decimals", () => {
    // dec reads such numbers without their text; the digits must still be exactly String(n)'s.
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 15), max: 10 ** 15 }),
        fc.integer({ min: 0, max: 8 }),
        (digits, scale) => {
          const n = digits / 10 ** scale;
          const exact = dec(n);
          const text = `${exact.v < 0n ? "-" : ""}${(exact.v < 0n ? -exact.v : exact.v).toString().padStart(exact.s + 1, "0")}`;
          const printed =
            exact.s === 0 ? text : `${text.slice(0, -exact.s)}.${text.slice(-exact.s)}`;
          expect(printed).toBe(String(n).includes("e") ? printed : String(n));
        },
      ),
      options,
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "refuses %s with a RangeError",
    (n) => {
      expect(() => dec(n)).toThrow(RangeError);
    },
  );
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
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 12 }),
        (indexation, k) => {
          const factor = powInt(add(ONE, dec(indexation)), k);
          expect(smallestScale(factor)).toBe(true);
          expect(factor.s).toBe(dec(indexation).s * k);
        },
      ),
      options,
    );
  });
});

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
      fc.property(
        fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }),
        fc.integer({ min: 0, max: 30 }),
        (v, s) => {
          expect(Object.is(toNumber({ v, s }), viaText(v, s))).toBe(true);
        },
      ),
      { numRuns: 5000, seed: 20261203 },
    );
  });
});
