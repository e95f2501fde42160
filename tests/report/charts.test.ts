// Chart models carry the same numbers as the table beside them; key figures match the engine.
import { describe, expect, it } from "vitest";
import { keyFigures, ownInvestmentPerPartner } from "../../src/report/index.ts";
import { example, nbsp, sumCents } from "./helpers.ts";

describe.each([
  // po: three years, no other income
  { name: "po" as const, costs: "€ 1.332.968", needed: "€ 598.484", gap: "€ 331.296" },
  // vo: four years, other income stacked on the subsidy
  { name: "vo" as const, costs: "€ 788.211", needed: "€ 470.811", gap: "€ 306.957" },
])("charts and key figures of example $name", ({ name, costs, needed, gap }) => {
  const { session, result, planYear } = example(name);

  it("own investment per partner: one bar per partner taking part, same as the table", () => {
    const chart = ownInvestmentPerPartner(session, result, planYear);
    expect(chart.groups).toEqual(session.partners.map((p) => p.name));
    expect(chart.table.rows.map((r) => r.values?.[1])).toEqual(chart.series[0]!.values);
    expect(chart.table.rows.map((r) => r.cells[0])).toEqual(chart.groups);
  });

  it("chart totals agree with the engine: own investment of the partners", () => {
    const plan = result.years.find((y) => y.year === planYear)!;
    const own = ownInvestmentPerPartner(session, result, planYear).series[0]!.values;
    expect(sumCents(own)).toBe(
      sumCents([plan.ownInvestment.boards, plan.ownInvestment.institutes]),
    );
  });

  it("key figures of the plan year", () => {
    const figures = keyFigures(result, planYear);
    const text = Object.fromEntries(figures.items.map((f) => [f.key, f.text]));
    expect(figures.year).toBe(planYear);
    expect(text.costs).toBe(nbsp(costs));
    expect(text.needed).toBe(nbsp(needed));
    expect(text.extra).toBe(nbsp(gap));
    expect(figures.items.map((f) => f.key)).toEqual([
      "costs",
      "subsidy",
      "otherIncome",
      "commitments",
      "extra",
      "needed",
      "ownInvestment",
    ]);
  });
});
