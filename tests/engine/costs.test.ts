// §3.2 costs and the participation rules of §3: partner rates, indexation f(Y), joining partners,
// member and non-member boards and institutes.
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

describe.each<[string, (draft: Draft) => void, { board: number; institute: number }]>([
  // no overrides: 3 students × (10 × 50 + 5 × 60) and 3 × 2 × 70
  ["partnership rates", () => {}, { board: 2400, institute: 420 }],
  // the board's SO override replaces 60 by 58; WPB keeps the partnership rate
  [
    "board overrides SO",
    (d) => (d.partners[0].rates = { SO: 58 }),
    { board: 1500 + 870, institute: 420 },
  ],
  // the institute's IO override replaces 70 by 80
  [
    "institute overrides IO",
    (d) => (d.partners[1].rates = { IO: 80 }),
    { board: 2400, institute: 480 },
  ],
  // an override of a role the partner does not bear changes nothing
  [
    "board overrides IO",
    (d) => (d.partners[0].rates = { IO: 999 }),
    { board: 2400, institute: 420 },
  ],
  // an override of 0 is an override, not a missing value
  ["override 0", (d) => (d.partners[0].rates = { WPB: 0 }), { board: 900, institute: 420 }],
])("partner rate overrides: %s", (_label, change, expected) => {
  it("costs the hours at the partner's own rate", () => {
    const year = yearAfter(Y1, (d) => d.placements.push(placement({ [Y1]: 3 })), change);
    expect(partnerOf(year, "b").costs).toBe(expected.board);
    expect(partnerOf(year, "i").costs).toBe(expected.institute);
  });
});

/** Indexation 10 %: f = 1, 1,1 and 1,21 in the three years. */
const indexed = (change: (draft: Draft) => void) => (draft: Draft) => {
  draft.indexation = 0.1;
  change(draft);
};

describe.each<
  [string, (draft: Draft) => void, (year: YearResult) => number, [number, number, number]]
>([
  // hour cost: 1 student × 10 WPB × €50 (the category has no other hours here)
  [
    "hour costs",
    (d) => (
      (d.categories[0].perStudent = { WPB: 10 }),
      d.placements.push(placement({ [Y0]: 1, [Y1]: 1, [Y2]: 1 }))
    ),
    (y) => partnerOf(y, "b").costs,
    [500, 550, 605],
  ],
  // stipend: 2 students × €300, paid by the board
  [
    "stipends",
    (d) => (
      (d.categories[0].perStudent = {}),
      (d.categories[0].stipend = 300),
      d.placements.push(placement({ [Y0]: 2, [Y1]: 2, [Y2]: 2 }))
    ),
    (y) => partnerOf(y, "b").costs,
    [600, 660, 726],
  ],
  // fixed costs of a partner
  [
    "fixed costs",
    (d) => (d.partners[1].fixedCosts = [{ label: "Coördinatie", amount: 1000 }]),
    (y) => partnerOf(y, "i").costs,
    [1000, 1100, 1210],
  ],
  // overhead lines of the partnership
  [
    "overhead",
    (d) => (d.overhead = [{ label: "Programmaleiding", amount: 1000 }]),
    (y) => y.costs.overhead,
    [1000, 1100, 1210],
  ],
  // a commitment as an amount
  [
    "commitment amount",
    (d) => (d.partners[0].commitment = { amount: 1000 }),
    (y) => partnerOf(y, "b").commitment,
    [1000, 1100, 1210],
  ],
  // NOT indexed: the subsidy (DUO counts of 3 in every year → 3 × €1 000 + base €500)
  [
    "subsidy (not indexed)",
    (d) => (
      (d.regulation.base = 500),
      (d.regulation.counted = { "2023-2024": 3, [Y0]: 3, [Y1]: 3 })
    ),
    (y) => y.income.subsidy,
    [3500, 3500, 3500],
  ],
  // NOT indexed: other income
  [
    "other income (not indexed)",
    (d) => (d.otherIncome = [{ label: "Regio", amount: 1000 }]),
    (y) => y.income.other,
    [1000, 1000, 1000],
  ],
  // NOT indexed: benefits
  [
    "benefits (not indexed)",
    (d) => (d.benefits = [{ label: "Werving", amount: 1000 }]),
    (y) => y.benefits,
    [1000, 1000, 1000],
  ],
  // NOT indexed: topSlice — fullRate would give €1 000 per student, topSlice keeps €200 in every year
  [
    "topSlice (not indexed)",
    (d) => {
      d.distribution = { overhead: "topSlice", topSlice: 200, basis: "current" };
      d.placements.push(placement({ [Y0]: 1, [Y1]: 1, [Y2]: 1 }));
    },
    (y) => y.distribution.toPartners,
    [800, 800, 800],
  ],
  // cost per student of a category: (10 × 50 + 5 × 60) × f
  [
    "cost per student per category",
    () => {},
    (y) => y.categories[0]!.perStudent.boards,
    [800, 880, 968],
  ],
])("indexation: %s", (_label, change, pick, expected) => {
  it("follows (1 + indexation)^k where it should, and only there", () => {
    const result = resultOf(indexed(change));
    expect([Y0, Y1, Y2].map((y) => pick(yearOf(result, y)))).toEqual(expected);
  });
});

