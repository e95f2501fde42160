// Rounding to whole cents (§3.6: half up) has two shortcuts in src/engine/decimal.ts: `roundCents`
// rounds small decimals with exact double arithmetic, and `roundCentsTimes` rounds an amount times
// the index factor from the product in doubles when no half cent lies near it. Both must give what
// the plain BigInt rule gives, for every value: here against that rule, written out once more.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Dec,
  ONE,
  add,
  dec,
  factorOf,
  mul,
  powInt,
  roundCents,
  roundCentsTimes,
} from "../../src/engine/decimal.ts";

const options = { numRuns: 2000, seed: 20261203 };

/** floor(v / 10^(s−2) + 1/2) with BigInt only: the half-up rule of §3.6 as the first version had it. */
function reference(a: Dec): number {
  const cents = a.s <= 2 ? a.v * 10n ** BigInt(2 - a.s) : a.v;
  const unit = a.s <= 2 ? 1n : 10n ** BigInt(a.s - 2);
  const twice = 2n * cents + unit;
  const den = 2n * unit;
  let q = twice / den;
  if (twice < 0n && q * den !== twice) q -= 1n;
  return Number(q);
}

/** Decimals from tiny to beyond 2^53 units, at scales 0 … 30, both signs. */
const decimals = fc.record({
  v: fc.oneof(
    fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }),
    fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n }),
    fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
  ),
  s: fc.integer({ min: 0, max: 30 }),
});

/** Index factors as the engine builds them: (1 + i)^k with i a typed percentage, k up to 12. */
const factors = fc
  .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 4 }), fc.nat(12))
  .map(([digits, scale, k]) => powInt(add(ONE, { v: BigInt(digits), s: scale }), k));

describe("roundCents", () => {
  it.each<[string, Dec, number]>([
    ["12,345 → 12,35 (half up)", { v: 12345n, s: 3 }, 1235],
    ["12,3449 → 12,34", { v: 123449n, s: 4 }, 1234],
    ["−12,345 → −12,34 (half up is toward +∞)", { v: -12345n, s: 3 }, -1234],
    ["−12,3451 → −12,35", { v: -123451n, s: 4 }, -1235],
    ["2^53 − 1 units at scale 17", { v: 2n ** 53n - 1n, s: 17 }, 9],
    ["0,005 → 0,01", { v: 5n, s: 3 }, 1],
    ["−0,005 → 0", { v: -5n, s: 3 }, 0],
  ])("%s", (_label, a, cents) => {
    expect(roundCents(a)).toBe(cents);
    expect(reference(a)).toBe(cents);
  });

  it("equals the BigInt rule for random decimals", () => {
    fc.assert(
      fc.property(decimals, (a) => {
        expect(roundCents(a)).toBe(reference(a));
      }),
      options,
    );
  });
});

describe("roundCentsTimes", () => {
  it.each<[string, Dec, Dec, number]>([
    // An exact half cent: the doubles cannot decide, the exact product does.
    ["12,345 × 1", { v: 12345n, s: 3 }, ONE, 1235],
    ["0,01 × 1,5 = 0,015", { v: 1n, s: 2 }, dec(1.5), 2],
    ["−0,01 × 1,5 = −0,015", { v: -1n, s: 2 }, dec(1.5), -1],
    // Just above and just below a half cent, far beyond what a double can tell apart.
    ["0,015 + 10^-30", { v: 15n * 10n ** 27n + 1n, s: 30 }, ONE, 2],
    ["0,015 − 10^-30", { v: 15n * 10n ** 27n - 1n, s: 30 }, ONE, 1],
    ["52,44 × 1,0275^9", { v: 5244n, s: 2 }, powInt(dec(1.0275), 9), 6694],
    // Scale below 2: whole euros times the factor.
    ["1 000 × 1,0275", { v: 1000n, s: 0 }, dec(1.0275), 102750],
    ["0", { v: 0n, s: 3 }, dec(1.0275), 0],
    // Beyond the doubles' range for the bound: only the exact product.
    [
      "10^40 units",
      { v: 10n ** 40n + 5n, s: 3 },
      dec(1.5),
      reference(mul({ v: 10n ** 40n + 5n, s: 3 }, dec(1.5))),
    ],
    ["scale 40", { v: 123456789n, s: 40 }, dec(1.5), 0],
  ])("%s", (_label, a, f, cents) => {
    expect(roundCentsTimes(a, factorOf(f))).toBe(cents);
    expect(reference(mul(a, f))).toBe(cents);
  });

  it("equals rounding the exact product for random amounts and index factors", () => {
    fc.assert(
      fc.property(decimals, factors, (a, f) => {
        expect(roundCentsTimes(a, factorOf(f))).toBe(reference(mul(a, f)));
      }),
      options,
    );
  });

  it("equals rounding the exact product next to every half cent", () => {
    // a × f = (c + 1/2) cents ± a tiny step: build a from the half cent and the factor.
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
        fc.integer({ min: -3, max: 3 }),
        fc.integer({ min: 0, max: 6 }),
        (c, step, k) => {
          const f = powInt(dec(1.25), k); // 1,25^k has k × 2 decimals, so a × f can hit halves exactly
          const half: Dec = { v: BigInt(c) * 10n + 5n, s: 3 };
          // a = half ÷ f exactly, since 1,25 = 5/4 and 4^k × 10^… divides out: a = half × 0,8^k.
          const a = add(mul(half, powInt(dec(0.8), k)), { v: BigInt(step), s: 3 + 3 * k + 6 });
          expect(roundCentsTimes(a, factorOf(f))).toBe(reference(mul(a, f)));
        },
      ),
      options,
    );
  });
});
