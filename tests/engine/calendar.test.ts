// §4 calendarYears: one row per calendar year K whose school years (K−1)-K and K-(K+1) are both in
// `years`; costs, other income and commitments blend 7/12 + 5/12 in cents, rounded once; the
// subsidy is G(K) under calendar-year grants and the same blend of S under school-year grants.
import { describe, expect, it } from "vitest";
import type { CalendarYearResult } from "../../src/engine/index.ts";
import { type Draft, Y0, Y1, Y2, placement, resultOf } from "./helpers.ts";

/** 10, 14, 12 students at €940 each (board 800, institute 140): costs 9 400, 13 160, 11 280. */
const students = (draft: Draft): void => {
  draft.placements.push(placement({ [Y0]: 10, [Y1]: 14, [Y2]: 12 }));
};

const row = (
  year: number,
  costs: number,
  subsidy: number,
  other = 0,
  committed = 0,
): CalendarYearResult => {
  const needed = Math.max(0, Math.round((costs - committed - other) * 100)) / 100;
  return {
    year,
    costs,
    subsidy,
    other,
    committed,
    needed,
    gap: Math.round((needed - subsidy) * 100) / 100,
  };
};

describe.each<[string, (draft: Draft) => void, CalendarYearResult[]]>([
  // calendar grants at €1 200, counts 6 and 8 before the years: G(2025) = 9 600, G(2026) = 1 200 × C(Y0) = 12 000;
  // costs 7/12 × 9 400 + 5/12 × 13 160 = 10 966,67 and 7/12 × 13 160 + 5/12 × 11 280 = 12 376,67
  [
    "calendar-year grants",
    (d) => (
      students(d),
      (d.regulation = {
        perStudent: 1200,
        grant: "calendarYear",
        counted: { "2022-2023": 6, "2023-2024": 8 },
      })
    ),
    [row(2025, 10966.67, 9600), row(2026, 12376.67, 12000)],
  ],
  // school-year grants: S = 8 000, 10 000, 14 000 → 7/12 × 8 000 + 5/12 × 10 000 = 8 833,33; then 11 666,67
  [
    "school-year grants",
    (d) => (students(d), (d.regulation.counted = { "2023-2024": 8 })),
    [row(2025, 10966.67, 8833.33), row(2026, 12376.67, 11666.67)],
  ],
  // other income (not indexed) and a commitment amount blend like costs; needed = costs − committed − other
  [
    "other income and commitments",
    (d) => (
      students(d),
      (d.regulation.counted = { "2023-2024": 8 }),
      (d.otherIncome = [{ label: "Regio", amount: 1000 }]),
      (d.partners[0].commitment = { amount: 600 })
    ),
    [row(2025, 10966.67, 8833.33, 1000, 600), row(2026, 12376.67, 11666.67, 1000, 600)],
  ],
  // needed never goes below 0; the gap is then minus the subsidy
  [
    "more other income than costs",
    (d) => (
      students(d),
      (d.regulation.counted = { "2023-2024": 8 }),
      (d.otherIncome = [{ label: "Groot", amount: 50000 }])
    ),
    [row(2025, 10966.67, 8833.33, 50000), row(2026, 12376.67, 11666.67, 50000)],
  ],
  // a single school year touches two calendar years but has neither pair: no rows
  ["one school year", (d) => (students(d), (d.years = [Y0])), []],
  // two school years: one calendar year
  [
    "two school years",
    (d) => (students(d), (d.years = [Y0, Y1]), (d.regulation.counted = { "2023-2024": 8 })),
    [row(2025, 10966.67, 8833.33)],
  ],
])("calendar years: %s", (_label, change, expected) => {
  it("has one row per calendar year with both school years, figures blended and rounded once", () => {
    expect(resultOf(change).calendarYears).toEqual(expected);
  });
});

describe("calendar years with indexation", () => {
  it("blend the indexed school-year costs, not re-index them", () => {
    const result = resultOf((d) => {
      students(d);
      d.indexation = 0.1;
    });
    const [y0, y1] = result.years;
    const blended =
      Math.round(
        (7 * Math.round(y0!.costs.total * 100) + 5 * Math.round(y1!.costs.total * 100)) / 12,
      ) / 100;
    expect(result.calendarYears[0]!.costs).toBe(blended);
  });
});
