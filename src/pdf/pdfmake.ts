/**
 * The pdfmake renderer of the document model (src/document/model.ts): the PDF of the browser
 * download and of the command line. Layout rules live here and in blocks.ts: headings never end a
 * page, kept blocks are unbreakable, tables repeat their header, page 1 is dense. Internal links
 * ("zie bijlage B") become links to named destinations; chapters become bookmarks (tagging.ts).
 */
import type {
  Content,
  ContentOrderedList,
  ContentStack,
  ContentUnorderedList,
  TableCell,
  TDocumentDefinitions,
} from "pdfmake/interfaces";
import { EMPTY, cellText, estimateLines, verbatim } from "../document/blocks.ts";
import { barChartSvg } from "../document/chart.ts";
import type {
  Block,
  DocCell,
  DocModel,
  DocTable,
  Fields,
  Heading,
  Inline,
  Paragraph,
  Signatures,
  Tone,
} from "../document/model.ts";
import {
  A4,
  COLORS,
  COMPACT_LAYOUT,
  PAGE_MARGINS,
  TABLE_LAYOUT,
  STYLES,
  breakable,
  frame,
  rowsFitOnAPage,
  table,
} from "./blocks.ts";

type Obj = Record<string, unknown>;

const TONES: Record<Tone, string> = { warn: COLORS.warn, accent: COLORS.accent, soft: COLORS.soft };

/** Inline runs as pdfmake text; a link points at a named destination (a heading's `id`). */
function inline(runs: readonly Inline[], wrap = false): (string | Obj)[] {
  return runs.map((r) => {
    if (typeof r === "string") return wrap ? breakable(r) : r;
    const out: Obj = { text: wrap ? breakable(r.text) : r.text };
    if (r.bold === true) out.bold = true;
    if (r.italic === true) out.italics = true;
    if (r.tone !== undefined) out.color = TONES[r.tone];
    if (r.link !== undefined) {
      out.linkToDestination = r.link;
      out.color = COLORS.accent;
      out.decoration = "underline";
    }
    return out;
  });
}

/** One run as plain text, several as an array (keeps simple paragraphs simple for pdfmake). */
function textOf(runs: readonly Inline[], wrap = false): string | (string | Obj)[] {
  const parts = inline(runs, wrap);
  return parts.length === 1 && typeof parts[0] === "string" ? parts[0] : parts;
}

/** Paragraph styles: named styles of blocks.ts plus the dense sizes of page 1. */
function paragraph(p: Paragraph, inList: boolean): Content {
  const user = p.style === "user";
  const out: Obj = { text: textOf(p.runs, user) };
  switch (p.style) {
    case "normal":
      if (!inList) out.style = "p";
      break;
    case "compact":
      Object.assign(
        out,
        inList
          ? { fontSize: 8.5, lineHeight: 1.1, margin: [0, 0, 0, 1] }
          : { fontSize: 9, lineHeight: 1.1, margin: [0, 0, 0, 3] },
      );
      break;
    case "footnote":
      Object.assign(out, { style: "footnote", margin: [0, 0, 0, 3] });
      break;
    case "label":
      Object.assign(out, { style: "label", margin: [0, 4, 0, 1] });
      break;
    case "user":
      Object.assign(out, { style: "user", color: p.tone === "soft" ? COLORS.soft : COLORS.ink });
      break;
    case "kicker":
      Object.assign(out, { style: "coverKicker", fontSize: 8.5, margin: [0, 0, 0, 4] });
      break;
    case "subtitle":
      Object.assign(out, { style: "coverSub", fontSize: 11.5, margin: [0, 0, 0, 4] });
      break;
    case "status":
      Object.assign(out, { style: "status", fontSize: 9.5, margin: [0, 0, 0, 4] });
      break;
    default:
      out.style = p.style;
  }
  if (p.tone !== undefined && !user) out.color = TONES[p.tone];
  if (p.indent === true) out.margin = [8, 0, 0, 3];
  return out as unknown as Content;
}

