// §3.6 rounding: exact arithmetic, half up to whole cents only at the named points, and shares
// split by largest remainder (ties to the partner listed first) so that they add up to the pot.
import { describe, expect, it } from "vitest";
import { allocateCents } from "../../src/engine/allocate.ts";
import { dec, divRoundHalfUp, roundCents, roundCentsDiv } from "../../src/engine/decimal.ts";
import type { YearResult } from "../../src/engine/index.ts";
import { type Draft, Y0, Y1, Y2, partnerOf, placement, resultOf, yearOf } from "./helpers.ts";

/** A category of 0,1 WPB hour per student and nothing else; WPB costs €50,05: 5,005 per student. */
const tenth = (draft: Draft): void => {
  draft.categories[0].perStudent = { WPB: 0.1 };
  draft.rates.WPB = 50.05;
};
const line = (amount: number): Draft => ({ label: "Regel", amount });

describe.each<[string, (draft: Draft) => void, (year: YearResult) => unknown, unknown]>([
  // 5,005 rounds half up to 5,01 (not to the even 5,00)
  [
    "half up",
    (d) => (tenth(d), d.placements.push(placement({ [Y1]: 1 }))),
    (y) => partnerOf(y, "b").costs,
    5.01,
  ],
  // per partner and role, not per row: two rows of 5,005 give 10,01 (per row it would be 10,02)
  [
    "hour cost per partner per role, not per row",
    (d) => (tenth(d), d.placements.push(placement({ [Y1]: 1 }), placement({ [Y1]: 1 }))),
    (y) => partnerOf(y, "b").costs,
    10.01,
  ],
  // each role on its own: 5,005 WPB + 5,005 SO = 5,01 + 5,01 (rounding the sum would give 10,01)
  [
    "hour cost per role",
    (d) => {
      d.categories[0].perStudent = { WPB: 0.1, SO: 0.1 };
      d.rates.WPB = 50.05;
      d.rates.SO = 50.05;
      d.placements.push(placement({ [Y1]: 1 }));
    },
    (y) => partnerOf(y, "b").costs,
    10.02,
  ],
  // stipends once per partner: 2 rows × €0,005 = 0,01 (per row it would be 0,02)
  [
    "stipends summed, then rounded",
    (d) => {
      d.categories[0].perStudent = {};
      d.categories[0].stipend = 0.005;
      d.placements.push(placement({ [Y1]: 1 }), placement({ [Y1]: 1 }));
    },
    (y) => partnerOf(y, "b").costs,
    0.01,
  ],
  // each fixed-cost line on its own: 0,005 + 0,005 = 0,01 + 0,01
  [
    "fixed costs per line",
    (d) => (d.partners[1].fixedCosts = [line(0.005), line(0.005)]),
    (y) => partnerOf(y, "i").costs,
    0.02,
  ],
  // each overhead line on its own
  [
    "overhead per line",
    (d) => (d.overhead = [line(0.005), line(0.005)]),
    (y) => y.costs.overhead,
    0.02,
  ],
  // other income per line (engine choice, see README)
  [
    "other income per line",
    (d) => (d.otherIncome = [line(0.005), line(0.005)]),
    (y) => y.income.other,
    0.02,
  ],
  // benefits per line (engine choice, see README)
  ["benefits per line", (d) => (d.benefits = [line(0.005), line(0.005)]), (y) => y.benefits, 0.02],
  // f(Y) before rounding: 10 × 1,05² = 11,025 → 11,03
  [
    "indexed line",
    (d) => ((d.indexation = 0.05), (d.overhead = [line(10)])),
    (y) => y.costs.overhead,
    11.03,
  ],
  // S(Y): 1 250 × 0,9999 × 1 = 1 249,875 → 1 249,88
  [
    "subsidy",
    (d) => (
      (d.regulation.perStudent = 1250),
      (d.regulation.ceilingFactor = 0.9999),
      (d.regulation.counted = { [Y0]: 1 })
    ),
    (y) => y.income.subsidy,
    1249.88,
  ],
  // prefinancing: 1 250 × 0,9999 × (1 − 0) → 1 249,88
  [
    "prefinancing",
    (d) => (
      (d.regulation.perStudent = 1250),
      (d.regulation.ceilingFactor = 0.9999),
      (d.regulation.counted = { [Y0]: 0, [Y1]: 1 })
    ),
    (y) => y.growthPrefinancing,
    1249.88,
  ],
  // fullRate P: 1 250 × 0,9999 × B, B = weight 0,5 × 1 student = 624,9375 → 624,94
  [
    "fullRate pot",
    (d) => {
      d.regulation.perStudent = 1250;
      d.regulation.ceilingFactor = 0.9999;
      d.categories[0].weight = 0.5;
      d.placements.push(placement({ [Y0]: 1 }));
      d.distribution = { overhead: "fullRate" };
    },
    (y) => y.distribution.toPartners,
    624.94,
  ],
  // topSlice P: (1 000 − 0,005) × 1 = 999,995 → 1 000,00
  [
    "topSlice pot",
    (d) => (
      d.placements.push(placement({ [Y0]: 1 })),
      (d.distribution = { overhead: "topSlice", topSlice: 0.005 })
    ),
    (y) => y.distribution.toPartners,
    1000,
  ],
  // the boards' part: 100,01 × 0,5 = 50,005 → 50,01 for the board, the rest (50,00) to the institute
  [
    "boards' part",
    (d) => {
      d.otherIncome = [line(100.01)];
      d.placements.push(placement({ [Y1]: 1 }));
      d.distribution = { basis: "current", boardsShare: 0.5 };
    },
    (y) => [partnerOf(y, "b").share, partnerOf(y, "i").share],
    [50.01, 50],
  ],
  // a percent commitment: 50 % of 1 000,01 = 500,005 → 500,01
  [
    "percent commitment",
    (d) => (
      (d.partners[0].fixedCosts = [line(1000.01)]),
      (d.partners[0].commitment = { percent: 0.5 })
    ),
    (y) => partnerOf(y, "b").commitment,
    500.01,
  ],
  // an amount commitment × f: 10,10 × 1,05 = 10,605 → 10,61
  [
    "amount commitment",
    (d) => ((d.indexation = 0.05), (d.partners[0].commitment = { amount: 10.1 })),
    (y) => partnerOf(y, "b").commitment,
    10.61,
  ],
  // non-subsidised cost: one rounding of the exact sum; two boards each cost 5,01 but together 10,01
  [
    "non-subsidised, one rounding",
    (d) => {
      tenth(d);
      d.categories[0].subsidised = false;
      d.partners.push({ id: "b2", name: "Bestuur 2", kind: "board" });
      d.placements.push(placement({ [Y1]: 1 }), placement({ [Y1]: 1 }, { board: "b2" }));
    },
    (y) => [y.costs.nonSubsidised, y.costs.boards],
    [10.01, 10.02],
  ],
  // cost per student per category: 0,1 × 50,05 = 5,005 → 5,01
  ["cost per student", tenth, (y) => y.categories[0]!.perStudent.boards, 5.01],
])("rounding point: %s", (_label, change, pick, expected) => {
  it("rounds half up to the cent exactly there", () => {
    const result = resultOf(change);
    // The indexed line needs k = 2; every other row is about Y1.
    const year = yearOf(result, _label === "indexed line" ? Y2 : Y1);
    expect(pick(year)).toEqual(expected);
  });
});

