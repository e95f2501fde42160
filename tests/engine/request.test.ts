// §3.5 own investment, commitments and the request to the Onderwijsregio; the non-subsidised
// figures, cost per student per category, benefits, coverage, and the warnings about the file.
import { describe, expect, it } from "vitest";
import type { YearResult } from "../../src/engine/index.ts";
import {
  type Draft,
  Y0,
  Y1,
  Y2,
  partnerOf,
  placement,
  resultOf,
  yearAfter,
  yearOf,
} from "./helpers.ts";

/** 10 countable students in every year: board €8 000, institute €1 400 a year; S(Y1) = €10 000. */
const steady = (draft: Draft): void => {
  draft.placements.push(placement({ [Y0]: 10, [Y1]: 10, [Y2]: 10 }));
  draft.regulation.counted = { "2023-2024": 10 };
};

describe.each<
  [
    string,
    (draft: Draft) => void,
    { b: number; i: number; committed: number; needed: number; gap: number },
  ]
>([
  // no commitments: needed = total costs 9 400; gap = 9 400 − 10 000 (the regulation yields more)
  ["no commitments, gap negative", () => {}, { b: 0, i: 0, committed: 0, needed: 9400, gap: -600 }],
  // board commits half its costs, institute an amount
  [
    "percent and amount",
    (d) => (
      (d.partners[0].commitment = { percent: 0.5 }),
      (d.partners[1].commitment = { amount: 1000 })
    ),
    { b: 4000, i: 1000, committed: 5000, needed: 4400, gap: -5600 },
  ],
  // other income lowers what is needed; overhead raises it
  [
    "other income and overhead",
    (d) => (
      (d.otherIncome = [{ label: "Regio", amount: 2000 }]),
      (d.overhead = [{ label: "PL", amount: 6000 }])
    ),
    { b: 0, i: 0, committed: 0, needed: 13400, gap: 3400 },
  ],
  // commitments above the costs: needed cannot fall below 0; gap = 0 − S
  [
    "needed floors at 0",
    (d) => (
      (d.partners[0].commitment = { percent: 1 }),
      (d.partners[1].commitment = { amount: 5000 })
    ),
    { b: 8000, i: 5000, committed: 13000, needed: 0, gap: -10000 },
  ],
  // a non-member institute: its costs are 0, so 50 % of them is 0; nothing is countable, so S = 0
  [
    "percent of zero costs",
    (d) => ((d.partners[1].member = false), (d.partners[1].commitment = { percent: 0.5 })),
    { b: 0, i: 0, committed: 0, needed: 8000, gap: 8000 },
  ],
])("request: %s", (_label, change, expected) => {
  it("sums the commitments and derives needed and gap", () => {
    const y1 = yearAfter(Y1, steady, change);
    expect(partnerOf(y1, "b").commitment).toBe(expected.b);
    expect(partnerOf(y1, "i").commitment).toBe(expected.i);
    expect(y1.request).toEqual({
      committed: expected.committed,
      needed: expected.needed,
      gap: expected.gap,
    });
  });
});

describe.each<[string, (draft: Draft) => void, { students: number; cost: number }]>([
  // everything countable: nothing apart
  ["all countable", () => {}, { students: 0, cost: 0 }],
  // 4 minor students at the board: 4 × (20 WPB × 50) = 4 000
  [
    "a minor category",
    (d) => {
      d.categories.push({ id: "minor", name: "Minor", subsidised: false, perStudent: { WPB: 20 } });
      d.placements.push(placement({ [Y1]: 4 }, { category: "minor" }));
    },
    { students: 4, cost: 4000 },
  ],
  // from a non-member institute: board hours at the board's own rate (SO 58), IO not the partnership's
  [
    "a non-member institute, own rates",
    (d) => {
      d.partners.push({ id: "x", name: "Elders", kind: "institute", member: false });
      d.partners[0].rates = { SO: 58 };
      d.placements.push(placement({ [Y1]: 2 }, { institute: "x" }));
    },
    { students: 2, cost: 2 * (500 + 290) },
  ],
  // stipends are part of the non-subsidised cost
  [
    "with a stipend",
    (d) => {
      d.categories.push({ id: "zij", name: "Zij-instroom", subsidised: false, stipend: 250.5 });
      d.placements.push(placement({ [Y1]: 2 }, { category: "zij" }));
    },
    { students: 2, cost: 501 },
  ],
])("non-subsidised: %s", (_label, change, expected) => {
  it("reports the students and costs of the rows that are not countable", () => {
    const y1 = yearAfter(Y1, steady, change);
    expect(y1.students.nonSubsidised).toBe(expected.students);
    expect(y1.costs.nonSubsidised).toBe(expected.cost);
    // They are already inside the partner costs, not added on top.
    expect(y1.costs.total).toBe(y1.costs.boards + y1.costs.institutes + y1.costs.overhead);
  });
});

