/**
 * The Word (.docx) renderer of the document model, for the penvoerder who must fit the text into
 * the region's own template: headings use Word's heading styles (chapters are bookmarks, and
 * "zie bijlage B" is an internal link to them), tables are real Word tables with a repeating header
 * row, the chart is a table of coloured bars with its alternative text. The `docx` package is
 * heavy: the browser loads this module only on click (src/pdf/browser.ts).
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  HeadingLevel,
  InternalHyperlink,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { EMPTY, cellText, verbatim } from "../document/blocks.ts";
import type {
  Block,
  DocCell,
  DocModel,
  DocTable,
  Figure,
  Heading,
  Inline,
  Paragraph as DocParagraph,
  ParagraphStyle,
  Tone,
} from "../document/model.ts";
import { formatEuro } from "../lib/format.ts";

/** Font sizes in half points, by paragraph style. */
const SIZES: Record<ParagraphStyle, number> = {
  normal: 20,
  lead: 22,
  compact: 19,
  small: 16,
  footnote: 16,
  note: 16,
  label: 18,
  user: 19,
  kicker: 18,
  subtitle: 24,
  status: 20,
};

/** Colours (hex without #) by tone; the same shades as the PDF. */
const TONES: Record<Tone, string> = { warn: "8A4B00", accent: "2F5D9E", soft: "4A5568" };

/** The chart's series colours, as in the PDF's chart (document/chart.ts). */
const PALETTE = ["1F4E8C", "6F9BD1", "B9CDE8", "8A4B00", "4A5568"];

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** Text runs; a line break inside a run becomes a Word line break; a link becomes an internal hyperlink. */
function runs(
  inlines: readonly Inline[],
  options: { size?: number; italic?: boolean; bold?: boolean; color?: string } = {},
): ParagraphChild[] {
  return inlines.flatMap((r): ParagraphChild[] => {
    const run = typeof r === "string" ? { text: r } : r;
    const color =
      run.link !== undefined
        ? TONES.accent
        : run.tone !== undefined
          ? TONES[run.tone]
          : options.color;
    const parts = run.text.split("\n").map(
      (line, i) =>
        new TextRun({
          text: line,
          bold: run.bold === true || options.bold === true,
          italics: run.italic === true || options.italic === true,
          ...(options.size === undefined ? {} : { size: options.size }),
          ...(color === undefined ? {} : { color }),
          ...(run.link === undefined ? {} : { underline: {} }),
          ...(i > 0 ? { break: 1 } : {}),
        }),
    );
    return run.link === undefined
      ? parts
      : [new InternalHyperlink({ anchor: run.link, children: parts })];
  });
}

function alignment(align: "left" | "right"): (typeof AlignmentType)[keyof typeof AlignmentType] {
  return align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT;
}

function cellOf(
  c: DocCell,
  align: "left" | "right",
  options: { bold?: boolean; fill?: string; span?: number; first?: boolean } = {},
): TableCell {
  const text = cellText(c);
  const inline: Inline[] =
    typeof c === "object" && c.runs !== undefined
      ? c.runs
      : [text.trim() === "" && options.first === true ? EMPTY : text];
  const bold = options.bold === true || (typeof c === "object" && c.bold === true);
  const color = typeof c === "object" && c.tone !== undefined ? TONES[c.tone] : undefined;
  return new TableCell({
    ...(options.span !== undefined && options.span > 1 ? { columnSpan: options.span } : {}),
    ...(options.fill === undefined ? {} : { shading: { fill: options.fill } }),
    children: [
      new Paragraph({
        alignment: alignment(align),
        children: runs(inline, { size: 17, bold, ...(color === undefined ? {} : { color }) }),
      }),
    ],
  });
}

/** Paragraphs and tables for the blocks; numbered lists restart per list. */
class WordWriter {
  private listInstance = 0;
  /** The last heading's level in the model and as written (0 before the first); see heading(). */
  private lastHeading = { model: 0, word: 0 };
  readonly out: (Paragraph | Table)[] = [];

  write(blocks: readonly Block[], bullet?: { ordered: boolean; instance: number }): void {
    for (const block of blocks) this.block(block, bullet);
  }

