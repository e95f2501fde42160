// The HTML preview tree and the chart: same content as the PDF, clean heading levels, text only.
import { describe, expect, it } from "vitest";
import { computeResult } from "../../src/engine/index.ts";
import { breakable, rowsFitOnAPage } from "../../src/pdf/blocks.ts";
import { barChartSvg, niceStep } from "../../src/pdf/chart.ts";
import { type PreviewNode, toPreview } from "../../src/pdf/preview.ts";
import { buildProposal } from "../../src/pdf/proposal.ts";
import { CARDS, example } from "./helpers.ts";

function flatten(nodes: PreviewNode[]): PreviewNode[] {
  return nodes.flatMap((n) => [n, ...(n.kind === "group" ? flatten(n.children) : n.kind === "list" ? n.items.flatMap(flatten) : [])]);
}

describe("toPreview", () => {
  const session = example("vo");
  const doc = buildProposal(session, computeResult(session), CARDS, { final: false, date: new Date(2026, 10, 23), toolVersion: "1" });
  const nodes = flatten(toPreview(doc.content, 3));

  it("never skips a heading level and starts at the given level", () => {
    const levels = nodes.filter((n) => n.kind === "heading").map((n) => (n.kind === "heading" ? n.level : 0));
    expect(levels[0]).toBe(3);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 3) + 1);
      expect(level).toBeGreaterThanOrEqual(3);
    });
  });

  it("keeps tables with their header and drops pdfmake's colSpan placeholders", () => {
    const budget = nodes.find((n) => n.kind === "table" && n.header.some((c) => c.text === "Post"));
    expect(budget?.kind).toBe("table");
    if (budget?.kind !== "table") return;
    const section = budget.rows.find((r) => r[0]?.section === true);
    expect(section).toHaveLength(1);
    expect(section?.[0]?.colSpan).toBe(2);
  });

  it.each([
    // a plain string becomes a paragraph
    { input: "Tekst", expected: [{ kind: "para", runs: [{ text: "Tekst" }], tone: "normal" }] },
    // inline bold runs survive
    { input: { text: [{ text: "Vraag. ", bold: true }, "Rest"] }, expected: [{ kind: "para", runs: [{ text: "Vraag. ", bold: true }, { text: "Rest" }], tone: "normal" }] },
    // decoration (canvas) is left out
    { input: { canvas: [] }, expected: [] },
  ])("converts $input", ({ input, expected }) => {
    expect(toPreview(input as never)).toEqual(expected);
  });
});

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

describe("long text", () => {
  it.each([
    // ordinary words stay as they are
    { text: "Een gewone zin.", expected: "Een gewone zin." },
    // a word of more than 30 characters gets a zero-width break every 24 characters
    { text: "a".repeat(50), expected: `${"a".repeat(24)}\u200b${"a".repeat(24)}\u200b${"aa"}` },
  ])("breakable($text)", ({ text, expected }) => {
    expect(breakable(text)).toBe(expected);
  });

  it.each([
    // short cells: rows are never split
    { rows: [["kort", "€ 1"]], fits: true },
    // a note of 200 lines cannot fit in one unsplittable row: the row may split instead
    { rows: [["label", Array.from({ length: 200 }, () => "regel").join("\n")]], fits: false },
  ])("rowsFitOnAPage → $fits", ({ rows, fits }) => {
    expect(rowsFitOnAPage(rows)).toBe(fits);
  });
});
