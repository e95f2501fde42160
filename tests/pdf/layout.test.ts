// Page layout rules of both documents: headings never end a page, short tables stay with their
// footnotes (both without pdfmake's pageBreakBefore, which lays the document out twice), the
// running title stays on one line, wide year tables split into even parts.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { RUNNING_MAX, frame, runningTitle } from "../../src/pdf/blocks.ts";
import { chunkColumns } from "../../src/document/chunkColumns.ts";
import {
  bullets,
  chapter,
  col,
  document,
  heading,
  para,
  table,
} from "../../src/document/blocks.ts";
import type { Block, DocMeta } from "../../src/document/model.ts";
import { renderPdf } from "../../src/pdf/node/render.ts";
import { toPdfmake } from "../../src/pdf/pdfmake.ts";
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

const META: DocMeta = { ...FRAME, language: "nl-NL", orientation: "portrait" };

/** The text of each page of a PDF (poppler's pdftotext, as the browser tests use). */
function pagesOf(pdf: Buffer): string[] {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf, encoding: "utf8" })
    .split("\f")
    .map((page) => page.replace(/\s+/g, " "));
}

const SECTIONS = 24;

const COLUMNS = [col("Post"), col("Aantal", 60, "right")];
const rows = (n: number, tag: string): string[][] =>
  Array.from({ length: n }, (_, i) => [`${tag} rij ${i}`, `${i}`]);

/** What follows a section's heading, and the texts to find: its first line and (with footnotes) its last row. */
const FOLLOWERS: ((k: number) => [Block[], string, string?])[] = [
  (k) => [
    [table(COLUMNS, rows(40, `lang ${k}`), { caption: `Lange tabel ${k}` })],
    `lang ${k} rij 0`,
  ],
  (k) => [
    [
      table(COLUMNS, rows(6, `kort ${k}`), {
        caption: `Korte tabel ${k}`,
        footnotes: [`Voetnoot ${k}`],
      }),
    ],
    `Korte tabel ${k}`,
    `kort ${k} rij 5`,
  ],
  (k) => [[bullets([`Punt ${k}.1`, `Punt ${k}.2`, `Punt ${k}.3`])], `Punt ${k}.1`],
  (k) => [
    [heading(`Onderkop ${k}`, 3), table(COLUMNS, rows(12, `onder ${k}`))],
    `onder ${k} rij 0`,
  ],
];

const follower = (k: number): ((k: number) => [Block[], string, string?]) =>
  FOLLOWERS[k % FOLLOWERS.length]!;

/**
 * Sections whose headings land all over the page: a varying number of filler lines, then a heading
 * with a long table, a short table with footnotes, a list, or a heading right under a heading.
 */
function sections(): Block[] {
  return Array.from({ length: SECTIONS }, (_, k): Block[] => [
    ...Array.from({ length: 3 + ((k * 7) % 23) }, (_, i) =>
      para(`Vulregel ${k}.${i}`, i % 2 === 0 ? "normal" : "compact"),
    ),
    heading(`Kop ${k}`),
    ...follower(k)(k)[0],
  ]).flat();
}

describe("page layout in one pass", () => {
  it("leaves pdfmake's pageBreakBefore unused (each use lays out the whole document again)", () => {
    expect(frame([], FRAME).pageBreakBefore).toBeUndefined();
  });

  it("never ends a page with a heading", async () => {
    const pages = pagesOf(await renderPdf(toPdfmake(document(META, sections()))));
    expect(pages.length).toBeGreaterThan(10);
    /** The page (1-based) on which `text` appears as a whole word group. */
    const pageOf = (text: string): number =>
      pages.findIndex((page) => new RegExp(`${text}(?![\\d.])`).test(page)) + 1;
    for (let k = 0; k < SECTIONS; k++) {
      const [, after] = follower(k)(k);
      // the first line after the heading (a heading run counts as one) is on the heading's page
      expect({ heading: k, page: pageOf(`Kop ${k}`) }).toEqual({ heading: k, page: pageOf(after) });
    }
  });

  it("keeps a short table on the page of its footnotes wherever the page ends", async () => {
    // Each part starts a page; 28 lines, of which one more per part is compact instead of normal
    // (4.5 pt shorter), so the end of the table sweeps over the page foot.
    const blocks = Array.from({ length: 12 }, (_, j): Block[] => [
      chapter(`Deel ${j}`, { newPage: true }),
      ...Array.from({ length: 28 }, (_, i) =>
        para(`Regel ${j}.${i}`, i >= 16 && i - 16 < j ? "compact" : "normal"),
      ),
      table(COLUMNS, rows(6, `deel ${j}`), { caption: `Tabel ${j}`, footnotes: [`Noot ${j}`] }),
    ]).flat();
    const pages = pagesOf(await renderPdf(toPdfmake(document(META, blocks))));
    const pageOf = (text: string): number =>
      pages.findIndex((page) => new RegExp(`${text}(?![\\d.])`).test(page)) + 1;
    for (let j = 0; j < 12; j++)
      expect({ part: j, page: pageOf(`Noot ${j}`) }).toEqual({
        part: j,
        page: pageOf(`deel ${j} rij 5`),
      });
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
