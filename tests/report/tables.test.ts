// Partner, multi-year, category, non-subsidised and benefit tables: same numbers as the engine, totals add up.
import { describe, expect, it } from "vitest";
import { formatEuro } from "../../src/lib/format.ts";
import {
  benefitsTable,
  categoryCostTable,
  multiYearTable,
  nonSubsidisedTable,
  notCountedPlacements,
  partnerTable,
} from "../../src/report/index.ts";
import { example, nbsp, row, sumCents, value, variant } from "./helpers.ts";

describe.each([
  // po: four partners (one non-member institute), three years, one non-subsidised category
  { name: "po" as const, neededText: "€ 598.484", categories: 3 },
  // vo: group and per-day categories, other income, four years
  { name: "vo" as const, neededText: "€ 470.811", categories: 6 },
])("tables of example $name", ({ name, neededText, categories }) => {
  const { session, result, planYear } = example(name);
  const y = result.years.find((x) => x.year === planYear)!;

  it("partner table: one row per partner plus a total that equals the engine's sums", () => {
    const table = partnerTable(session, result, planYear);
    expect(table.rows).toHaveLength(session.partners.length + 1);
    const total = table.rows.at(-1)!;
    expect(total.kind).toBe("total");
    // partner costs + overhead = total costs; partner own investments sum to boards + institutes
    expect(Math.round(value(total, 2) * 100) + Math.round(y.costs.overhead * 100)).toBe(
      Math.round(y.costs.total * 100),
    );
    expect(value(total, 3)).toBe(y.distribution.toPartners);
    expect(Math.round(value(total, 4) * 100)).toBe(
      sumCents([y.ownInvestment.boards, y.ownInvestment.institutes]),
    );
    expect(value(total, 5)).toBe(y.request.committed);
    table.rows.slice(0, -1).forEach((r, i) => {
      // shown in whole euros that add up to the shown total: the engine's amount rounded down or up
      const costs = y.partners[i]!.costs;
      expect([formatEuro(Math.floor(costs)), formatEuro(Math.ceil(costs))]).toContain(r.cells[2]);
    });
  });

  it("multi-year table: one column per year, values taken from the engine", () => {
    const table = multiYearTable(session, result, planYear);
    expect(table.columns).toHaveLength(result.years.length + 1);
    expect(table.columns.some((c) => c.label === `${planYear} (planjaar)`)).toBe(true);
    const at = result.years.findIndex((x) => x.year === planYear) + 1;
    expect(row(table, "Nodig van de Onderwijsregio").cells[at]).toBe(nbsp(neededText));
    expect(row(table, "Totale kosten").values?.slice(1)).toEqual(
      result.years.map((x) => x.costs.total),
    );
    expect(row(table, "Geteld voor de subsidie (T-1)").values?.slice(1)).toEqual(
      result.years.map((x) => x.students.counted),
    );
    expect(row(table, "Voorfinanciering groei").values?.slice(1)).toEqual(
      result.years.map((x) => x.growthPrefinancing),
    );
    expect(row(table, "Extra gevraagd aan de Onderwijsregio").values?.slice(1)).toEqual(
      result.years.map((x) => x.request.gap),
    );
    for (const r of table.rows) expect(r.cells).toHaveLength(table.columns.length);
  });

  it("category table: boards + institutes = total per student, from the engine", () => {
    const table = categoryCostTable(session, result, planYear);
    expect(table.rows).toHaveLength(categories);
    const last = table.columns.length - 1;
    table.rows.forEach((r, i) => {
      const engine = y.categories[i]!.perStudent;
      expect(value(r, last - 2)).toBe(engine.boards);
      expect(value(r, last - 1)).toBe(engine.institutes);
      expect(Math.round(value(r, last) * 100)).toBe(sumCents([engine.boards, engine.institutes]));
    });
  });

  it("non-subsidised table: students and costs per year, apart", () => {
    const table = nonSubsidisedTable(session, result, planYear);
    expect(table.rows.map((r) => value(r, 1))).toEqual(
      result.years.map((x) => x.students.nonSubsidised),
    );
    expect(table.rows.map((r) => value(r, 2))).toEqual(
      result.years.map((x) => x.costs.nonSubsidised),
    );
    expect(table.footnotes?.[0]).toMatch(/zitten al in de kosten/);
  });

  it("benefits table: lines and a total equal to the engine's, never netted", () => {
    const table = benefitsTable(session, result, planYear);
    const total = table.rows.at(-1)!;
    expect(value(total)).toBe(y.benefits);
    expect(sumCents(table.rows.slice(0, -1).map((r) => value(r)))).toBe(
      Math.round(y.benefits * 100),
    );
  });
});

