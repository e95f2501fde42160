// @vitest-environment happy-dom
// The charts are accessible images (role="img" with <title>/<desc>) with their numbers as a table beside them.
import { cleanup, render } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import BarChart from "../../../src/components/results/BarChart.svelte";
import { moneyStories, ownInvestmentPerPartner, storyChart } from "../../../src/report/index.ts";
import { example } from "../../report/helpers.ts";

afterEach(cleanup);
const po = example("po");

describe.each([
  // the money story: three school years, one bar each (the costs) in four parts, with a legend
  { id: "verhaal", chart: storyChart(moneyStories(po.result), po.planYear), bars: 3, legend: 4 },
  // one bar per partner, no legend (a single series)
  {
    id: "eigen",
    chart: ownInvestmentPerPartner(po.session, po.result, po.planYear),
    bars: 4,
    legend: 0,
  },
])("chart $id", ({ id, chart, bars, legend }) => {
  it("is an image labelled by its title and description", () => {
    const { container } = render(BarChart, {
      props: { id, chart, stackLabels: { costs: "Kosten", income: "Inkomsten" } },
    });
    const svg = container.querySelector('svg[role="img"]')!;
    expect(svg).not.toBeNull();
    expect(svg.getAttribute("aria-labelledby")).toBe(`${id}-title ${id}-desc`);
    expect(svg.querySelector("title")?.textContent).toBe(chart.title);
    expect(svg.querySelector("desc")?.textContent).toBe(chart.description);
    expect(container.querySelector(`#${id}-title`)).not.toBeNull();
  });

  it("prints every bar's amount and has the table with the same numbers", () => {
    const { container } = render(BarChart, { props: { id, chart } });
    const values = [...container.querySelectorAll("svg[role='img'] text.value")].map(
      (t) => t.textContent,
    );
    expect(values).toHaveLength(bars);
    const table = container.querySelector("details table")!;
    expect(table).not.toBeNull();
    const cells = [...table.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("th, td")].map((c) => c.textContent),
    );
    expect(cells).toEqual(chart.table.rows.map((r) => r.cells));
    // the amounts printed in the chart appear in the table too
    const tableText = cells.flat().join(" ");
    for (const v of values) expect(tableText).toContain(v);
    expect(container.querySelectorAll(".legend li")).toHaveLength(legend);
  });
});
