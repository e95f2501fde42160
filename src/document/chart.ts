/**
 * A bar chart of a report BarChart as an SVG string: drawn by pdfmake in the PDF and shown as an
 * image (with the chart's description as its text alternative) in the HTML preview.
 */
import type { BarChart } from "../report/index.ts";
import { formatEuro } from "../lib/format.ts";

const PALETTE = ["#1f4e8c", "#6f9bd1", "#b9cde8", "#8a4b00", "#4a5568"];

/** Escapes text for SVG (labels come from data, never markup). */
function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A round step for about four gridlines up to `max`. */
export function niceStep(max: number): number {
  if (!(max > 0)) return 1;
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw);
  return step ?? 10 * power;
}

/** The chart as SVG: y axis in euros, one bar per stack in every group, a legend on top. */
export function barChartSvg(chart: BarChart, width = 480, height = 180): string {
  const stacks = [...new Set(chart.series.map((s) => s.stack))];
  const totals = chart.groups.map((_, g) =>
    stacks.map((stack) =>
      chart.series
        .filter((s) => s.stack === stack)
        .reduce((sum, s) => sum + Math.max(0, s.values[g] ?? 0), 0),
    ),
  );
  const max = Math.max(0, ...totals.flat());
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const left = 74;
  const plotTop = 30;
  const plotBottom = height - 22;
  const plotHeight = plotBottom - plotTop;
  const plotWidth = width - left - 6;
  const groupWidth = plotWidth / Math.max(1, chart.groups.length);
  const barWidth = Math.min(34, (groupWidth * 0.7) / Math.max(1, stacks.length));
  const y = (value: number): number => plotBottom - (value / top) * plotHeight;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Roboto, Arial, sans-serif">`,
  );
  for (let v = 0; v <= top + step / 2; v += step) {
    const gy = y(v).toFixed(1);
    parts.push(
      `<line x1="${left}" y1="${gy}" x2="${width - 6}" y2="${gy}" stroke="#c9d3e0" stroke-width="0.6"/>`,
    );
    parts.push(
      `<text x="${left - 5}" y="${(y(v) + 3).toFixed(1)}" font-size="8" text-anchor="end" fill="#4a5568">${esc(formatEuro(v))}</text>`,
    );
  }
  chart.groups.forEach((group, g) => {
    const groupStart =
      left + g * groupWidth + (groupWidth - barWidth * stacks.length - 4 * (stacks.length - 1)) / 2;
    stacks.forEach((stack, s) => {
      let base = 0;
      const x = groupStart + s * (barWidth + 4);
      chart.series.forEach((series, i) => {
        if (series.stack !== stack) return;
        const value = Math.max(0, series.values[g] ?? 0);
        if (value === 0) return;
        const y1 = y(base + value);
        const h = y(base) - y1;
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y1.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${PALETTE[i % PALETTE.length]}"/>`,
        );
        base += value;
      });
    });
    parts.push(
      `<text x="${(left + g * groupWidth + groupWidth / 2).toFixed(1)}" y="${height - 8}" font-size="8" text-anchor="middle" fill="#1b2a41">${esc(group)}</text>`,
    );
  });
  let lx = left;
  chart.series.forEach((series, i) => {
    parts.push(
      `<rect x="${lx}" y="8" width="10" height="10" fill="${PALETTE[i % PALETTE.length]}"/>`,
    );
    parts.push(
      `<text x="${lx + 14}" y="16.5" font-size="8.5" fill="#1b2a41">${esc(series.label)}</text>`,
    );
    lx += 24 + series.label.length * 4.6;
  });
  parts.push("</svg>");
  return parts.join("");
}
