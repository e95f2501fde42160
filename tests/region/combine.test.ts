// The region over the two worked examples: one row per partnership, sector totals, and the checks.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Session, parseSessionText } from "../../src/engine/index.ts";
import { computeRegion, sectorLabel, toRegionJson } from "../../src/region/index.ts";

function example(name: string, change: (s: Session) => Session = (s) => s): Session {
  const outcome = parseSessionText(
    readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8"),
  );
  if (!outcome.ok) throw new Error(name);
  return change(outcome.session);
}

describe("the region of the po and vo examples", () => {
  const po = example("voorbeeld-po");
  const vo = example("voorbeeld-vo");
  const region = computeRegion([po, vo]);

  it("keeps one partnership per session, with its sector, and sums the sectors", () => {
    expect(region.partnerships.map((p) => p.sector)).toEqual(["po", "vo"]);
    expect(region.sectors.map((s) => s.sector)).toEqual(["po", "vo"]);
    for (const year of region.years) {
      const po = region.sectors[0]!.years.find((r) => r.year === year.year)!;
      const vo = region.sectors[1]!.years.find((r) => r.year === year.year)!;
      expect(po.needed + vo.needed).toBe(year.needed);
    }
  });

  it("gives a session without a sector (a new one that has not chosen) its own subtotal, so the sectors still add up", () => {
    const { sector: _dropped, ...partnership } = vo.partnership;
    const unchosen = { ...vo, partnership };
    const mixed = computeRegion([po, unchosen]);
    expect(mixed.sectors.map((s) => s.sector)).toEqual(["po", undefined]);
    expect(sectorLabel(mixed.partnerships[1]!.sector)).toBe("sector niet gekozen");
    for (const year of mixed.years) {
      expect(
        mixed.sectors.reduce(
          (sum, s) => sum + (s.years.find((r) => r.year === year.year)?.needed ?? 0),
          0,
        ),
      ).toBe(year.needed);
    }
  });

  it("names a repeated or missing partnership name so the allocation can tell them apart", () => {
    const nameless = { ...po, partnership: { ...po.partnership, name: " " } };
    expect(computeRegion([po, po, nameless]).partnerships.map((p) => p.name)).toEqual([
      po.partnership.name,
      `${po.partnership.name} (2)`,
      "Partnerschap 3",
    ]);
  });

  it("checks plan years and regulations that differ, each with a source", () => {
    const other = {
      ...vo,
      planYear: "2027-2028",
      regulation: { ...vo.regulation, id: "tegemoetkoming-2020" },
    };
    const kinds = computeRegion([po, other]).checks.map((c) => c.kind);
    expect(kinds).toContain("planYears");
    expect(kinds).toContain("regulations");
    for (const check of computeRegion([po, other]).checks) expect(check.source).not.toBe("");
  });

  it("checks a partnership without counted students", () => {
    const empty = {
      ...po,
      partnership: { ...po.partnership, name: "Leeg" },
      placements: [],
      regulation: { ...po.regulation, counted: {} },
    };
    const check = computeRegion([po, empty]).checks.find((c) => c.kind === "noCounted");
    expect(check?.message).toMatch(/^Leeg heeft geen getelde studenten/);
  });

  it("writes gesprekswijzer-regio/1 with euros and an allocation that adds up to the budget", () => {
    const year = region.years[0]!.year;
    const json = toRegionJson(
      computeRegion([po, vo], { year, amount: 12_345_67, rule: "behoefte" }),
    ) as {
      format: string;
      calendarYears: { year: number; allocation?: { amount: number }[] }[];
    };
    expect(json.format).toBe("gesprekswijzer-regio/1");
    const shares = json.calendarYears.find((y) => y.year === year)!.allocation!;
    expect(Math.round(shares.reduce((s, a) => s + a.amount * 100, 0))).toBe(12_345_67);
  });
});