/** What joining changes in one year, for the partner that joins (`joiner`). */
type JoinView = {
  b: number;
  i: number;
  students: number;
  countable: number;
  wpb: number;
  commitment: number;
  shared: boolean;
};
const joinView = (year: YearResult, joiner: string): JoinView => ({
  b: partnerOf(year, "b").costs,
  i: partnerOf(year, "i").costs,
  students: year.students.total,
  countable: year.students.countable,
  wpb: year.hours.WPB,
  commitment: partnerOf(year, joiner).commitment,
  shared: partnerOf(year, "b").share > 0,
});

describe.each<[string, "b" | "i", JoinView, JoinView]>([
  // a board joining in Y1: no costs (not even fixed costs), hours, students, commitment or share in Y0
  [
    "board joins in Y1",
    "b",
    { b: 0, i: 0, students: 0, countable: 0, wpb: 0, commitment: 0, shared: false },
    { b: 1000 + 2400, i: 420, students: 3, countable: 3, wpb: 30, commitment: 500, shared: true },
  ],
  // an institute joining in Y1: its placements count 0 in Y0, so the board has no hours for them either
  [
    "institute joins in Y1",
    "i",
    { b: 1000, i: 0, students: 0, countable: 0, wpb: 0, commitment: 0, shared: false },
    { b: 1000 + 2400, i: 420, students: 3, countable: 3, wpb: 30, commitment: 500, shared: true },
  ],
])("joining partners: %s", (_label, joiner, before, after) => {
  it("takes no part before joining and fully from the year it joins", () => {
    const result = resultOf((d) => {
      const partner = d.partners.find((p: Draft) => p.id === joiner);
      d.partners[0].fixedCosts = [{ label: "Vast", amount: 1000 }];
      partner.joins = Y1;
      partner.commitment = { amount: 500 };
      d.placements.push(placement({ [Y0]: 3, [Y1]: 3 }));
      d.regulation.counted = { "2023-2024": 3 };
      d.otherIncome = [{ label: "Regio", amount: 1000 }];
      d.distribution = { basis: "current" };
    });
    // Y0 has income (DUO count 2023-2024 and other income), but without weight nobody gets a share.
    expect(joinView(yearOf(result, Y0), joiner)).toEqual(before);
    expect(joinView(yearOf(result, Y1), joiner)).toEqual(after);
  });
});

describe.each<[string, (draft: Draft) => void]>([
  // a "schil" school outside the partnership that still supervises students
  ["non-member board", (d) => (d.partners[0].member = false)],
  // a non-partner institute sends students to a member board
  ["non-member institute", (d) => (d.partners[1].member = false)],
  // a category that is not subsidised (e.g. minor students)
  ["non-subsidised category", (d) => (d.categories[0].subsidised = false)],
])("students that are never countable: %s", (label, change) => {
  const result = resultOf((d) => {
    change(d);
    d.placements.push(placement({ [Y0]: 3, [Y1]: 3, [Y2]: 3 }));
    d.regulation.counted = { "2023-2024": 3 };
    d.distribution = { basis: "current" };
  });
  const y1 = yearOf(result, Y1);
  it("keeps the board's costs in the totals", () => {
    expect(partnerOf(y1, "b").costs).toBe(2400);
    expect(y1.costs.boards).toBe(2400);
    // IO of a non-member institute is not the partnership's cost.
    expect(partnerOf(y1, "i").costs).toBe(label === "non-member institute" ? 0 : 420);
  });
  it("never counts the students and gives no share", () => {
    expect(y1.students).toEqual({ total: 3, countable: 0, nonSubsidised: 3, counted: 0 });
    expect(y1.income.subsidy).toBe(0);
    expect(y1.partners.map((p) => p.share)).toEqual([0, 0]);
  });
});

describe("a non-member partner next to members", () => {
  it("gets no share, even when the pot is split by costs", () => {
    const y1 = yearOf(
      resultOf((d) => {
        d.partners.push({
          id: "schil",
          name: "Schilschool",
          kind: "board",
          member: false,
          fixedCosts: [{ label: "x", amount: 5000 }],
        });
        d.placements.push(placement({ [Y0]: 2, [Y1]: 2 }));
        d.distribution = { split: "costs" };
        d.regulation.counted = { "2023-2024": 2 };
      }),
      Y1,
    );
    // Income €2 000 goes to b (1 600 cost) and i (280 cost) in proportion; the schil board gets nothing.
    expect(partnerOf(y1, "schil").share).toBe(0);
    expect(partnerOf(y1, "schil").costs).toBe(5000);
    expect(partnerOf(y1, "b").share + partnerOf(y1, "i").share).toBe(2000);
  });
});
