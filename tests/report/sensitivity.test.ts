// Sensitivities are the engine run again on a changed copy: higher rates raise what is needed, a lower
// ceiling only lowers the subsidy, fewer students lower the costs; the session itself is untouched.
// "Only the regulation amount" per partner is the engine's own split and adds up to its total.
import { describe, expect, it } from "vitest";
import { computeResult, planYearOf } from "../../src/engine/index.ts";
import {
  regulationOnly,
  sensitivities,
  withFewerStudents,
  withHigherRates,
} from "../../src/report/sensitivity.ts";
import { sumEuros } from "../../src/report/index.ts";
import { example } from "../pdf/helpers.ts";

describe.each(["po", "vo"] as const)("sensitivities of voorbeeld-%s", (name) => {
  const session = example(name);
  const before = JSON.stringify(session);
  const result = computeResult(session);
  const planYear = planYearOf(session);
  const list = sensitivities(session, result, planYear);
  const of = (key: string) => list.find((s) => s.key === key)!;

  it("raises what is needed when the rates are higher", () => {
    expect(of("rates").neededPlan).toBeGreaterThan(0);
    expect(of("rates").subsidyPlan).toBe(0);
  });

  it("only lowers the subsidy with a lower ceiling factor", () => {
    expect(of("ceiling").subsidyPlan).toBeLessThan(0);
    expect(of("ceiling").neededPlan).toBe(0);
    expect(of("ceiling").gapAhead).toBeGreaterThan(0);
  });

  it("lowers what is needed with fewer students", () => {
    expect(of("fewer").neededPlan).toBeLessThan(0);
  });

  it("leaves the session as it was and rounds changed rates to cents", () => {
    expect(JSON.stringify(session)).toBe(before);
    const rates = withHigherRates(session).rates;
    for (const r of [rates.WPB, rates.SO, rates.IO])
      expect(Math.round(r * 100)).toBeCloseTo(r * 100, 6);
    const fewer = withFewerStudents(session, planYear);
    expect(
      fewer.placements.every((p) => Object.values(p.students).every((n) => Number.isInteger(n))),
    ).toBe(true);
  });

  it("splits 'only the regulation amount' per partner as the engine does", () => {
    const plan = result.years.find((y) => y.year === planYear)!;
    const rows = regulationOnly(result, planYear);
    for (const r of rows) expect(r.remains).toBeCloseTo(r.costs - r.share, 2);
    expect(sumEuros(rows.map((r) => r.share))).toBeCloseTo(plan.distribution.toPartners, 2);
  });
});