describe.each<[string, number, number[], number[]]>([
  // 1,00 over three equal weights: the leftover cent to the first listed
  ["tie to the first", 100, [1, 1, 1], [34, 33, 33]],
  // 0,02 over three: the first two get a cent
  ["two cents over three", 2, [1, 1, 1], [1, 1, 0]],
  // 1 : 2 → 33,33 and 66,67: the larger remainder wins, not the first
  ["largest remainder wins", 100, [1, 2], [33, 67]],
  // ties among the later ones: the first of those
  ["tie after a zero weight", 1, [0, 1, 1], [0, 1, 0]],
  // exact decimal weights 0,5 : 0,25 : 0,25 of 1,01
  ["decimal weights", 101, [0.5, 0.25, 0.25], [51, 25, 25]],
  // weights of different scale are compared exactly
  ["mixed scales", 1000, [0.1, 3, 0.9], [25, 750, 225]],
  // no weight: nothing is split
  ["all zero weights", 500, [0, 0], [0, 0]],
  // an empty pot
  ["empty pot", 0, [1, 2], [0, 0]],
  // a large pot splits exactly
  ["large pot", 123456789, [7, 11, 13], [27877339, 43807248, 51772202]],
])("largest remainder: %s", (_label, pot, weights, expected) => {
  it("splits the pot so that the parts add up exactly", () => {
    const parts = allocateCents(pot, weights.map(dec));
    expect(parts).toEqual(expected);
    if (weights.some((w) => w > 0)) expect(parts.reduce((a, b) => a + b, 0)).toBe(pot);
  });
});

