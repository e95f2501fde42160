// Hours and FTE per role (÷ 1 659, the normjaartaak) and the cost per student beside the ECBO 2021 ranges.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeResult } from "../../src/engine/index.ts";
import { validSession } from "../engine/arbitrary.ts";
import {
  ECBO_2021,
  costPerStudentTable,
  fteOf,
  moneyStories,
  partnerWorkloadTable,
  rangeVerdict,
  takesPartIn,
  workloadTable,
} from "../../src/report/index.ts";
import { example, row, value } from "./helpers.ts";
import { expectShownSumsHold, shownHundredths } from "./shownSums.ts";

/** The shown cells of a row from column `from` on, in hundredths. */
const shown = (cells: readonly string[], from: number, to: number): number[] =>
  cells.slice(from, to).map((c) => shownHundredths(c) ?? NaN);
const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

describe.each(["po", "vo"] as const)("workload and cost per student, example %s", (name) => {
  const { result, planYear } = example(name);

  it("hours per role are the engine's, FTE is hours ÷ 1 659, and the totals add up", () => {
    const table = workloadTable(result, planYear);
    result.years.forEach((y, i) => {
      const col = i + 1;
      const hours = ["Werkplekbegeleiders", "Schoolopleiders", "Instituutsopleiders"].map((label) =>
        table.rows.filter((r) => r.cells[0]!.startsWith(label)),
      );
      expect(hours.map((rows) => value(rows[0]!, col))).toEqual([
        y.hours.WPB,
        y.hours.SO,
        y.hours.IO,
      ]);
      expect(hours.map((rows) => value(rows[1]!, col))).toEqual([
        y.hours.WPB / 1659,
        y.hours.SO / 1659,
        y.hours.IO / 1659,
      ]);
      expect(value(row(table, "Totaal fte"), col)).toBeCloseTo(
        fteOf(y.hours.WPB + y.hours.SO + y.hours.IO),
        10,
      );
    });
    expect(table.footnotes?.[0]).toContain("normjaartaak");
  });

  it.each(example(name).result.years.map((y) => y.year))(
    "hours and FTE per partner in %s: the engine's breakdown, rows and columns add up as shown, role totals as in the role table",
    (year) => {
      const { session } = example(name);
      const y = result.years.find((x) => x.year === year)!;
      const table = partnerWorkloadTable(session, result, year);
      const partners = table.rows.slice(0, -1);
      // One row per partner that takes part in the year, in the session's order.
      const taking = session.partners.filter((p) => takesPartIn(p, year));
      expect(partners).toHaveLength(taking.length);
      const total = table.rows.at(-1)!;
      // Exact values are the engine's hours per partner and role; FTE is hours ÷ 1 659.
      partners.forEach((r, i) => {
        const b = y.breakdown.partners.find((p) => p.id === taking[i]!.id)!;
        expect(r.values!.slice(1, 4)).toEqual([b.hours.WPB, b.hours.SO, b.hours.IO]);
        expect(value(r, 7)).toBeCloseTo(fteOf(b.hours.IO), 12);
        // Each row: the shown roles add up to the shown partner total, in hours and in FTE.
        expect(sum(shown(r.cells, 1, 4)), `rij ${i}`).toBe(shown(r.cells, 4, 5)[0]);
        expect(sum(shown(r.cells, 5, 8)), `rij ${i}`).toBe(shown(r.cells, 8, 9)[0]);
      });
      expect(sum(shown(total.cells, 1, 4))).toBe(shown(total.cells, 4, 5)[0]);
      // Each column adds up to the total row, and the role totals are the role table's shown cells of that year.
      for (let col = 1; col <= 8; col++)
        expect(sum(partners.map((r) => shown(r.cells, col, col + 1)[0]!))).toBe(
          shown(total.cells, col, col + 1)[0],
        );
      const roles = workloadTable(result, planYear);
      const column = result.years.indexOf(y) + 1;
      const roleCells = (from: number): string[] =>
        roles.rows.slice(from, from + 3).map((r) => r.cells[column]!);
      expect(total.cells.slice(1, 4)).toEqual(roleCells(1));
      expect(total.cells.slice(5, 8)).toEqual(roleCells(6));
    },
  );

  it("cost per counted student uses the story's shown costs and subsidy, and names the source with its section", () => {
    const table = costPerStudentTable(result, planYear);
    const stories = moneyStories(result);
    result.years.forEach((y, i) => {
      const per = value(row(table, "Totale kosten per student"), i + 1);
      expect(per).toBe(Math.round(stories[i]!.costs.euros / y.students.countable));
      const above = value(row(table, "Kosten boven de subsidie per student"), i + 1);
      expect(above).toBe(
        Math.round((stories[i]!.costs.euros - stories[i]!.parts[0]!.euros) / y.students.countable),
      );
    });
    expect(table.footnotes?.join(" ")).toContain(
      "De meerwaarde van Samen Opleiden & Professionaliseren (ECBO, 2021), hoofdstuk 2.2",
    );
  });
});

describe("hours and FTE over 300 random sessions", () => {
  it("every shown total is the sum of its shown parts, and each partner's roles add up to its total", () => {
    fc.assert(
      fc.property(validSession, (session) => {
        const result = computeResult(session);
        expectShownSumsHold(workloadTable(result));
        for (const { year } of result.years) {
          const table = partnerWorkloadTable(session, result, year);
          expectShownSumsHold(table);
          for (const r of table.rows) {
            expect(sum(shown(r.cells, 1, 4))).toBe(shown(r.cells, 4, 5)[0]);
            expect(sum(shown(r.cells, 5, 8))).toBe(shown(r.cells, 8, 9)[0]);
          }
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});

describe("ranges", () => {
  it("ship the ECBO 2021 figures", () => {
    expect(ECBO_2021.ranges.total).toMatchObject({ low: 1500, high: 1850 });
    expect(ECBO_2021.ranges.extra).toMatchObject({ low: 700, high: 4900 });
  });

  it.each([
    { value: 600, verdict: "onder" },
    { value: 700, verdict: "binnen" },
    { value: 4900, verdict: "binnen" },
    { value: 5000, verdict: "boven" },
    { value: null, verdict: "–" },
  ])("€ $value is $verdict the range of extra costs", ({ value: v, verdict }) => {
    expect(rangeVerdict(v, ECBO_2021.ranges.extra).startsWith(verdict)).toBe(true);
  });
});
