// §3.3 the regulation in force in a school year: the top-level values, changed by every `byYear`
// entry whose school year is ≤ Y, oldest first; an entry changes only the keys it gives and the
// change carries over. Checked through the result (`regulation` per year and S under T-1).
import { describe, expect, it } from "vitest";
import type { RegulationYear } from "../../src/engine/index.ts";
import { type Draft, Y0, Y1, Y2, placement, resultOf } from "./helpers.ts";

/** 10 countable students in every year and DUO count 10 for 2023-2024, so S(Y) = base + rate × 10. */
const steady = (draft: Draft): void => {
  draft.placements.push(placement({ [Y0]: 10, [Y1]: 10, [Y2]: 10 }));
  draft.regulation.counted = { "2023-2024": 10 };
  draft.regulation.id = "top";
};

const values = (
  id: string | null,
  base: number,
  perStudent: number,
  ceilingFactor = 1,
): RegulationYear => ({ id, base, perStudent, ceilingFactor });

describe.each<[string, Draft | undefined, RegulationYear[], number[]]>([
  // no byYear: the top-level values in every year (files without the new key compute as before)
  [
    "no byYear",
    undefined,
    [values("top", 0, 1000), values("top", 0, 1000), values("top", 0, 1000)],
    [10000, 10000, 10000],
  ],
  // an entry for Y1 holds for Y2 too (carry-over), and keeps the id it does not give
  [
    "one change, carried over",
    { [Y1]: { perStudent: 2000 } },
    [values("top", 0, 1000), values("top", 0, 2000), values("top", 0, 2000)],
    [10000, 20000, 20000],
  ],
  // keys written out of order are applied oldest first; the Y2 entry changes only the ceiling factor
  [
    "two changes, out of order",
    { [Y2]: { ceilingFactor: 0.5 }, [Y1]: { perStudent: 2000, id: "later" } },
    [values("top", 0, 1000), values("later", 0, 2000), values("later", 0, 2000, 0.5)],
    [10000, 20000, 10000],
  ],
  // an entry before the first year applies from the start (keys need not lie inside `years`)
  [
    "entry before the years",
    { "2020-2021": { base: 500 } },
    [values("top", 500, 1000), values("top", 500, 1000), values("top", 500, 1000)],
    [10500, 10500, 10500],
  ],
  // an entry after the last year changes nothing inside the years
  [
    "entry after the years",
    { "2030-2031": { perStudent: 1 } },
    [values("top", 0, 1000), values("top", 0, 1000), values("top", 0, 1000)],
    [10000, 10000, 10000],
  ],
  // a later entry overrides an earlier one for the same key, and a base can come and go
  [
    "later entry wins",
    { [Y0]: { base: 100 }, [Y1]: { base: 0, perStudent: 900 } },
    [values("top", 100, 1000), values("top", 0, 900), values("top", 0, 900)],
    [10100, 9000, 9000],
  ],
  // an empty entry changes nothing
  [
    "empty entry",
    { [Y1]: {} },
    [values("top", 0, 1000), values("top", 0, 1000), values("top", 0, 1000)],
    [10000, 10000, 10000],
  ],
])("regulation in force: %s", (_label, byYear, regulations, subsidies) => {
  const result = resultOf((d) => {
    steady(d);
    if (byYear !== undefined) d.regulation.byYear = byYear;
  });
  it("reports the values in force per year", () => {
    expect(result.years.map((y) => y.regulation)).toEqual(regulations);
  });
  it("computes S(Y) with them", () => {
    expect(result.years.map((y) => y.income.subsidy)).toEqual(subsidies);
  });
});

describe("the values in force also drive the prefinancing and the fullRate pot", () => {
  it("uses perStudent × ceilingFactor of Y itself", () => {
    const result = resultOf((d) => {
      d.placements.push(placement({ [Y0]: 10, [Y1]: 14, [Y2]: 14 }));
      d.regulation.counted = { "2023-2024": 10 };
      d.regulation.byYear = { [Y1]: { perStudent: 1500, ceilingFactor: 0.8 } };
      d.distribution = { overhead: "fullRate" };
    });
    const y1 = result.years[1]!;
    // rate 1 200: prefinancing 1 200 × (14 − 10); P = 1 200 × B(Y0) = 1 200 × 10
    expect(y1.growthPrefinancing).toBe(4800);
    expect(y1.distribution.toPartners).toBe(12000);
    expect(y1.income.subsidy).toBe(12000);
  });
});

describe("id null when no record is named", () => {
  it("reports id null, also after an entry without id", () => {
    const result = resultOf((d) => (d.regulation.byYear = { [Y1]: { perStudent: 5 } }));
    expect(result.years.map((y) => y.regulation.id)).toEqual([null, null, null]);
  });
});