/** A heading's own margin [left, top, right, bottom], as its style or the tight variant sets it. */
function headingMargin(h: Heading): [number, number, number, number] {
  if (h.level === 1) return [0, 16, 0, 10];
  if (h.tight === true) return [0, 1, 0, 2];
  const style = STYLES[h.level === 2 ? "h2" : "h3"]?.margin;
  return Array.isArray(style) && style.length === 4
    ? [style[0], style[1], style[2], style[3]]
    : [0, 0, 0, 0];
}

function heading(h: Heading): Content {
  const id = h.anchor === undefined ? {} : { id: h.anchor };
  if (h.cover === true)
    return { text: h.text, style: "coverTitle", fontSize: 18, margin: [0, 0, 0, 2] };
  if (h.level === 1)
    return h.newPage === true
      ? { text: h.text, style: "h1", pageBreak: "before", ...id }
      : { text: h.text, style: "h1", headlineLevel: 1, margin: headingMargin(h), ...id };
  const out: Obj = {
    text: h.text,
    style: h.level === 2 ? "h2" : "h3",
    headlineLevel: h.level,
    ...id,
  };
  if (h.tight === true) out.margin = headingMargin(h);
  return out as unknown as Content;
}

/**
 * Room (points) a heading keeps free below itself: a table's caption, header row and first row, or
 * the first lines of a list. Less room left on the page, and the heading starts the next page.
 */
export const KEEP_WITH_NEXT = 80;

/**
 * A heading that never ends a page: an unbreakable block of the heading plus empty room below it,
 * then that room is given back (negative bottom margin), so what follows starts right under it.
 * One layout pass, unlike pdfmake's pageBreakBefore, which lays out the whole document again.
 */
function keepWithNext(headings: readonly Heading[]): Content {
  const last = headings.at(-1);
  const stack = headings.map((h) => {
    if (h !== last) return heading(h);
    const [left, top, right, bottom] = headingMargin(h);
    return {
      ...(heading(h) as unknown as Obj),
      margin: [left, top, right, bottom + KEEP_WITH_NEXT],
    };
  });
  return { stack, unbreakable: true, margin: [0, 0, 0, -KEEP_WITH_NEXT] } as Content;
}

/** Height (points) inside the page margins of an A4 page in each orientation. */
const [LEFT, TOP, RIGHT, BOTTOM] = PAGE_MARGINS;
export const PAGE_ROOM = {
  portrait: A4.height - TOP - BOTTOM,
  landscape: A4.width - TOP - BOTTOM,
} as const;

/**
 * Share of the page a table with footnotes may take and still be kept on one page with them (the
 * estimate is rough, and pdfmake cuts what does not fit in an unbreakable block).
 */
export const KEEP_TABLE_SHARE = 0.65;

/** Width (points) inside the page margins of a portrait A4 page, the narrowest a table gets. */
const PORTRAIT_WIDTH = A4.width - LEFT - RIGHT;

/**
 * A rough, rather high height (points) of a headed table with its caption and footnotes: rows of
 * 1.2 lines per line of text plus padding; text wraps at 0.55 × the font size per character in
 * its column, where "auto" columns get 45 points and "*" columns share what is left of a portrait page.
 */
export function estimatedHeight(t: DocTable): number {
  const fontSize = t.fontSize ?? 8.5;
  const line = fontSize * 1.2;
  const padding = t.compact === true ? 3.5 : 6;
  const widthOf = (w: DocTable["columns"][number]["width"]): number | null =>
    typeof w === "number" ? w : w === "auto" ? 45 : null;
  const fixed = t.columns.reduce((sum, c) => sum + (widthOf(c.width) ?? 0), 0);
  const stars = t.columns.filter((c) => widthOf(c.width) === null).length;
  const star = Math.max(40, (PORTRAIT_WIDTH - fixed) / Math.max(1, stars));
  const charsPerLine = t.columns.map((c) =>
    Math.max(4, Math.floor(((widthOf(c.width) ?? star) - 8) / (fontSize * 0.55))),
  );
  const rowHeight = (cells: readonly DocCell[]): number =>
    padding +
    line * Math.max(1, ...cells.map((c, i) => estimateLines(cellText(c), charsPerLine[i] ?? 4)));
  const rows = t.rows.reduce((sum, row) => sum + rowHeight(row.cells), 0);
  const notes = t.footnotes.reduce((sum, note) => sum + 3 + 8.5 * 1.2 * estimateLines(note, 90), 0);
  return (t.caption === "" ? 0 : 22) + rowHeight(t.columns.map((c) => c.label)) + rows + notes + 16;
}

