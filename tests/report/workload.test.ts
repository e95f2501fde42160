// Hours and FTE per role (÷ 1 659, the normjaartaak) and the cost per student beside the ECBO 2021 ranges.
import { describe, expect, it } from "vitest";
import { ECBO_2021, costPerStudentTable, fteOf, moneyStories, rangeVerdict, workloadTable } from "../../src/report/index.ts";
import { example, row, value } from "./helpers.ts";

describe.each(["po", "vo"] as const)("workload and cost per student, example %s", (name) => {
  const { result, planYear } = example(name);

  it("hours per role are the engine's, FTE is hours ÷ 1 659, and the totals add up", () => {
    const table = workloadTable(result, planYear);
    result.years.forEach((y, i) => {
      const col = i + 1;
      const hours = ["Werkplekbegeleiders", "Schoolopleiders", "Instituutsopleiders"].map((label) => table.rows.filter((r) => r.cells[0]!.startsWith(label)));
      expect(hours.map((rows) => value(rows[0]!, col))).toEqual([y.hours.WPB, y.hours.SO, y.hours.IO]);
      expect(hours.map((rows) => value(rows[1]!, col))).toEqual([y.hours.WPB / 1659, y.hours.SO / 1659, y.hours.IO / 1659]);
      expect(value(row(table, "Totaal fte"), col)).toBeCloseTo(fteOf(y.hours.WPB + y.hours.SO + y.hours.IO), 10);
    });
    expect(table.footnotes?.[0]).toContain("normjaartaak");
  });

  it("cost per counted student uses the story's shown costs and subsidy, and names the source with its section", () => {
    const table = costPerStudentTable(result, planYear);
    const stories = moneyStories(result);
    result.years.forEach((y, i) => {
      const per = value(row(table, "Totale kosten per student"), i + 1);
      expect(per).toBe(Math.round(stories[i]!.costs.euros / y.students.countable));
      const above = value(row(table, "Kosten boven de subsidie per student"), i + 1);
      expect(above).toBe(Math.round((stories[i]!.costs.euros - stories[i]!.parts[0]!.euros) / y.students.countable));
    });
    expect(table.footnotes?.join(" ")).toContain("De meerwaarde van Samen Opleiden & Professionaliseren (ECBO, 2021), hoofdstuk 2.2");
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
