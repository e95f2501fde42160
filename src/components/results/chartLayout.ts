/**
 * Geometry of a horizontal bar chart (pure, so it can be tested without a DOM). Each group gets a
 * label line and one bar per stack; a bar's segments are the stack's series; the value column
 * prints each bar's total, so the chart never relies on colour alone.
 */
import { formatEuro } from "../../lib/format.ts";
import type { BarChart } from "../../report/index.ts";

/** One coloured part of a bar. */
export interface Segment {
  key: string;
  x: number;
  width: number;
}

/** One bar: its stack label, position, segments and the printed total. */
export interface BarLayout {
  label: string;
  y: number;
  segments: Segment[];
  valueText: string;
}

/** One group (a school year or a partner) with its bars. */
export interface GroupLayout {
  label: string;
  y: number;
  bars: BarLayout[];
}

/** Everything the SVG needs. */
export interface ChartLayout {
  width: number;
  height: number;
  barHeight: number;
  labelWidth: number;
  zeroX: number;
  valueX: number;
  groups: GroupLayout[];
}

const VALUE_COLUMN = 100;
const BAR = 18;
const LINE = 20;
const GAP = 12;

/**
 * Lays out a chart model `width` user units wide (the component passes its pixel width, so text
 * stays at its real size on a phone); `stackLabels` names each stack ("Kosten", "Inkomsten").
 */
export function layoutChart(
  chart: BarChart,
  stackLabels: Record<string, string> = {},
  width = 420,
): ChartLayout {
  const WIDTH = Math.max(280, Math.round(width));
  const stacks = [...new Set(chart.series.map((s) => s.stack))];
  const labelWidth = stacks.length > 1 ? 80 : 0;
  const totals = chart.groups.map((_, g) =>
    stacks.map((stack) =>
      chart.series.filter((s) => s.stack === stack).reduce((sum, s) => sum + (s.values[g] ?? 0), 0),
    ),
  );
  const all = totals.flat();
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const barLeft = labelWidth;
  const barWidth = WIDTH - VALUE_COLUMN - labelWidth - 8;
  const scale = (v: number): number => (v / span) * barWidth;
  const zeroX = barLeft + scale(-min);
  let y = 0;
  const groups: GroupLayout[] = chart.groups.map((label, g) => {
    const group: GroupLayout = { label, y: y + 14, bars: [] };
    y += LINE;
    stacks.forEach((stack, k) => {
      let pos = 0;
      let neg = 0;
      const segments: Segment[] = [];
      for (const s of chart.series.filter((x) => x.stack === stack)) {
        const v = s.values[g] ?? 0;
        if (v === 0) continue;
        const w = scale(Math.abs(v));
        if (v > 0) {
          segments.push({ key: s.key, x: zeroX + scale(pos), width: w });
          pos += v;
        } else {
          neg += Math.abs(v);
          segments.push({ key: s.key, x: zeroX - scale(neg), width: w });
        }
      }
      group.bars.push({
        label: stackLabels[stack] ?? "",
        y,
        segments,
        valueText: formatEuro(totals[g]![k]!),
      });
      y += BAR + 4;
    });
    y += GAP;
    return group;
  });
  return {
    width: WIDTH,
    height: Math.max(y, 1),
    barHeight: BAR,
    labelWidth,
    zeroX,
    valueX: WIDTH - 2,
    groups,
  };
}