/** True when a table is kept on one page with its footnotes (it has some and is short enough). */
function keptWithFootnotes(t: DocTable, room: number): boolean {
  return t.header && t.footnotes.length > 0 && estimatedHeight(t) <= room * KEEP_TABLE_SHARE;
}

function cell(
  c: DocCell,
  fontSize: number,
  align: "left" | "right",
  first: boolean,
  emphasis: Obj,
): TableCell {
  const text = cellText(c);
  const out: Obj = {
    text: text.trim() === "" ? (first ? EMPTY : "") : breakable(text),
    fontSize,
    alignment: align,
    ...emphasis,
  };
  if (typeof c === "object") {
    if (c.runs !== undefined) out.text = inline(c.runs, true);
    if (c.bold === true) out.bold = true;
    if (c.tone !== undefined) out.color = TONES[c.tone];
  }
  return out as TableCell;
}

/** A table with a header: caption and header repeat on every page, then its footnotes. */
function headedTable(t: DocTable, room: number): Content[] {
  const fontSize = t.fontSize ?? 8.5;
  const header = t.columns.map((c) => ({
    text: c.label,
    style: "th",
    fontSize,
    alignment: c.align,
  }));
  const rows = t.rows.map((row): TableCell[] => {
    if (row.kind === "heading") {
      const first = {
        text: cellText(row.cells[0] ?? ""),
        bold: true,
        color: COLORS.accent,
        fontSize,
        colSpan: t.columns.length,
        margin: [0, t.compact === true ? 0 : 3, 0, 0],
      } as TableCell;
      return [first, ...t.columns.slice(1).map(() => ({ text: "" }))];
    }
    const emphasis: Obj =
      row.kind === "total"
        ? { bold: true, fillColor: COLORS.fill }
        : row.kind === "subtotal"
          ? { bold: true }
          : {};
    return t.columns.map((column, i) =>
      cell(row.cells[i] ?? "", fontSize, column.align, i === 0, emphasis),
    );
  });
  const widths = t.columns.map((c, i) => c.width ?? (i === 0 ? "*" : "auto"));
  const compact =
    t.compact === true
      ? { layout: COMPACT_LAYOUT, margin: [0, 2, 0, 6] as [number, number, number, number] }
      : {};
  const out: Content[] = [
    table(header, rows, widths, {
      ...(t.caption === "" ? {} : { caption: t.caption }),
      ...compact,
    }),
  ];
  for (const note of t.footnotes) out.push({ text: note, style: "footnote", margin: [0, 0, 0, 3] });
  if (t.footnotes.length > 0) out.push({ text: "", margin: [0, 0, 0, 6] });
  // A short table moves to the next page with its footnotes rather than leave them there alone.
  return keptWithFootnotes(t, room) ? [{ stack: out, unbreakable: true }] : out;
}

/** A table of labels and values (no header row). */
function factsTable(t: DocTable): Content {
  const fontSize = t.fontSize ?? 8.5;
  const body = t.rows.map((row) => [
    { text: cellText(row.cells[0] ?? ""), bold: true, color: COLORS.soft, fontSize },
    cell(row.cells[1] ?? EMPTY, fontSize, "left", true, {}),
  ]);
  return {
    table: {
      dontBreakRows: rowsFitOnAPage(body.map(([, value]) => [value])),
      widths: t.columns.map((c) => c.width ?? "*"),
      body,
    },
    layout: { ...TABLE_LAYOUT, fillColor: () => null, hLineWidth: () => 0.4 },
    margin: [0, 2, 0, 10],
  };
}

/** Each field as a label beside its text: columns, not a table, so a long note can run onto the next page. */
function fields(f: Fields): Content[] {
  return f.rows.map((r) => {
    const value = verbatim(r.value);
    return {
      columns: [
        { text: r.label, style: "label", width: 72 },
        {
          text: value === "" ? EMPTY : breakable(value),
          style: "user",
          color: value === "" ? COLORS.soft : COLORS.ink,
          width: "*",
        },
      ],
      columnGap: 6,
      margin: [10, 0, 0, 2],
    };
  });
}