describe.each<[string, (draft: Draft) => void, { boards: number; institutes: number }]>([
  // (10 × 50 + 5 × 60 + 0) and 2 × 70
  ["per-student hours", () => {}, { boards: 800, institutes: 140 }],
  // a stipend is a board cost per student
  ["plus stipend", (d) => (d.categories[0].stipend = 100), { boards: 900, institutes: 140 }],
  // group and stage-day hours are not in the per-student cost
  [
    "group and day hours left out",
    (d) => {
      d.categories[0].perGroup = { size: 10, hours: { SO: 53 } };
      d.categories[0].perDay = { hours: { WPB: 1 } };
    },
    { boards: 800, institutes: 140 },
  ],
  // partner rate overrides are not used: the partnership rates are
  [
    "partner overrides ignored",
    (d) => (d.partners[0].rates = { WPB: 100 }),
    { boards: 800, institutes: 140 },
  ],
])("cost per student per category: %s", (_label, change, expected) => {
  it("uses the partnership rates and per-student hours only", () => {
    const y1 = yearOf(resultOf(change), Y1);
    expect(y1.categories).toEqual([{ id: "c", perStudent: expected }]);
  });
});

describe("benefits", () => {
  it("are shown but never netted against costs or own investment", () => {
    const run = (benefits: Draft[]): YearResult =>
      yearOf(
        resultOf((d) => {
          steady(d);
          d.benefits = benefits;
        }),
        Y1,
      );
    const without = run([]);
    const withBenefits = run([
      { label: "Minder werving", amount: 15000 },
      { label: "Minder uitval", amount: 2500.5 },
    ]);
    expect(withBenefits.benefits).toBe(17500.5);
    expect(withBenefits.breakdown.benefits).toEqual([1500000, 250050]);
    const apart = (y: YearResult): unknown => ({
      ...y,
      benefits: 0,
      breakdown: { ...y.breakdown, benefits: [] },
    });
    expect(apart(withBenefits)).toEqual(apart(without));
  });
});

describe("coverage", () => {
  it("is income ÷ total costs, not rounded", () => {
    const y1 = yearOf(resultOf(steady), Y1);
    expect(y1.coverage).toBe(10000 / 9400);
  });
  it("is 0 when there are no costs", () => {
    const y1 = yearOf(
      resultOf((d) => (d.regulation.base = 5000)),
      Y1,
    );
    expect(y1.costs.total).toBe(0);
    expect(y1.income.total).toBe(5000);
    expect(y1.coverage).toBe(0);
  });
});

describe("zero students everywhere", () => {
  const result = resultOf((d) => {
    d.placements.push(placement({}));
    d.partners[0].fixedCosts = [{ label: "Vast", amount: 100 }];
  });
  it("computes every year with zeros and the fixed costs, and no NaN", () => {
    for (const year of result.years) {
      expect(year.students).toEqual({ total: 0, countable: 0, nonSubsidised: 0, counted: 0 });
      expect(year.hours).toEqual({ WPB: 0, SO: 0, IO: 0 });
      expect(year.costs.total).toBe(100);
      expect(year.coverage).toBe(0);
      expect(year.distribution.toPartners).toBe(0);
      // regulation.id is null by contract (no shipped record); nothing else may be.
      expect(JSON.stringify({ ...year, regulation: undefined })).not.toMatch(/null|NaN|Infinity/);
    }
  });
});

describe.each<[string, (draft: Draft) => void, string[]]>([
  // students in a school year after the last one
  [
    "students after the years",
    (d) => d.placements.push(placement({ [Y1]: 1, "2030-2031": 5 })),
    ["placements[0].students.2030-2031"],
  ],
  // groups in a school year before the first one, on the second row
  [
    "groups before the years",
    (d) => d.placements.push(placement({}), placement({ [Y1]: 1 }, { groups: { "2020-2021": 2 } })),
    ["placements[1].groups.2020-2021"],
  ],
  // both in one file: one warning each, in file order
  [
    "two at once",
    (d) => d.placements.push(placement({ "2019-2020": 1 }, { groups: { "2030-2031": 1 } })),
    ["placements[0].students.2019-2020", "placements[0].groups.2030-2031"],
  ],
])("counts outside `years`: %s", (_label, change, fields) => {
  it("are ignored with a warning naming the field", () => {
    const result = resultOf((d) => {
      d.distribution = { basis: "current" };
      change(d);
    });
    const outside = result.warnings.filter((w) => w.includes("valt buiten"));
    expect(outside.map((w) => w.split(":")[0])).toEqual(fields);
    expect(result.years.map((y) => y.year)).toEqual([Y0, Y1, Y2]);
  });
});
