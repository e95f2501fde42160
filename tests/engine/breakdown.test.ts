// The engine's breakdowns (integer cents): the parts each view shows beside a total are the ones the
// engine added up, in both examples and in 1 000 random sessions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type YearResult, computeResult } from "../../src/engine/index.ts";
import { validSession } from "./arbitrary.ts";
import { example } from "../report/helpers.ts";

const c = (euros: number): number => Math.round(euros * 100);
const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

/** Every identity between a year's breakdown and its totals. */
function expectBreakdownAddsUp(y: YearResult): void {
  const b = y.breakdown;
  b.partners.forEach((p, i) => {
    expect(p.id).toBe(y.partners[i]!.id);
    expect(p.roles.WPB + p.roles.SO + p.roles.IO + p.stipends + sum(p.fixedCosts)).toBe(
      c(y.partners[i]!.costs),
    );
  });
  expect(sum(b.overhead)).toBe(c(y.costs.overhead));
  expect(sum(b.otherIncome)).toBe(c(y.income.other));
  expect(sum(b.benefits)).toBe(c(y.benefits));
  for (const role of ["WPB", "SO", "IO"] as const)
    expect(sum(b.partners.map((p) => p.hours[role]))).toBeCloseTo(y.hours[role], 6);
  expect(sum(b.placements.map((p) => p.students))).toBe(y.students.total);
  expect(sum(b.placements.filter((p) => p.countable).map((p) => p.students))).toBe(
    y.students.countable,
  );
  for (const p of b.placements)
    if (p.countable) expect(p.causes).toEqual({ board: false, institute: false, category: false });
}

describe.each(["po", "vo"] as const)("breakdowns of example %s", (name) => {
  it("add up to the engine's totals in every year", () => {
    for (const y of example(name).result.years) expectBreakdownAddsUp(y);
  });
});

describe("breakdowns over 1 000 random sessions", () => {
  it("add up to the engine's totals, to the cent", () => {
    fc.assert(
      fc.property(validSession, (session) => {
        for (const y of computeResult(session).years) expectBreakdownAddsUp(y);
      }),
      { numRuns: 1000, seed: 20261202 },
    );
  });
});
