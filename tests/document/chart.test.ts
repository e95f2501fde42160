// The chart of the documents as SVG: round gridline steps, escaped labels, one bar per value.
import { describe, expect, it } from "vitest";
import { barChartSvg, niceStep } from "../../src/document/chart.ts";

describe("chart", () => {
  it.each([
    // about four gridlines with round steps
    { max: 1_459_324, step: 500_000 },
    { max: 729_864, step: 200_000 },
    { max: 0, step: 1 },
  ])("niceStep($max) = $step", ({ max, step }) => {
    expect(niceStep(max)).toBe(step);
  });

  it("escapes labels and draws one bar per series value", () => {
    const svg = barChartSvg({
      title: "t",
      description: "d",
      groups: ["2025-2026", "<b>&"],
      series: [
        { key: "a", label: "Kosten", stack: "a", values: [100, 200] },
        { key: "b", label: "Subsidie", stack: "b", values: [50, 0] },
      ],
      table: { caption: "", columns: [], rows: [] },
    });
    expect(svg).toContain("&lt;b&gt;&amp;");
    expect(svg).not.toContain("<b>");
    expect(svg.match(/<rect /g)?.length).toBe(3 + 2); // three bars (a zero bar is skipped) and two legend keys
  });
});
