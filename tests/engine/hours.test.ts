// §3.1 of the cost model: the hours of a placement row and the per-school hours, per role.
import { describe, expect, it } from "vitest";
import { type Draft, Y0, Y1, Y2, partnerOf, placement, resultOf, yearOf } from "./helpers.ts";

type Hours = { WPB: number; SO: number; IO: number };

/** A category with only group hours: 53 SO per group of 15 (the Den Haag vo preset). */
const grouped = (draft: Draft): void => {
  draft.categories[0].perStudent = {};
  draft.categories[0].perGroup = { size: 15, hours: { SO: 53 } };
};
/** A category with only stage-day hours: 0,5 WPB + 0,3 SO per day, capped per `cap`. */
const daily =
  (cap: Record<string, number> | undefined) =>
  (draft: Draft): void => {
    draft.categories[0].perStudent = {};
    draft.categories[0].perDay =
      cap === undefined ? { hours: { WPB: 0.5, SO: 0.3 } } : { hours: { WPB: 0.5, SO: 0.3 }, cap };
  };

describe.each<[string, (draft: Draft) => void, Hours]>([
  // per student: 3 × (10 WPB, 5 SO, 2 IO)
  ["per student", (d) => d.placements.push(placement({ [Y1]: 3 })), { WPB: 30, SO: 15, IO: 6 }],
  // per group: 16 students of size 15 → ceil = 2 groups × 53 SO
  [
    "per group, ceil(16/15) = 2",
    (d) => (grouped(d), d.placements.push(placement({ [Y1]: 16 }))),
    { WPB: 0, SO: 106, IO: 0 },
  ],
  // per group: exactly 30 students → 2 groups, not 3
  [
    "per group, 30/15 = 2 exactly",
    (d) => (grouped(d), d.placements.push(placement({ [Y1]: 30 }))),
    { WPB: 0, SO: 106, IO: 0 },
  ],
  // per group: 1 student still forms a group
  [
    "per group, 1 student = 1 group",
    (d) => (grouped(d), d.placements.push(placement({ [Y1]: 1 }))),
    { WPB: 0, SO: 53, IO: 0 },
  ],
  // the row's `groups` replaces the computed number (16 students, 5 groups given)
  [
    "groups override",
    (d) => (grouped(d), d.placements.push(placement({ [Y1]: 16 }, { groups: { [Y1]: 5 } }))),
    { WPB: 0, SO: 265, IO: 0 },
  ],
  // an override in a year without students still gives 0 groups (engine choice, see README)
  [
    "groups override with 0 students",
    (d) => (grouped(d), d.placements.push(placement({ [Y1]: 0 }, { groups: { [Y1]: 5 } }))),
    { WPB: 0, SO: 0, IO: 0 },
  ],
  // no students: 0 groups, 0 hours
  [
    "0 students → 0 groups",
    (d) => (grouped(d), d.placements.push(placement({ [Y1]: 0 }))),
    { WPB: 0, SO: 0, IO: 0 },
  ],
  // per day without cap: 2 students × 20 days × (0,5 WPB, 0,3 SO)
  [
    "per day, no cap",
    (d) => (daily(undefined)(d), d.placements.push(placement({ [Y1]: 2 }, { days: 20 }))),
    { WPB: 20, SO: 12, IO: 0 },
  ],
  // per day capped: 100 days would be 50 WPB and 30 SO per student; caps 36 / 24
  [
    "per day, both capped",
    (d) => (
      daily({ WPB: 36, SO: 24 })(d),
      d.placements.push(placement({ [Y1]: 2 }, { days: 100 }))
    ),
    { WPB: 72, SO: 48, IO: 0 },
  ],
  // a cap on one role only: SO has no maximum
  [
    "per day, cap on WPB only",
    (d) => (daily({ WPB: 36 })(d), d.placements.push(placement({ [Y1]: 2 }, { days: 100 }))),
    { WPB: 72, SO: 60, IO: 0 },
  ],
  // under the cap the day hours count as they are
  [
    "per day, under the cap",
    (d) => (daily({ WPB: 36, SO: 24 })(d), d.placements.push(placement({ [Y1]: 1 }, { days: 10 }))),
    { WPB: 5, SO: 3, IO: 0 },
  ],
  // a perDay category with 0 days (the default) gives no day hours
  [
    "per day, days absent",
    (d) => (daily(undefined)(d), d.placements.push(placement({ [Y1]: 4 }))),
    { WPB: 0, SO: 0, IO: 0 },
  ],
  // the three norms add up: 20 × (10,5,2) + 2 groups × 53 SO + 20 × min(10 × 0,5, 4) WPB
  [
    "student + group + day together",
    (d) => {
      d.categories[0].perGroup = { size: 15, hours: { SO: 53 } };
      d.categories[0].perDay = { hours: { WPB: 0.5 }, cap: { WPB: 4 } };
      d.placements.push(placement({ [Y1]: 20 }, { days: 10 }));
    },
    { WPB: 280, SO: 206, IO: 40 },
  ],
  // IO of a non-member institute is not the partnership's cost; WPB and SO still are
  [
    "non-member institute: IO counts 0",
    (d) => {
      d.partners[1].member = false;
      d.placements.push(placement({ [Y1]: 3 }));
    },
    { WPB: 30, SO: 15, IO: 0 },
  ],
  // hours are not rounded: 3 × 0,3 SO per day × 1 day
  [
    "hours stay unrounded",
    (d) => (daily(undefined)(d), d.placements.push(placement({ [Y1]: 3 }, { days: 1 }))),
    { WPB: 1.5, SO: 0.9, IO: 0 },
  ],
])("hours of a placement row: %s", (_label, change, expected) => {
  it("gives the hours of the rule in that year and none in the other years", () => {
    const result = resultOf(change);
    expect(yearOf(result, Y1).hours).toEqual(expected);
    expect(yearOf(result, Y0).hours).toEqual({ WPB: 0, SO: 0, IO: 0 });
  });
});

