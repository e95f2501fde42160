// Bar geometry: bars scale to the largest value, stacks sit end to end, negatives go left of zero.
import { describe, expect, it } from "vitest";
import { layoutChart } from "../../../src/components/results/chartLayout.ts";
import type { BarChart } from "../../../src/report/index.ts";

const chart = (series: BarChart["series"], groups = ["a", "b"]): BarChart => ({
  title: "t",
  description: "d",
  groups,
  series,
  table: { caption: "c", columns: [], rows: [] },
});

describe("layoutChart", () => {
  it("stacks the income series end to end and scales to the largest bar", () => {
    const layout = layoutChart(
      chart([
        { key: "costs", label: "Kosten", stack: "costs", values: [100, 200] },
        { key: "subsidy", label: "Subsidie", stack: "income", values: [50, 60] },
        { key: "other", label: "Overig", stack: "income", values: [25, 0] },
      ]),
      { costs: "Kosten", income: "Inkomsten" },
      420,
    );
    const [a, b] = layout.groups;
    const income = a!.bars[1]!;
    expect(income.label).toBe("Inkomsten");
    expect(income.segments).toHaveLength(2);
    expect(income.segments[1]!.x).toBeCloseTo(income.segments[0]!.x + income.segments[0]!.width);
    // the largest bar (200) fills the bar area; 100 fills half of it
    const full = b!.bars[0]!.segments[0]!.width;
    expect(a!.bars[0]!.segments[0]!.width).toBeCloseTo(full / 2);
    // a zero value draws no segment
    expect(b!.bars[1]!.segments).toHaveLength(1);
  });

  it("draws a negative value to the left of the zero line and prints it", () => {
    const layout = layoutChart(
      chart([{ key: "ownInvestment", label: "Eigen", stack: "x", values: [300, -100] }]),
      {},
      400,
    );
    const neg = layout.groups[1]!.bars[0]!;
    expect(neg.segments[0]!.x + neg.segments[0]!.width).toBeCloseTo(layout.zeroX);
    expect(neg.valueText).toMatch(/\u2212€\s100/);
    expect(layout.labelWidth).toBe(0);
  });

  it("never gets narrower than 280 units and handles all-zero data", () => {
    const layout = layoutChart(
      chart([{ key: "k", label: "K", stack: "s", values: [0, 0] }]),
      {},
      100,
    );
    expect(layout.width).toBe(280);
    expect(layout.groups.every((g) => g.bars.every((bar) => bar.segments.length === 0))).toBe(true);
    expect(Number.isFinite(layout.height)).toBe(true);
  });
});