/** The decision block: date, decision and signature lines. */
function signatures(s: Signatures): Content {
  const line = { text: "\n\n", border: [false, false, false, true] };
  const label = (text: string): TableCell => ({
    text,
    bold: true,
    color: COLORS.soft,
    fontSize: 8.5,
  });
  const [left = "", right = ""] = s.signers;
  return {
    stack: [
      { text: s.title, style: "h3", margin: [0, 4, 0, 2] },
      {
        table: {
          widths: [90, "*", 20, 90, "*"],
          body: [
            ...s.rows.map((r) => [
              label(r.label),
              { text: r.value, colSpan: 4, fontSize: 8.5 },
              {},
              {},
              {},
            ]),
            [label(left), line, { text: "" }, label(right), line],
          ],
        },
        layout: {
          hLineWidth: () => 0.6,
          vLineWidth: () => 0,
          hLineColor: () => COLORS.ink,
          defaultBorder: false,
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
      },
    ],
    unbreakable: true,
    margin: [0, 2, 0, 0],
  } as Content;
}

/** One block as pdfmake content (a table brings its footnotes, so the result is a list). */
function render(block: Block, room: number, inList = false): Content[] {
  switch (block.kind) {
    case "heading":
      return [heading(block)];
    case "paragraph":
      return [paragraph(block, inList)];
    case "list": {
      const items = block.items.map((item): ContentStack => ({
        stack: item.flatMap((b) => render(b, room, true)),
        margin: [0, 0, 0, item.length > 1 ? 4 : 0],
      }));
      const list: ContentOrderedList | ContentUnorderedList = block.ordered
        ? { ol: items, margin: [0, 0, 0, 2] }
        : { ul: items, margin: [0, 0, 0, 8] };
      return [list];
    }
    case "table":
      return block.header ? headedTable(block, room) : [factsTable(block)];
    case "figure":
      return [
        {
          stack: [
            { text: block.title, style: "h3", margin: [0, 10, 0, 3] },
            { svg: barChartSvg(block.chart), width: 480, margin: [0, 2, 0, 4], alt: block.alt },
            { text: block.caption, style: "small" },
          ],
          unbreakable: true,
        } as Content,
      ];
    case "fields":
      return fields(block);
    case "signatures":
      return [signatures(block)];
    case "keep":
      // pdfmake drops what does not fit in an unbreakable block: builders keep only short blocks.
      return [{ stack: block.blocks.flatMap((b) => render(b, room, inList)), unbreakable: true }];
  }
}

/** A heading that may share its page with what came before (not the cover, not a chapter on a new page). */
function runsOn(block: Block | undefined): block is Heading {
  return block?.kind === "heading" && block.newPage !== true && block.cover !== true;
}

/** True when the rendered block is one unbreakable unit (kept blocks, figures, signatures, kept tables). */
function unbreakableBlock(block: Block, room: number): boolean {
  return (
    block.kind === "keep" ||
    block.kind === "figure" ||
    block.kind === "signatures" ||
    (block.kind === "table" && keptWithFootnotes(block, room))
  );
}

/**
 * Top-level blocks in order; a heading never ends a page. A run of headings is kept in one
 * unbreakable block with a following paragraph or unbreakable block; before anything else
 * (a long table, a list) it keeps room below itself for the first rows (keepWithNext).
 */
function sequence(blocks: readonly Block[], room: number): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (!runsOn(block)) {
      out.push(...render(block, room));
      continue;
    }
    const headings: Heading[] = [block];
    while (runsOn(blocks[i + 1])) headings.push(blocks[++i] as Heading);
    const next = blocks[i + 1];
    if (next !== undefined && (next.kind === "paragraph" || unbreakableBlock(next, room))) {
      out.push({ stack: [...headings.map(heading), ...render(next, room)], unbreakable: true });
      i++;
    } else {
      out.push(keepWithNext(headings));
    }
  }
  return out;
}

/** The pdfmake document definition of a document model: A4 frame, metadata, tags and bookmarks. */
export function toPdfmake(doc: DocModel): TDocumentDefinitions {
  return frame(sequence(doc.blocks, PAGE_ROOM[doc.meta.orientation]), { ...doc.meta });
}
