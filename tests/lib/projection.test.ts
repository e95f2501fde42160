// Growth projection: whole students, rounding half up from the exact value, totals split exactly.
import { describe, expect, it } from "vitest";
import {
  projectRows,
  projectStudents,
  roundStudents,
  splitWhole,
} from "../../src/lib/projection.ts";

describe.each([
  // 10 % a year from 100: 110, 121, 133,1 → 133
  { base: 100, count: 3, spec: { kind: "growth", rate: 0.1 } as const, expected: [110, 121, 133] },
  // 15 % from 10 gives 11,5 exactly → rounds up to 12 (floating point says 11,4999…)
  { base: 10, count: 1, spec: { kind: "growth", rate: 0.15 } as const, expected: [12] },
  // 0 % keeps the number
  { base: 37, count: 2, spec: { kind: "growth", rate: 0 } as const, expected: [37, 37] },
  // shrinking by 50 %: 5 → 2,5 → 3; 1,25 → 1
  { base: 5, count: 2, spec: { kind: "growth", rate: -0.5 } as const, expected: [3, 1] },
  // rounding never compounds: each year from the exact start (100 × 1,005^k)
  {
    base: 100,
    count: 3,
    spec: { kind: "growth", rate: 0.005 } as const,
    expected: [101, 101, 102],
  },
  // target 200 reached after 4 years, straight line from 100, then flat
  {
    base: 100,
    count: 5,
    spec: { kind: "target", target: 200, reachAfter: 4 } as const,
    expected: [125, 150, 175, 200, 200],
  },
  // target 10 after 3 years from 0: 3,33 → 3; 6,67 → 7; 10
  {
    base: 0,
    count: 3,
    spec: { kind: "target", target: 10, reachAfter: 3 } as const,
    expected: [3, 7, 10],
  },
  // target reached in the first year
  {
    base: 50,
    count: 2,
    spec: { kind: "target", target: 80, reachAfter: 1 } as const,
    expected: [80, 80],
  },
  // a shrinking target also works
  {
    base: 40,
    count: 2,
    spec: { kind: "target", target: 30, reachAfter: 2 } as const,
    expected: [35, 30],
  },
])("projectStudents($base, $count, $spec.kind)", ({ base, count, spec, expected }) => {
  it(`gives ${expected.join(", ")}`, () => {
    expect(projectStudents(base, count, spec)).toEqual(expected);
  });
});

describe.each([
  { value: 11.5, expected: 12 }, // half goes up
  { value: 11.49, expected: 11 }, // below half goes down
  { value: 11.499999999999998, expected: 12 }, // floating noise of 11,5 counts as 11,5
  { value: -3, expected: 0 }, // never negative
])("roundStudents($value)", ({ value, expected }) => {
  it(`is ${expected}`, () => expect(roundStudents(value)).toBe(expected));
});

describe.each([
  { total: 10, weights: [1, 1, 1], expected: [4, 3, 3] }, // tie on the remainder: first row gets the extra one
  { total: 7, weights: [0, 0], expected: [4, 3] }, // no weights: equal parts
  { total: 100, weights: [120, 80, 20], expected: [55, 36, 9] }, // 54,5 / 36,4 / 9,1 → largest remainders
  { total: 0, weights: [5, 5], expected: [0, 0] }, // nothing to split
  { total: 5, weights: [], expected: [] }, // no rows
])("splitWhole($total, $weights)", ({ total, weights, expected }) => {
  it(`gives ${expected.join(", ")} and adds up`, () => {
    const parts = splitWhole(total, weights);
    expect(parts).toEqual(expected);
    if (weights.length > 0) expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe("projectRows", () => {
  it("grows the total and splits each year in proportion to the base counts", () => {
    // total 200 grows 10 %: 220, 242; split 3 : 1
    expect(projectRows([150, 50], 2, { kind: "growth", rate: 0.1 })).toEqual([
      [165, 182],
      [55, 60],
    ]);
  });
});
