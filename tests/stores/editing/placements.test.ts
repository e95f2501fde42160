// Placement actions: rows, cells, days, group overrides and the projection that writes numbers.
import { describe, expect, it } from "vitest";
import type { Session } from "../../../src/engine/index.ts";
import * as p from "../../../src/stores/editing/placements.ts";
import { sessionStore } from "../../../src/stores/session.ts";
import { undoRemoval } from "../../../src/stores/undo.ts";
import { describeActions, drive, example, valid } from "./helpers.ts";

describeActions([
  // a new combination is added with no students
  {
    name: "add",
    run: () => void p.addPlacements([{ board: "beek", institute: "elders", category: "minor" }]),
    check: (s: Session) =>
      s.placements.length === 6 && Object.keys(s.placements[5]!.students).length === 0,
  },
  // an existing combination is refused
  {
    name: "add duplicate",
    run: () => void p.addPlacements([{ board: "akker", institute: "pabo", category: "minor" }]),
    check: (s: Session) => s.placements.length === 5,
  },
  {
    name: "remove",
    run: () => p.removePlacement(3, "rij 4"),
    check: (s: Session) =>
      s.placements.length === 4 && !s.placements.some((r) => r.institute === "elders"),
  },
  {
    name: "cell",
    run: () => p.setStudents(0, "2027-2028", 150),
    check: (s: Session) => s.placements[0]!.students["2027-2028"] === 150,
  },
  // clearing a cell removes the year (counts 0)
  {
    name: "cell cleared",
    run: () => p.setStudents(0, "2027-2028", undefined),
    check: (s: Session) => !("2027-2028" in s.placements[0]!.students),
  },
  {
    name: "days",
    run: () => p.setDays(4, 20),
    check: (s: Session) => s.placements[4]!.days === 20,
  },
  {
    name: "groups",
    run: () => p.setGroups(2, "2026-2027", 3),
    check: (s: Session) => s.placements[2]!.groups?.["2026-2027"] === 3,
  },
  // clearing the last override drops the groups object
  {
    name: "groups cleared",
    run: () => {
      p.setGroups(2, "2026-2027", 3);
      p.setGroups(2, "2026-2027", undefined);
    },
    check: (s: Session) => !("groups" in s.placements[2]!),
  },
  // an index that does not exist changes nothing
  {
    name: "unknown row",
    run: () => p.setStudents(99, "2026-2027", 1),
    check: (s: Session) => JSON.stringify(s) === JSON.stringify(example()),
  },
]);

describe.each([
  // 10 % a year from 120 in 2025-2026: 132, 145,2 → 145
  {
    base: "2025-2026",
    spec: { kind: "growth", rate: 0.1 } as const,
    expected: { "2025-2026": 120, "2026-2027": 132, "2027-2028": 145 },
  },
  // target 150 two years after the base: 135, 150
  {
    base: "2025-2026",
    spec: { kind: "target", target: 150, reachAfter: 2 } as const,
    expected: { "2025-2026": 120, "2026-2027": 135, "2027-2028": 150 },
  },
  // from the middle year only the last year changes
  {
    base: "2026-2027",
    spec: { kind: "growth", rate: 0.05 } as const,
    expected: { "2025-2026": 120, "2026-2027": 130, "2027-2028": 137 },
  },
  // from the last year nothing changes
  {
    base: "2027-2028",
    spec: { kind: "growth", rate: 0.5 } as const,
    expected: { "2025-2026": 120, "2026-2027": 130, "2027-2028": 140 },
  },
])("projectPlacement(row 0, $base, $spec.kind)", ({ base, spec, expected }) => {
  it("writes whole students into the following years", () => {
    const s = drive(example(), () => p.projectPlacement(0, base, spec));
    expect(s.placements[0]!.students).toEqual(expected);
    expect(s.placements[1]!.students["2027-2028"]).toBe(95);
  });
});

