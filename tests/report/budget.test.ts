// The Bijlage 2 budget: blocks add up to the engine's totals to the cent, averages and formatted cells are right.
import { describe, expect, it } from "vitest";
import { formatEuro } from "../../src/lib/format.ts";
import { budgetTable } from "../../src/report/index.ts";
import { block, example, nbsp, row, sumCents, value, variant } from "./helpers.ts";

describe.each([
  // po: deduct, calendar-year grants, one non-member institute; plan year 2026-2027
  {
    name: "po" as const,
    totalText: "€ 1.332.968",
    avgBoard: 427390.25,
    avgInstitute: 211000,
    subsidyText:
      "5/12 × toekenning 2026 (205 getelde studenten (2024-2025) × € 1.250) + 7/12 × toekenning 2027 (220 getelde studenten (2025-2026) × € 1.250)",
  },
  // vo: topSlice, other income, calendar-year grants across the 2024 → 2025 regulation; plan year 2026-2027
  {
    name: "vo" as const,
    totalText: "€ 788.211",
    avgBoard: 233345.67,
    avgInstitute: 32560,
    subsidyText:
      "5/12 × toekenning 2026 (120 getelde studenten (2024-2025) × € 1.250) + 7/12 × toekenning 2027 (139 getelde studenten (2025-2026) × € 1.250)",
  },
])("budget table, example $name", ({ name, totalText, avgBoard, avgInstitute, subsidyText }) => {
  const { session, result, planYear } = example(name);
  const y = result.years.find((x) => x.year === planYear)!;
  const table = budgetTable(session, result, planYear);

  it("has two columns with the amounts right-aligned", () => {
    expect(table.columns.map((c) => c.align)).toEqual(["left", "right"]);
    for (const r of table.rows) expect(r.cells).toHaveLength(2);
  });

  it("adds the boards, institutes and overhead lines up to the engine's subtotals", () => {
    expect(sumCents(block(table, "Kosten schoolbesturen").map((r) => value(r)))).toBe(
      Math.round(y.costs.boards * 100),
    );
    expect(sumCents(block(table, "Kosten lerarenopleidingen").map((r) => value(r)))).toBe(
      Math.round(y.costs.institutes * 100),
    );
    expect(sumCents(block(table, "Overheadkosten partnerschap").map((r) => value(r)))).toBe(
      Math.round(y.costs.overhead * 100),
    );
    expect(value(row(table, "Totaal kosten schoolbesturen"))).toBe(y.costs.boards);
    expect(value(row(table, "Totale kosten"))).toBe(y.costs.total);
    expect(row(table, "Totale kosten").cells[1]).toBe(nbsp(totalText));
    expect(row(table, "Totale kosten").kind).toBe("total");
  });

  it("adds subsidy and other income up to the income total and explains the subsidy", () => {
    const income = block(table, "Inkomsten");
    expect(sumCents(income.map((r) => value(r)))).toBe(Math.round(y.income.total * 100));
    expect(income[0]!.cells[0]).toContain(nbsp(subsidyText));
    expect(value(row(table, "Totale inkomsten"))).toBe(y.income.total);
  });

  it("splits the partners' pot into boards and institutes exactly", () => {
    const toBoards = value(row(table, "waarvan voor schoolbesturen"));
    const toInstitutes = value(row(table, "waarvan voor lerarenopleidingen"));
    expect(sumCents([toBoards, toInstitutes])).toBe(Math.round(y.distribution.toPartners * 100));
  });

  it("keeps the own-investment identity: partners + uncovered + deficit − reserve = total", () => {
    const partners = block(table, "Eigen investering").map((r) => value(r));
    const d = y.distribution;
    expect(
      sumCents(partners) +
        sumCents([d.overheadUncovered, d.payoutDeficit]) -
        Math.round(d.reserve * 100),
    ).toBe(Math.round(y.ownInvestment.total * 100));
    expect(value(row(table, "Eigen investering partnerschap"))).toBe(y.ownInvestment.total);
  });

  it("gives the average own investment over member partners taking part, with a footnote", () => {
    expect(value(row(table, "Gemiddelde eigen investering per schoolbestuur"))).toBe(avgBoard);
    expect(value(row(table, "Gemiddelde eigen investering per lerarenopleiding"))).toBe(
      avgInstitute,
    );
    expect(row(table, "Gemiddelde eigen investering per schoolbestuur").cells[1]).toBe(
      formatEuro(avgBoard),
    );
    expect(table.footnotes?.[0]).toMatch(/lid zijn en meedoen/);
  });
});

describe("budget table, special cases", () => {
  it("indexes overhead lines per line as the engine does (3 % in the third year)", () => {
    const { session, result } = variant("po", (raw) => {
      raw.indexation = 0.03;
      raw.overhead = [
        { label: "Programmaleiding", amount: 60000.05 },
        { label: "Communicatie", amount: 5000.15 },
      ];
    });
    const table = budgetTable(session, result, "2027-2028");
    const y = result.years[2]!;
    expect(sumCents(block(table, "Overheadkosten partnerschap").map((r) => value(r)))).toBe(
      Math.round(y.costs.overhead * 100),
    );
  });

  it("leaves out a partner that joins later and says so; the average counts only those taking part", () => {
    const { session, result } = variant("po", (raw) => {
      (raw.partners as Record<string, unknown>[])[1]!.joins = "2027-2028";
    });
    const table = budgetTable(session, result, "2026-2027");
    expect(block(table, "Kosten schoolbesturen").map((r) => r.cells[0])).toEqual([
      "Stichting Akker",
    ]);
    const akker = result.years[1]!.partners.find((p) => p.id === "akker")!;
    expect(value(row(table, "Gemiddelde eigen investering per schoolbestuur"))).toBe(
      akker.ownInvestment,
    );
    expect(table.footnotes?.join(" ")).toContain("Stichting Beek (doet mee vanaf 2027-2028)");
  });

  it("shows a ceiling factor below 1 in the subsidy line", () => {
    const { session, result } = variant("po", (raw) => {
      (raw.regulation as Record<string, unknown>).ceilingFactor = 0.9;
    });
    const table = budgetTable(session, result, "2026-2027");
    expect(block(table, "Inkomsten")[0]!.cells[0]).toContain(nbsp("× 90% (plafond)"));
  });

  it("refuses a year that is not in the result", () => {
    const { session, result } = example("po");
    expect(() => budgetTable(session, result, "2040-2041")).toThrow(/2040-2041/);
  });
});