  private heading(h: Heading): void {
    const text = new TextRun(h.text);
    const children =
      h.anchor === undefined ? [text] : [new Bookmark({ id: h.anchor, children: [text] })];
    if (h.cover === true) {
      this.out.push(new Paragraph({ heading: HeadingLevel.TITLE, children }));
      return;
    }
    // Word's navigation pane and screen readers expect no skipped levels, but page 1's small
    // headings (level 3 in the model) come before the first chapter: a heading is at most one
    // level deeper than the one before it, and siblings keep the same level.
    const last = this.lastHeading;
    const level = (
      h.level > last.model
        ? Math.min(h.level, last.word + 1)
        : h.level === last.model
          ? last.word
          : Math.min(h.level, last.word)
    ) as Heading["level"];
    this.lastHeading = { model: h.level, word: level };
    this.out.push(
      new Paragraph({
        heading: HEADINGS[level],
        keepNext: true,
        ...(h.newPage === true ? { pageBreakBefore: true } : {}),
        children,
      }),
    );
  }

  private paragraph(p: DocParagraph, bullet?: { ordered: boolean; instance: number }): void {
    const list =
      bullet === undefined
        ? {}
        : bullet.ordered
          ? { numbering: { reference: "genummerd", level: 0, instance: bullet.instance } }
          : { bullet: { level: 0 } };
    const color =
      p.tone === undefined ? (p.style === "kicker" ? TONES.accent : undefined) : TONES[p.tone];
    const inline =
      p.style === "user" ? p.runs.map((r) => (typeof r === "string" ? verbatim(r) : r)) : p.runs;
    this.out.push(
      new Paragraph({
        ...list,
        ...(p.indent === true ? { indent: { left: 240 } } : {}),
        children: runs(inline, {
          size: SIZES[p.style],
          italic: p.style === "note",
          bold: p.style === "label" || p.style === "kicker" || p.style === "status",
          ...(color === undefined ? {} : { color }),
        }),
      }),
    );
  }