describe("table details", () => {
  it("po category costs: pabo voltijd € 3.928 for boards and € 812 for institutes, in cents so they add up as shown", () => {
    const { session, result, planYear } = example("po");
    const r = categoryCostTable(session, result, planYear).rows[0]!;
    expect(r.cells.slice(0, 5)).toEqual(["Pabo voltijd", "ja", "40", "40", "14"]);
    expect(r.cells.slice(5)).toEqual([nbsp("€ 3.928,00"), nbsp("€ 812,00"), nbsp("€ 4.740,00")]);
  });

  it("po partner table explains the commitment basis and the non-member", () => {
    const { session, result, planYear } = example("po");
    const table = partnerTable(session, result, planYear);
    expect(row(table, "Stichting Akker").cells[6]).toBe("50% van de eigen kosten");
    expect(row(table, "Pabo Elders").cells[7]).toMatch(/geen lid/);
  });

  it("vo partner table shows an amount commitment", () => {
    const { session, result, planYear } = example("vo");
    expect(row(partnerTable(session, result, planYear), "Scholengroep Lyceum").cells[6]).toBe(
      nbsp("€ 120.000 per jaar"),
    );
  });

  it("asks for the missing T-1 count of the first year", () => {
    const { session, result } = variant("po", (raw) => {
      (raw.regulation as Record<string, unknown>).counted = {};
    });
    expect(multiYearTable(session, result).footnotes?.join(" ")).toContain("telling van 2023-2024");
  });

  it.each([
    // the whole pot to the boards: Pabo Voorbeeld gets no share, its own investment is not negative
    { boardsShare: 1, note: false },
    // the whole pot to the institutes: Pabo Voorbeeld receives more than it spends, with a note
    { boardsShare: 0, note: true },
  ])("explains a negative own investment (boardsShare $boardsShare)", ({ boardsShare, note }) => {
    const { session, result } = variant("po", (raw) => {
      (raw.distribution as Record<string, unknown>).boardsShare = boardsShare;
      // Pabo Voorbeeld without instituutsopleider hours: no costs, so any share makes it negative
      for (const c of raw.categories as Record<string, Record<string, number>>[])
        c.perStudent!.IO = 0;
    });
    const table = partnerTable(session, result, "2025-2026");
    const pabo = row(table, "Pabo Voorbeeld");
    expect(value(pabo, 4) < 0).toBe(note);
    expect(table.footnotes?.some((f) => f.startsWith("Een negatieve eigen investering"))).toBe(
      note,
    );
  });

  it("a partner joining later is listed with € 0 and a note", () => {
    const { session, result } = variant("po", (raw) => {
      (raw.partners as Record<string, unknown>[])[1]!.joins = "2026-2027";
    });
    const beek = row(partnerTable(session, result, "2025-2026"), "Stichting Beek");
    expect(beek.cells[2]).toBe(nbsp("€ 0"));
    expect(beek.cells[7]).toBe("doet mee vanaf 2026-2027");
  });
});

describe.each([
  // po: a non-member institute and a non-subsidised category
  { name: "po" as const },
  // vo: the second worked example
  { name: "vo" as const },
])("notCountedPlacements, example $name", ({ name }) => {
  const { session, result } = example(name);
  it.each(result.years.map((y) => [y.year, y.students.nonSubsidised] as const))(
    "lists in %s exactly the %i students the engine does not count",
    (year, nonSubsidised) => {
      const rows = notCountedPlacements(session, result, year);
      expect(rows.reduce((sum, r) => sum + r.students, 0)).toBe(nonSubsidised);
      for (const r of rows) expect(r.reason).not.toBe("");
    },
  );
});
