// §3.3 counting and subsidy: countable students, the DUO override, the ceiling factor, the lag
// (T-1) and the warning when the count of the lag year is missing.
import { describe, expect, it } from "vitest";
import { type Draft, Y0, Y1, Y2, placement, resultOf, yearAfter, yearOf } from "./helpers.ts";

/** 10, 14 and 12 countable students in the three years; €1 000 per student; DUO count 2023-2024 = 8. */
const growing = (draft: Draft): void => {
  draft.placements.push(placement({ [Y0]: 10, [Y1]: 14, [Y2]: 12 }));
  draft.regulation.counted = { "2023-2024": 8 };
};

type Expected = { counted: number[]; subsidy: number[]; prefinancing: number[] };

describe.each<[string, (draft: Draft) => void, Expected]>([
  // T-1: S(Y) = 1 000 × C(Y − 1); prefinancing = 1 000 × max(0, C(Y) − C(Y − 1))
  [
    "T-1, computed counts",
    growing,
    { counted: [8, 10, 14], subsidy: [8000, 10000, 14000], prefinancing: [2000, 4000, 0] },
  ],
  // a base (vaste voet) is added once a year, not multiplied by the ceiling factor
  [
    "with a base",
    (d) => (growing(d), (d.regulation.base = 100000), (d.regulation.ceilingFactor = 0.5)),
    { counted: [8, 10, 14], subsidy: [104000, 105000, 107000], prefinancing: [1000, 2000, 0] },
  ],
  // ceiling factor 0,8 scales the per-student amount and the prefinancing
  [
    "ceilingFactor 0,8",
    (d) => (growing(d), (d.regulation.ceilingFactor = 0.8)),
    { counted: [8, 10, 14], subsidy: [6400, 8000, 11200], prefinancing: [1600, 3200, 0] },
  ],
  // DUO override of Y1 (20 instead of 14): changes S(Y2) and the prefinancing of Y1 and Y2
  [
    "counted overrides C(Y1)",
    (d) => (growing(d), (d.regulation.counted[Y1] = 20)),
    { counted: [8, 10, 20], subsidy: [8000, 10000, 20000], prefinancing: [2000, 10000, 0] },
  ],
  // an override of a year inside `years` of 0 also counts (it is a given number, not a gap)
  [
    "counted override 0",
    (d) => (growing(d), (d.regulation.counted[Y0] = 0)),
    { counted: [8, 0, 14], subsidy: [8000, 0, 14000], prefinancing: [0, 14000, 0] },
  ],
  // lag 2: S(Y2) from C(Y0); Y0 and Y1 look back to 2022-2023 and 2023-2024
  [
    "lag 2",
    (d) => (
      growing(d),
      (d.regulation.lag = 2),
      (d.regulation.counted = { "2022-2023": 5, "2023-2024": 8 })
    ),
    { counted: [5, 8, 10], subsidy: [5000, 8000, 10000], prefinancing: [5000, 6000, 2000] },
  ],
  // lag 0: the subsidy follows the students of the year itself; no growth to prefinance
  [
    "lag 0",
    (d) => (growing(d), (d.regulation.lag = 0)),
    { counted: [10, 14, 12], subsidy: [10000, 14000, 12000], prefinancing: [0, 0, 0] },
  ],
  // a shrinking partnership needs no prefinancing (max(0, …))
  [
    "shrinking",
    (d) => (
      d.placements.push(placement({ [Y0]: 10, [Y1]: 5, [Y2]: 5 })),
      (d.regulation.counted = { "2023-2024": 20 })
    ),
    { counted: [20, 10, 5], subsidy: [20000, 10000, 5000], prefinancing: [0, 0, 0] },
  ],
])("subsidy and prefinancing: %s", (_label, change, expected) => {
  it("follows S(Y) = base + perStudent × ceilingFactor × C(Y − lag)", () => {
    const result = resultOf(change);
    const years = [Y0, Y1, Y2].map((y) => yearOf(result, y));
    expect(years.map((y) => y.students.counted)).toEqual(expected.counted);
    expect(years.map((y) => y.income.subsidy)).toEqual(expected.subsidy);
    expect(years.map((y) => y.growthPrefinancing)).toEqual(expected.prefinancing);
    expect(result.warnings.filter((w) => w.includes("geen telling"))).toEqual([]);
  });
});