describe("shares in the engine", () => {
  it("give the odd cent to the partner listed first", () => {
    const y1 = yearOf(
      resultOf((d) => {
        d.partners.push({ id: "b2", name: "Bestuur 2", kind: "board" });
        d.placements.push(placement({ [Y1]: 1 }), placement({ [Y1]: 1 }, { board: "b2" }));
        d.otherIncome = [line(0.01)];
        d.distribution = { basis: "current" };
      }),
      Y1,
    );
    expect(partnerOf(y1, "b").share).toBe(0.01);
    expect(partnerOf(y1, "b2").share).toBe(0);
  });
});

describe.each<[string, number, number]>([
  // below the half cent: down
  ["0,004", 0.004, 0],
  // exactly half a cent: up
  ["0,005", 0.005, 1],
  // a binary float would see 1,005 as 1,00499…; the exact decimal rounds up
  ["1,005", 1.005, 101],
  // many decimals
  ["2,675000001", 2.675000001, 268],
  // whole numbers keep their value
  ["1 234 567", 1234567, 123456700],
])("roundCents(%s)", (_label, value, expected) => {
  it("rounds the exact decimal half up", () => {
    expect(roundCents(dec(value))).toBe(expected);
  });
});

describe.each<[string, bigint, bigint, bigint]>([
  // 25 ÷ 10 = 2,5: half goes up
  ["2,5", 25n, 10n, 3n],
  // 24 ÷ 10 = 2,4: down
  ["2,4", 24n, 10n, 2n],
  // 7 × 1 + 5 × 0 over 12 = 0,583…: up
  ["7/12", 7n, 12n, 1n],
  // 6/12 = 0,5 exactly: up
  ["6/12", 6n, 12n, 1n],
  // negative half: half up means toward +∞ (−2,5 → −2)
  ["−2,5", -25n, 10n, -2n],
  // −2,6 → −3
  ["−2,6", -26n, 10n, -3n],
])("divRoundHalfUp(%s)", (_label, n, d, expected) => {
  it("divides and rounds half up once", () => {
    expect(divRoundHalfUp(n, d)).toBe(expected);
  });
});

describe.each<[string, number, number, number]>([
  // 5/12 × €1 = 0,41666… → 42 cents
  ["€5 ÷ 12", 5, 12, 42],
  // €0,30 ÷ 12 = 0,025 → 3 cents (half up)
  ["€0,30 ÷ 12", 0.3, 12, 3],
  // many decimals: €19,0000001 ÷ 12 = 1,5833… → 158 cents
  ["€19,0000001 ÷ 12", 19.0000001, 12, 158],
])("roundCentsDiv(%s)", (_label, euros, d, expected) => {
  it("gives whole cents of the exact quotient", () => {
    expect(roundCentsDiv(dec(euros), d)).toBe(expected);
  });
});
