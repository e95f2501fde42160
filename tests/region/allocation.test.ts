// The three rules for dividing a regional budget, by hand-checkable figures (cents).
import { describe, expect, it } from "vitest";
import { type Claim, allocateBudget } from "../../src/region/index.ts";
import type { AllocationRule, CalendarRow } from "../../src/region/index.ts";

const row = (needed: number, subsidy: number, counted: number): CalendarRow => ({
  year: 2026,
  counted,
  costs: needed,
  subsidy,
  other: 0,
  committed: 0,
  needed,
  gap: needed - subsidy,
});
// A asks 600, of which the regulation covers 400; B asks 300, regulation 300; C asks 100, regulation 0.
const claims: Claim[] = [
  { name: "A", row: row(60000, 40000, 30) },
  { name: "B", row: row(30000, 30000, 10) },
  { name: "C", row: row(10000, 0, 0) },
];
const amounts = (rule: AllocationRule, budget: number, list = claims): number[] =>
  allocateBudget(budget, rule, list).shares.map((s) => s.amount);

describe.each([
  // budget 500 over needs 600 : 300 : 100 → 300 : 150 : 50
  { rule: "behoefte", budget: 50000, expected: [30000, 15000, 5000] },
  // regulation first: 400 + 300 = 700 ≥ 500 → 500 in proportion 4 : 3 (285,714… and 214,285…: the larger remainder, B, gets the cent)
  { rule: "regeling-eerst", budget: 50000, expected: [28571, 21429, 0] },
  // regulation first: 700 given, the rest 200 over the extra asked 200 : 0 : 100 → A 133,33 + 400, C 66,67
  { rule: "regeling-eerst", budget: 90000, expected: [53333, 30000, 6667] },
  // counted students 30 : 10 : 0 → 375 : 125 : 0
  { rule: "studenten", budget: 50000, expected: [37500, 12500, 0] },
] as const)("$rule with a budget of $budget cents", ({ rule, budget, expected }) => {
  it("gives the expected shares, adding up to the budget", () => {
    const parts = amounts(rule, budget);
    expect(parts).toEqual(expected);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(budget);
  });
});

describe("fallbacks when a rule's own weights are all 0", () => {
  const noStudents: Claim[] = [
    { name: "A", row: row(30000, 0, 0) },
    { name: "B", row: row(10000, 0, 0) },
  ];
  it("studenten without counted students divides in proportion to what is needed, and says so", () => {
    const allocation = allocateBudget(20000, "studenten", noStudents);
    expect(allocation.basis).toBe("needed");
    expect(allocation.shares.map((s) => s.amount)).toEqual([15000, 5000]);
  });
  it("divides equally when nobody asks and nobody is counted (one cent to the first listed)", () => {
    const idle: Claim[] = [
      { name: "A", row: row(0, 0, 0) },
      { name: "B", row: undefined },
    ];
    const allocation = allocateBudget(101, "behoefte", idle);
    expect(allocation.basis).toBe("equal");
    expect(allocation.shares.map((s) => s.amount)).toEqual([51, 50]);
  });
  it("marks a budget that covers all asks as not exceeded", () => {
    expect(allocateBudget(100000, "behoefte", claims).exceeded).toBe(false);
    expect(allocateBudget(99999, "behoefte", claims).exceeded).toBe(true);
  });
});