describe.each<[string, (draft: Draft) => void, number]>([
  // member board, member institute, subsidised category: countable
  ["all members, subsidised", () => {}, 3],
  // a second row from a non-member institute adds students but no countable ones
  [
    "plus a non-member institute",
    (d) => {
      d.partners.push({ id: "x", name: "Elders", kind: "institute", member: false });
      d.placements.push(placement({ [Y1]: 4 }, { institute: "x" }));
    },
    3,
  ],
  // a second, non-subsidised category (minor)
  [
    "plus a minor category",
    (d) => {
      d.categories.push({ id: "minor", name: "Minor", subsidised: false });
      d.placements.push(placement({ [Y1]: 4 }, { category: "minor" }));
    },
    3,
  ],
  // a second row at the same board and institute: counts add up
  ["plus a second countable row", (d) => d.placements.push(placement({ [Y1]: 4 })), 7],
])("countable students: %s", (_label, change, countable) => {
  it("counts only member × member × subsidised rows", () => {
    const y1 = yearAfter(Y1, (d) => d.placements.push(placement({ [Y1]: 3 })), change);
    expect(y1.students.countable).toBe(countable);
    expect(y1.students.nonSubsidised).toBe(y1.students.total - countable);
  });
});

describe("a missing count of the lag year", () => {
  const result = resultOf((d) => {
    d.regulation.counted = {};
    d.regulation.base = 500;
    d.placements.push(placement({ [Y0]: 10, [Y1]: 12 }));
  });
  const y0 = yearOf(result, Y0);
  const missing = result.warnings.filter((w) => w.includes("geen telling"));
  it("warns once, in the contract's words, naming the missing school year", () => {
    expect(missing).toEqual(["2024-2025: geen telling voor 2023-2024"]);
  });
  it("sets C(Y − lag) and the prefinancing to 0 and keeps the base", () => {
    expect(y0.students.counted).toBe(0);
    expect(y0.income.subsidy).toBe(500);
    expect(y0.growthPrefinancing).toBe(0);
  });
  it("does not warn for later years whose lag year is in `years`", () => {
    expect(yearOf(result, Y1).growthPrefinancing).toBe(2000);
    expect(yearOf(result, Y1).income.subsidy).toBe(10500);
  });
});

describe("a DUO override does not change the distribution basis B", () => {
  it("changes S and the prefinancing but not the fullRate pot", () => {
    const run = (counted: Record<string, number>) =>
      yearOf(
        resultOf((d) => {
          growing(d);
          d.regulation.counted = { ...d.regulation.counted, ...counted };
          d.distribution = { overhead: "fullRate" };
        }),
        Y1,
      );
    const plain = run({});
    const overridden = run({ [Y0]: 30 });
    expect(overridden.income.subsidy).toBe(30000);
    expect(plain.income.subsidy).toBe(10000);
    expect(overridden.growthPrefinancing).toBe(0);
    // B = 10 weighted students of Y0 either way.
    expect(overridden.distribution.toPartners).toBe(10000);
    expect(plain.distribution.toPartners).toBe(10000);
  });
});

// Calendar-year grants (§3.3, cost model 1.1): G(K) = base + rate × C(school year ending in K − lag),
// with the values in force in K-(K+1); S(a-(a+1)) = 5/12 G(a) + 7/12 G(a+1), rounded once.
/** 10, 14, 12 students; €1 200 per student (so twelfths stay whole); DUO counts 6 (2022-2023) and 8 (2023-2024). */
const calendar = (draft: Draft): void => {
  draft.placements.push(placement({ [Y0]: 10, [Y1]: 14, [Y2]: 12 }));
  draft.regulation = {
    perStudent: 1200,
    grant: "calendarYear",
    counted: { "2022-2023": 6, "2023-2024": 8 },
  };
};

