// Page layout rules of both documents: headings never end a page, tables move with their
// footnotes, the running title stays on one line, wide year tables split into even parts.
import type { Node, NodeQueries } from "pdfmake/interfaces";
import { describe, expect, it } from "vitest";
import { RUNNING_MAX, frame, runningTitle } from "../../src/pdf/blocks.ts";
import { chunkColumns } from "../../src/document/chunkColumns.ts";
import type { Table } from "../../src/report/index.ts";

const FRAME = {
  title: "t",
  subject: "s",
  author: "a",
  keywords: "k",
  creator: "c",
  running: "r",
  status: "Concept",
};
const pageBreakBefore = frame([], FRAME).pageBreakBefore!;

/** A fake layout node: what pdfmake passes to pageBreakBefore. */
function node(props: Partial<Node> & { ratio?: number }): Node {
  const { ratio = 0.8, ...rest } = props;
  return {
    pageNumbers: [3],
    pages: 9,
    stack: false,
    startPosition: {
      pageNumber: 3,
      top: 600,
      left: 56,
      verticalRatio: ratio,
      horizontalRatio: 0,
      pageOrientation: "portrait",
      pageInnerHeight: 722,
      pageInnerWidth: 483,
    },
    ...rest,
  };
}

/** Fake queries: the nodes after this one on its page, the nodes on the next page, the nodes before. */
function queries(following: Node[], next: Node[], previous: Node[] = [node({})]): NodeQueries {
  return {
    getFollowingNodesOnPage: () => following,
    getNodesOnNextPage: () => next,
    getPreviousNodesOnPage: () => previous,
  };
}

describe("pageBreakBefore", () => {
  const footnote = node({ style: "footnote" });
  const cellText = node({ text: "€ 1.000" });
  const otherTable = node({ table: { body: [] } });
  it.each([
    // a heading with nothing after it on its page moves to the next page
    {
      label: "heading at the page foot",
      n: node({ headlineLevel: 2 }),
      q: queries([], [cellText]),
      expected: true,
    },
    // a heading followed by text on the same page stays
    {
      label: "heading with text after it",
      n: node({ headlineLevel: 2 }),
      q: queries([cellText], []),
      expected: false,
    },
    // a one-page table whose footnotes start the next page goes with them
    {
      label: "table before its footnotes",
      n: node({ table: { body: [] } }),
      q: queries([cellText], [footnote]),
      expected: true,
    },
    // ... but not when it already starts near the top of its page
    {
      label: "table at the top of a page",
      n: node({ table: { body: [] }, ratio: 0.1 }),
      q: queries([cellText], [footnote]),
      expected: false,
    },
    // ... and not when another table follows it on the page (the footnotes are that table's)
    {
      label: "table followed by another table",
      n: node({ table: { body: [] } }),
      q: queries([cellText, otherTable], [footnote]),
      expected: false,
    },
    // a table spanning pages stays where it is
    {
      label: "table over two pages",
      n: node({ table: { body: [] }, pageNumbers: [3, 4] }),
      q: queries([cellText], [footnote]),
      expected: false,
    },
    // ordinary text never breaks
    { label: "a paragraph", n: cellText, q: queries([], [footnote]), expected: false },
  ])("$label", ({ n, q, expected }) => {
    expect(pageBreakBefore(n, q)).toBe(expected);
  });
});

describe("runningTitle", () => {
  it.each([
    // short: unchanged
    { text: "Voorstel financiering 2025-2026 · Opleidingsschool Oost", shortened: false },
    // long: cut to the maximum with an ellipsis, so the header stays on one line
    {
      text: `Voorstel financiering 2025-2026 · ${"Samenwerkingsverband ".repeat(6)}`,
      shortened: true,
    },
  ])("$text", ({ text, shortened }) => {
    const out = runningTitle(text);
    expect(Array.from(out).length).toBeLessThanOrEqual(RUNNING_MAX);
    expect(out.endsWith("…")).toBe(shortened);
    if (!shortened) expect(out).toBe(text);
  });
});

describe("chunkColumns", () => {
  const yearTable = (n: number): Table => ({
    caption: "Meerjarenoverzicht",
    columns: [
      { label: "Schooljaar", align: "left" },
      ...Array.from({ length: n }, (_, i) => ({ label: `${2024 + i}`, align: "right" as const })),
    ],
    rows: [
      {
        cells: ["Totale kosten", ...Array.from({ length: n }, (_, i) => `€ ${i}`)],
        values: [null, ...Array.from({ length: n }, (_, i) => i)],
      },
    ],
    footnotes: ["voetnoot"],
  });
  it.each([
    // fits: one part
    { years: 5, parts: [5] },
    // six years: 3 + 3, never 5 + 1
    { years: 6, parts: [3, 3] },
    // seven years: 4 + 3
    { years: 7, parts: [4, 3] },
    // eleven years: 4 + 4 + 3
    { years: 11, parts: [4, 4, 3] },
  ])("$years years", ({ years, parts }) => {
    const out = chunkColumns(yearTable(years), 5);
    expect(out.map((t) => t.columns.length - 1)).toEqual(parts);
    // every year appears once, in order, with its value; the footnotes come after the last part
    expect(out.flatMap((t) => t.rows[0]!.values!.slice(1))).toEqual(
      Array.from({ length: years }, (_, i) => i),
    );
    expect(out.filter((t) => t.footnotes !== undefined)).toHaveLength(1);
  });
});