describe.each<[string, (draft: Draft) => void, Record<string, Hours>]>([
  // 4 schools × 342 SO in every year; no placements needed
  [
    "boards get schools × perSchool",
    (d) => ((d.partners[0].schools = 4), (d.perSchool = { SO: 342 })),
    { [Y0]: { WPB: 0, SO: 1368, IO: 0 }, [Y2]: { WPB: 0, SO: 1368, IO: 0 } },
  ],
  // WPB per school counts as well
  [
    "WPB per school",
    (d) => ((d.partners[0].schools = 2), (d.perSchool = { WPB: 10, SO: 1 })),
    { [Y0]: { WPB: 20, SO: 2, IO: 0 }, [Y1]: { WPB: 20, SO: 2, IO: 0 } },
  ],
  // an institute's `schools` adds nothing: per-school hours are for boards only
  [
    "institute schools ignored",
    (d) => ((d.partners[1].schools = 5), (d.perSchool = { SO: 342 })),
    { [Y0]: { WPB: 0, SO: 0, IO: 0 } },
  ],
  // a board that joins in Y1 has no per-school hours in Y0
  [
    "only when taking part",
    (d) => ((d.partners[0].schools = 1), (d.partners[0].joins = Y1), (d.perSchool = { SO: 342 })),
    {
      [Y0]: { WPB: 0, SO: 0, IO: 0 },
      [Y1]: { WPB: 0, SO: 342, IO: 0 },
      [Y2]: { WPB: 0, SO: 342, IO: 0 },
    },
  ],
  // a non-member board ("schil") still has its school hours in the totals
  [
    "non-member board too",
    (d) => (
      (d.partners[0].member = false),
      (d.partners[0].schools = 1),
      (d.perSchool = { SO: 342 })
    ),
    { [Y0]: { WPB: 0, SO: 342, IO: 0 } },
  ],
])("per-school hours: %s", (_label, change, expected) => {
  it("adds the school hours of the boards taking part", () => {
    const result = resultOf(change);
    for (const [year, hours] of Object.entries(expected))
      expect(yearOf(result, year).hours).toEqual(hours);
  });
});

describe("hours land on the right partner", () => {
  it("WPB and SO cost the board, IO costs the institute (at the partnership rates)", () => {
    const year = yearOf(
      resultOf((d) => d.placements.push(placement({ [Y1]: 3 }))),
      Y1,
    );
    // board: 30 × 50 + 15 × 60; institute: 6 × 70
    expect(partnerOf(year, "b").costs).toBe(2400);
    expect(partnerOf(year, "i").costs).toBe(420);
  });
});