describe.each<[string, (draft: Draft) => void, Expected & { warnings: string[] }]>([
  // G(2024) = 7 200, G(2025) = 9 600, G(2026) = 12 000, G(2027) = 16 800;
  // S = 3 000 + 5 600, 4 000 + 7 000, 5 000 + 9 800; prefinancing = 1 200 × C(Y) − S (≥ 0)
  [
    "both counts given",
    calendar,
    {
      counted: [8, 10, 14],
      subsidy: [8600, 11000, 14800],
      prefinancing: [3400, 5800, 0],
      warnings: [],
    },
  ],
  // Y − 2 missing for Y0: G(2024) = 0 → S = 5 600, no prefinancing, one warning naming 2022-2023
  [
    "Y − 2 missing",
    (d) => (calendar(d), delete d.regulation.counted["2022-2023"]),
    {
      counted: [8, 10, 14],
      subsidy: [5600, 11000, 14800],
      prefinancing: [0, 5800, 0],
      warnings: ["2024-2025: geen telling voor 2022-2023"],
    },
  ],
  // Y − 1 missing as well: Y0 gets nothing and two warnings; Y1's first grant G(2025) rests on 2023-2024 too
  [
    "Y − 2 and Y − 1 missing",
    (d) => (calendar(d), (d.regulation.counted = {})),
    {
      counted: [0, 10, 14],
      subsidy: [0, 7000, 14800],
      prefinancing: [0, 0, 0],
      warnings: [
        "2024-2025: geen telling voor 2022-2023",
        "2024-2025: geen telling voor 2023-2024",
        "2025-2026: geen telling voor 2023-2024",
      ],
    },
  ],
  // a base (vaste voet) of 12 000 a year adds 12 000 to every S but nothing to the prefinancing
  [
    "with a base",
    (d) => (calendar(d), (d.regulation.base = 12000)),
    {
      counted: [8, 10, 14],
      subsidy: [20600, 23000, 26800],
      prefinancing: [3400, 5800, 0],
      warnings: [],
    },
  ],
  // 2024 → 2025 change from Y1 on (like the vo example): G(2024) at 1 200, G(2025) at 2 400 × 8;
  // prefinancing of Y0 = 12 000 − (3 000 + 11 200) < 0 → 0; Y1: 2 400 × 14 − (8 000 + 14 000) = 11 600
  [
    "byYear change under calendar grants",
    (d) => (calendar(d), (d.regulation.byYear = { [Y1]: { perStudent: 2400 } })),
    {
      counted: [8, 10, 14],
      subsidy: [14200, 22000, 29600],
      prefinancing: [0, 11600, 0],
      warnings: [],
    },
  ],
  // lag 2: G(K) rests on the school year ending in K − 2, so S(Y) on Y − 3 and Y − 2
  [
    "lag 2",
    (d) => (
      calendar(d),
      (d.regulation.lag = 2),
      (d.regulation.counted = { "2021-2022": 12, "2022-2023": 6, "2023-2024": 8 })
    ),
    {
      counted: [6, 8, 10],
      subsidy: [6000 + 4200, 3000 + 5600, 4000 + 7000],
      prefinancing: [1800, 8200, 3400],
      warnings: [],
    },
  ],
])("calendar-year grants: %s", (_label, change, expected) => {
  it("blends two grants into S(Y) and the prefinancing", () => {
    const result = resultOf(change);
    const years = [Y0, Y1, Y2].map((y) => yearOf(result, y));
    expect(years.map((y) => y.students.counted)).toEqual(expected.counted);
    expect(years.map((y) => y.income.subsidy)).toEqual(expected.subsidy);
    expect(years.map((y) => y.growthPrefinancing)).toEqual(expected.prefinancing);
    expect(result.warnings.filter((w) => w.includes("geen telling"))).toEqual(expected.warnings);
  });
});

describe("calendar-year grants round once", () => {
  it("rounds 5/12 × G(a) + 7/12 × G(a + 1) once, not each part", () => {
    // €1 per student, counts 1 and 2: exact 5/12 + 14/12 = 1,583… → 1,58 (parts rounded apart would give 0,42 + 1,17 = 1,59)
    const y0 = yearAfter(
      Y0,
      (d) =>
        (d.regulation = {
          perStudent: 1,
          grant: "calendarYear",
          counted: { "2022-2023": 1, "2023-2024": 2 },
        }),
    );
    expect(y0.income.subsidy).toBe(1.58);
  });
  it("rounds half up", () => {
    // €0,06 per student, counts 1 and 0: 5/12 × 0,06 = 0,025 → 0,03
    const y0 = yearAfter(
      Y0,
      (d) =>
        (d.regulation = {
          perStudent: 0.06,
          grant: "calendarYear",
          counted: { "2022-2023": 1, "2023-2024": 0 },
        }),
    );
    expect(y0.income.subsidy).toBe(0.03);
  });
});

describe("prefinancing under calendar-year grants", () => {
  it("is what the year's own students would bring minus what the two grants pay for students", () => {
    // ceiling 0,5: rate 600. C(Y0) = 10 → 6 000; paid 5/12 × 600 × 6 + 7/12 × 600 × 8 = 1 500 + 2 800
    const y0 = yearAfter(Y0, calendar, (d) => (d.regulation.ceilingFactor = 0.5));
    expect(y0.growthPrefinancing).toBe(1700);
    expect(y0.income.subsidy).toBe(4300);
  });
  it("uses the DUO count of Y itself when given", () => {
    const y0 = yearAfter(Y0, calendar, (d) => (d.regulation.counted[Y0] = 20));
    // 1 200 × 20 − 8 600
    expect(y0.growthPrefinancing).toBe(15400);
  });
});
