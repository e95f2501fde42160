// Placement actions: rows, cells, days, group overrides and the projection that writes numbers.
import { describe, expect, it } from "vitest";
import type { Session } from "../../../src/engine/index.ts";
import * as p from "../../../src/stores/editing/placements.ts";
import { describeSteps, example, valid } from "./helpers.ts";

describeSteps([
  // a new combination is added with no students
  { name: "add", run: ((s) => void p.addPlacementDraft(s, "beek", "elders", "minor")), check: (s: Session) => s.placements.length === 6 && Object.keys(s.placements[5]!.students).length === 0 },
  // an existing combination is refused
  { name: "add duplicate", run: ((s) => void p.addPlacementDraft(s, "akker", "pabo", "minor")), check: (s: Session) => s.placements.length === 5 },
  { name: "remove", run: ((s) => p.removePlacementDraft(s, 3)), check: (s: Session) => s.placements.length === 4 && !s.placements.some((r) => r.institute === "elders") },
  { name: "cell", run: ((s) => p.setStudentsDraft(s, 0, "2026-2027", 150)), check: (s: Session) => s.placements[0]!.students["2026-2027"] === 150 },
  // clearing a cell removes the year (counts 0)
  { name: "cell cleared", run: ((s) => p.setStudentsDraft(s, 0, "2026-2027", undefined)), check: (s: Session) => !("2026-2027" in s.placements[0]!.students) },
  { name: "days", run: ((s) => p.setDaysDraft(s, 4, 20)), check: (s: Session) => s.placements[4]!.days === 20 },
  { name: "groups", run: ((s) => p.setGroupsDraft(s, 2, "2025-2026", 3)), check: (s: Session) => s.placements[2]!.groups?.["2025-2026"] === 3 },
  // clearing the last override drops the groups object
  { name: "groups cleared", run: ((s) => { p.setGroupsDraft(s, 2, "2025-2026", 3); p.setGroupsDraft(s, 2, "2025-2026", undefined); }), check: (s: Session) => !("groups" in s.placements[2]!) },
  // an index that does not exist changes nothing
  { name: "unknown row", run: ((s) => p.setStudentsDraft(s, 99, "2025-2026", 1)), check: (s: Session) => JSON.stringify(s) === JSON.stringify(example()) },
]);

describe.each([
  // 10 % a year from 120 in 2024-2025: 132, 145,2 → 145
  { base: "2024-2025", spec: { kind: "growth", rate: 0.1 } as const, expected: { "2024-2025": 120, "2025-2026": 132, "2026-2027": 145 } },
  // target 150 two years after the base: 135, 150
  { base: "2024-2025", spec: { kind: "target", target: 150, reachAfter: 2 } as const, expected: { "2024-2025": 120, "2025-2026": 135, "2026-2027": 150 } },
  // from the middle year only the last year changes
  { base: "2025-2026", spec: { kind: "growth", rate: 0.05 } as const, expected: { "2024-2025": 120, "2025-2026": 130, "2026-2027": 137 } },
  // from the last year nothing changes
  { base: "2026-2027", spec: { kind: "growth", rate: 0.5 } as const, expected: { "2024-2025": 120, "2025-2026": 130, "2026-2027": 140 } },
])("projectPlacementDraft(row 0, $base, $spec.kind)", ({ base, spec, expected }) => {
  it("writes whole students into the following years", () => {
    const s = example();
    p.projectPlacementDraft(s, 0, base, spec);
    expect(s.placements[0]!.students).toEqual(expected);
    expect(s.placements[1]!.students["2026-2027"]).toBe(95);
  });
});

describe("projectAllDraft", () => {
  it("grows the total of all rows and splits it by the base counts", () => {
    const s = example();
    // base 2024-2025: 120 + 80 + 20 + 10 + 6 = 236; target 300 in 2026-2027 → 268, 300;
    // 300 split 120:80:20:10:6 = 152,5 / 101,7 / 25,4 / 12,7 / 7,6 → largest remainders go to rows 5, 4, 2
    p.projectAllDraft(s, "2024-2025", { kind: "target", target: 300, reachAfter: 2 });
    const total = (y: string): number => s.placements.reduce((sum, r) => sum + (r.students[y] ?? 0), 0);
    expect(total("2025-2026")).toBe(268);
    expect(total("2026-2027")).toBe(300);
    expect(s.placements.map((r) => r.students["2026-2027"])).toEqual([152, 102, 25, 13, 8]);
    expect(valid(s)).toBe(true);
  });
  it("only touches the rows it is given", () => {
    const s = example();
    p.projectAllDraft(s, "2024-2025", { kind: "growth", rate: 0 }, [0]);
    expect(s.placements[0]!.students["2026-2027"]).toBe(120);
    expect(s.placements[1]!.students["2026-2027"]).toBe(95);
  });
});