  private table(t: DocTable): void {
    if (t.caption !== "")
      this.out.push(
        new Paragraph({ style: "Caption", keepNext: true, children: [new TextRun(t.caption)] }),
      );
    const rows: TableRow[] = [];
    if (t.header)
      rows.push(
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: t.columns.map((c) => cellOf(c.label, c.align, { bold: true, fill: "E9EFF8" })),
        }),
      );
    for (const row of t.rows) {
      if (row.kind === "heading") {
        rows.push(
          new TableRow({
            cantSplit: true,
            children: [cellOf(row.cells[0] ?? "", "left", { bold: true, span: t.columns.length })],
          }),
        );
        continue;
      }
      const emphasis =
        row.kind === "total"
          ? { bold: true, fill: "E9EFF8" }
          : row.kind === "subtotal"
            ? { bold: true }
            : {};
      // A table of labels and values: the label column is bold.
      rows.push(
        new TableRow({
          cantSplit: true,
          children: t.columns.map((c, i) =>
            cellOf(row.cells[i] ?? "", c.align, {
              ...emphasis,
              first: i === 0,
              ...(!t.header && i === 0 ? { bold: true } : {}),
            }),
          ),
        }),
      );
    }
    this.out.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
    for (const note of t.footnotes)
      this.out.push(
        new Paragraph({ children: runs([note], { size: SIZES.footnote, color: TONES.soft }) }),
      );
    this.out.push(new Paragraph({ children: [] }));
  }

  /** The chart as a table: per group a bar of coloured blocks per series, the legend above, the figures beside it. */
  private figure(f: Figure): void {
    this.out.push(
      new Paragraph({ style: "Caption", keepNext: true, children: [new TextRun(f.title)] }),
    );
    const { chart } = f;
    const legend = chart.series.flatMap((s, i) => [
      new TextRun({ text: "■ ", color: PALETTE[i % PALETTE.length] ?? "1F4E8C", size: 18 }),
      new TextRun({ text: `${s.label}   `, size: 16 }),
    ]);
    this.out.push(new Paragraph({ keepNext: true, children: legend }));
    const stacks = [...new Set(chart.series.map((s) => s.stack))];
    const totals = chart.groups.map((_, g) =>
      stacks.map((stack) =>
        chart.series
          .filter((s) => s.stack === stack)
          .reduce((sum, s) => sum + Math.max(0, s.values[g] ?? 0), 0),
      ),
    );
    const max = Math.max(1, ...totals.flat());
    const WIDTH = 40; // blocks for the longest bar
    const rows = chart.groups.flatMap((group, g) =>
      stacks.map((stack, s) => {
        const bar = chart.series.flatMap((series, i) => {
          if (series.stack !== stack) return [];
          const blocks = Math.round((Math.max(0, series.values[g] ?? 0) / max) * WIDTH);
          return blocks === 0
            ? []
            : [
                new TextRun({
                  text: "█".repeat(blocks),
                  color: PALETTE[i % PALETTE.length] ?? "1F4E8C",
                  size: 16,
                }),
              ];
        });
        return new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: 18, type: WidthType.PERCENTAGE },
              children: [
                new Paragraph({
                  children: [new TextRun({ text: s === 0 ? group : "", size: 17 })],
                }),
              ],
            }),
            new TableCell({
              width: { size: 64, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: bar })],
            }),
            new TableCell({
              width: { size: 18, type: WidthType.PERCENTAGE },
              children: [
                new Paragraph({
                  alignment: AlignmentType.RIGHT,
                  children: [new TextRun({ text: formatEuro(totals[g]?.[s] ?? 0), size: 17 })],
                }),
              ],
            }),
          ],
        });
      }),
    );
    const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
    this.out.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: {
          top: none,
          bottom: none,
          left: none,
          right: none,
          insideHorizontal: none,
          insideVertical: none,
        },
        rows,
      }),
    );
    this.out.push(
      new Paragraph({
        children: runs([`${f.caption} ${f.alt}`], { size: SIZES.small, color: TONES.soft }),
      }),
    );
  }

  private block(block: Block, bullet?: { ordered: boolean; instance: number }): void {
    switch (block.kind) {
      case "heading":
        return this.heading(block);
      case "paragraph":
        return this.paragraph(block, bullet);
      case "list": {
        const instance = ++this.listInstance;
        for (const item of block.items) {
          // The first paragraph of an item carries the bullet or number; the rest follow it.
          const [first, ...rest] = item;
          if (first !== undefined) this.write([first], { ordered: block.ordered, instance });
          this.write(rest);
        }
        return;
      }
      case "table":
        return this.table(block);
      case "figure":
        return this.figure(block);
      case "fields":
        for (const r of block.rows) {
          const value = verbatim(r.value);
          this.out.push(
            new Paragraph({
              indent: { left: 240 },
              children: [
                ...runs([{ text: `${r.label}: `, bold: true }], {
                  size: SIZES.label,
                  color: TONES.soft,
                }),
                ...runs([value === "" ? EMPTY : value], { size: SIZES.user }),
              ],
            }),
          );
        }
        return;
      case "signatures": {
        this.heading({ kind: "heading", level: 3, text: block.title });
        const rows = block.rows.map(
          (r) =>
            new TableRow({
              children: [cellOf(r.label, "left", { bold: true }), cellOf(r.value, "left")],
            }),
        );
        const line = { style: BorderStyle.SINGLE, size: 6, color: "1B2A41" };
        for (const signer of block.signers) {
          rows.push(
            new TableRow({
              children: [
                cellOf(signer, "left", { bold: true }),
                new TableCell({
                  borders: { bottom: line },
                  children: [new Paragraph({ children: [] }), new Paragraph({ children: [] })],
                }),
              ],
            }),
          );
        }
        this.out.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
        this.out.push(new Paragraph({ children: [] }));
        return;
      }
      case "keep":
        this.write(block.blocks, bullet);
        return;
    }
  }
}

/** The Word document of a document model (the proposal, the summary or the region's proposal). */
export function wordDocument(doc: DocModel): Document {
  const writer = new WordWriter();
  writer.write(doc.blocks);
  const landscape = doc.meta.orientation === "landscape";
  return new Document({
    creator: doc.meta.creator,
    title: doc.meta.title,
    description: doc.meta.subject,
    keywords: doc.meta.keywords,
    styles: {
      // The document's language (nl-NL) on every run, so Word checks the spelling in Dutch.
      default: {
        document: { run: { font: "Calibri", size: 20, language: { value: doc.meta.language } } },
      },
      paragraphStyles: [
        {
          id: "Caption",
          name: "Caption",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { bold: true, size: 18, color: "2F5D9E" },
          paragraph: { spacing: { before: 160, after: 60 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: "genummerd",
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START },
          ],
        },
      ],
    },
    // A4; docx swaps width and height itself for landscape.
    sections: [
      {
        properties: {
          page: {
            size: {
              width: 11906,
              height: 16838,
              ...(landscape ? { orientation: "landscape" as const } : {}),
            },
          },
        },
        children: writer.out,
      },
    ],
  });
}

/** The .docx bytes (Node: the command line and the tests). */
export async function wordBuffer(doc: DocModel): Promise<Buffer> {
  return Packer.toBuffer(wordDocument(doc));
}

/** The .docx as a Blob (browser). */
export async function wordBlob(doc: DocModel): Promise<Blob> {
  return Packer.toBlob(wordDocument(doc));
}
