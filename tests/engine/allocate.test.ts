// Splitting a pot of cents (§3.6, largest remainder) runs on plain numbers when every product stays
// below 2^53 (`splitSmallByLargestRemainder`) and on BigInt otherwise. Both must hand out the same
// parts, ties to the one listed first: here against the BigInt split, for random and edge inputs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateCents } from "../../src/engine/allocate.ts";
import type { Dec } from "../../src/engine/decimal.ts";
import {
  splitByLargestRemainder,
  splitSmallByLargestRemainder,
} from "../../src/engine/largestRemainder.ts";

const options = { numRuns: 1000, seed: 20261203 };

/** The BigInt split on the weights at one common scale, as allocateCents did before it had a shortcut. */
function bigSplit(cents: number, weights: readonly Dec[]): number[] {
  const scale = weights.reduce((s, w) => Math.max(s, w.s), 0);
  const units = weights.map((w) => w.v * 10n ** BigInt(scale - w.s));
  return splitByLargestRemainder(BigInt(cents), units).map(Number);
}

const weight = fc.record({
  v: fc.oneof(fc.bigInt({ min: 0n, max: 50n }), fc.bigInt({ min: 0n, max: 10n ** 12n })),
  s: fc.integer({ min: 0, max: 4 }),
});

describe("allocateCents", () => {
  it.each<[string, number, Dec[], number[]]>([
    // Equal remainders: the one listed first gets the cent.
    [
      "1 cent over three equal weights",
      1,
      [1, 1, 1].map((v) => ({ v: BigInt(v), s: 0 })),
      [1, 0, 0],
    ],
    ["100 cents over 1 and 2", 100, [1, 2].map((v) => ({ v: BigInt(v), s: 0 })), [33, 67]],
    // A negative weight (no valid session has one), weights beyond 2^53 units and scales beyond 15
    // take the BigInt split.
    [
      "a negative weight",
      10,
      [
        { v: -1n, s: 0 },
        { v: 3n, s: 0 },
      ],
      [-5, 15],
    ],
    [
      "weights beyond 2^53",
      10,
      [
        { v: 2n ** 60n, s: 0 },
        { v: 2n ** 60n, s: 0 },
      ],
      [5, 5],
    ],
    [
      "a weight at scale 20",
      3,
      [
        { v: 1n, s: 20 },
        { v: 2n, s: 20 },
      ],
      [1, 2],
    ],
    [
      "cents × weights beyond 2^53",
      2 ** 40,
      [
        { v: 2n ** 20n, s: 0 },
        { v: 1n, s: 0 },
      ],
      [1099510579201, 1048575],
    ],
  ])("%s", (_label, cents, weights, expected) => {
    expect(allocateCents(cents, weights)).toEqual(expected);
    expect(bigSplit(cents, weights)).toEqual(expected);
  });

  it("gives the BigInt split for random pots and weights", () => {
    fc.assert(
      fc.property(fc.nat(10 ** 9), fc.array(weight, { maxLength: 40 }), (cents, weights) => {
        expect(allocateCents(cents, weights)).toEqual(bigSplit(cents, weights));
      }),
      options,
    );
  });
});

describe("splitSmallByLargestRemainder", () => {
  it("gives the BigInt split, also with many ties", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 6 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 30 }),
        (total, weights) => {
          const big = splitByLargestRemainder(BigInt(total), weights.map(BigInt)).map(Number);
          expect(splitSmallByLargestRemainder(total, weights)).toEqual(big);
        },
      ),
      options,
    );
  });
});