describe("projectAll", () => {
  it("grows the total of all rows and splits it by the base counts", () => {
    // base 2025-2026: 120 + 80 + 20 + 10 + 6 = 236; target 300 in 2027-2028 → 268, 300;
    // 300 split 120:80:20:10:6 = 152,5 / 101,7 / 25,4 / 12,7 / 7,6 → largest remainders go to rows 5, 4, 2
    const s = drive(example(), () =>
      p.projectAll("2025-2026", { kind: "target", target: 300, reachAfter: 2 }),
    );
    const total = (y: string): number =>
      s.placements.reduce((sum, r) => sum + (r.students[y] ?? 0), 0);
    expect(total("2026-2027")).toBe(268);
    expect(total("2027-2028")).toBe(300);
    expect(s.placements.map((r) => r.students["2027-2028"])).toEqual([152, 102, 25, 13, 8]);
    expect(valid(s)).toBe(true);
  });
  it("only touches the rows it is given", () => {
    const s = drive(example(), () => p.projectAll("2025-2026", { kind: "growth", rate: 0 }, [0]));
    expect(s.placements[0]!.students["2027-2028"]).toBe(120);
    expect(s.placements[1]!.students["2027-2028"]).toBe(95);
  });
});

describe("removePlacement and undo", () => {
  it("puts the row back in its place with all its numbers", () => {
    drive(example(), () => p.removePlacement(1, "Stichting Beek – Pabo Voorbeeld – Pabo voltijd"));
    expect(sessionStore.get().placements).toHaveLength(4);
    undoRemoval();
    expect(sessionStore.get()).toEqual(example());
  });
});

describe("setStudentsCells", () => {
  it("writes a pasted block as one change and skips rows that do not exist", () => {
    const s = drive(example(), () =>
      p.setStudentsCells([
        { index: 0, year: "2025-2026", students: 7 },
        { index: 4, year: "2026-2027", students: 0 },
        { index: 9, year: "2025-2026", students: 1 },
      ]),
    );
    expect(s.placements[0]!.students["2025-2026"]).toBe(7);
    expect(s.placements[4]!.students["2026-2027"]).toBe(0);
    expect(valid(s)).toBe(true);
  });
});

describe("duplicate rows: found and merged, with undo", () => {
  /** The example with row 0 (akker × pabo × voltijd) twice more: once after it, once at the end. */
  function withDuplicates(): Session {
    const s = example();
    const [row] = s.placements;
    s.placements.splice(1, 0, {
      ...structuredClone(row!),
      students: { "2025-2026": 5, "2026-2027": 1 },
      groups: { "2025-2026": 1 },
    });
    s.placements.push({ ...structuredClone(row!), students: { "2027-2028": 2 }, days: 99 });
    return s;
  }

  it("names each combination that has more than one row, with the rows' places", () => {
    expect(p.duplicatePlacements(example())).toEqual([]);
    expect(p.duplicatePlacements(withDuplicates())).toEqual([[0, 1, 6]]);
  });

  it("adds the students per year into the first row, keeps its days, and takes the others out", () => {
    const before = withDuplicates();
    const first = before.placements[0]!;
    const s = drive(before, () => p.mergePlacements([0, 1, 6], "akker"));
    expect(s.placements).toHaveLength(5);
    expect(p.duplicatePlacements(s)).toEqual([]);
    const merged = s.placements[0]!;
    for (const year of ["2025-2026", "2026-2027", "2027-2028"]) {
      const added = before.placements
        .filter((_, i) => [0, 1, 6].includes(i))
        .reduce((sum, row) => sum + (row.students[year] ?? 0), 0);
      expect(merged.students[year]).toBe(added);
    }
    expect(merged.days).toBe(first.days);
    // Only one of the rows typed a group count for 2025-2026: the engine computes it again.
    expect(merged.groups).toBeUndefined();
    expect(s.placements.slice(1)).toEqual(example().placements.slice(1));
    expect(valid(s)).toBe(true);
  });

  it("adds typed group counts when every row typed one", () => {
    const before = example();
    before.placements.push({
      ...structuredClone(before.placements[0]!),
      groups: { "2025-2026": 2 },
    });
    before.placements[0]!.groups = { "2025-2026": 3 };
    const s = drive(before, () => p.mergePlacements([0, 5], "akker"));
    expect(s.placements[0]!.groups).toEqual({ "2025-2026": 5 });
  });

  it("undo puts the separate rows back in their places", () => {
    const before = withDuplicates();
    drive(before, () =>
      p.mergePlacements([0, 1, 6], "Stichting Akker – Pabo Voorbeeld – Pabo voltijd"),
    );
    expect(undoRemoval()).toBe(
      "Rijen Stichting Akker – Pabo Voorbeeld – Pabo voltijd samengevoegd",
    );
    expect(sessionStore.get()).toEqual(before);
  });

  it("does nothing for fewer than two rows that exist", () => {
    const s = drive(withDuplicates(), () => p.mergePlacements([0, 42], "akker"));
    expect(s).toEqual(withDuplicates());
  });
});
