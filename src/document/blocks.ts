/**
 * Small constructors of the document model (model.ts), shared by the proposal, the summary and the
 * region's document, and the rules they share: user text printed as typed, a dash for what is
 * empty, which blocks are short enough to be kept on one page.
 */
import type { Table } from "../report/index.ts";
import type {
  Block,
  DocCell,
  DocColumn,
  DocMeta,
  DocModel,
  DocRow,
  DocTable,
  Heading,
  Inline,
  List,
  Paragraph,
  ParagraphStyle,
} from "./model.ts";

/** The dash printed for an empty answer or a missing value. */
export const EMPTY = "—";

/** Longest user text (in estimated lines) that is still kept on one page with its heading. */
export const KEEP_LINES = 30;

/** A rough count of printed lines of user text (for deciding whether it may be kept together). */
export function estimateLines(text: string, charsPerLine = 70): number {
  return text
    .split("\n")
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
}

/** Normalises user text for printing: keeps every character people read, drops control codes. */
export function verbatim(text: string | undefined): string {
  if (text === undefined) return "";
  // Tabs and carriage returns print as boxes in PDF fonts; other control codes are invisible.
  return (
    text
      .replace(/\r\n?/g, "\n")
      .replace(/\t/g, "    ")
      // eslint-disable-next-line no-control-regex -- removing control codes is the point here
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
      .trim()
  );
}

/** A chapter heading (level 1); only a few chapters start a new page, so no page is left half empty. */
export function chapter(
  text: string,
  options: { newPage?: boolean; anchor?: string } = {},
): Heading {
  return {
    kind: "heading",
    level: 1,
    text,
    ...(options.newPage === true ? { newPage: true } : {}),
    ...(options.anchor === undefined ? {} : { anchor: options.anchor }),
  };
}

/** A section heading. */
export function heading(text: string, level: 2 | 3 = 2, tight = false): Heading {
  return { kind: "heading", level, text, ...(tight ? { tight: true } : {}) };
}

/** A paragraph of inline text. */
export function para(text: Inline | Inline[], style: ParagraphStyle = "normal"): Paragraph {
  return { kind: "paragraph", runs: Array.isArray(text) ? text : [text], style };
}

/** A labelled summary sentence ("Vraag. …"). */
export function lead(label: string, text: Inline[]): Paragraph {
  return para([{ text: `${label}. `, bold: true }, ...text], "lead");
}

/** User text exactly as typed (never interpreted as markup); empty text prints as "—". */
export function userText(text: string | undefined): Paragraph {
  const clean = verbatim(text);
  return clean === ""
    ? { kind: "paragraph", runs: [EMPTY], style: "user", tone: "soft" }
    : { kind: "paragraph", runs: [clean], style: "user" };
}

/** A bulleted list of items; an empty list prints as "—". */
export function bullets(items: (string | Block | Block[])[], ordered = false): Block {
  if (items.length === 0)
    return { kind: "paragraph", runs: [EMPTY], style: "normal", tone: "soft" };
  const list: List = {
    kind: "list",
    ordered,
    items: items.map((item) =>
      typeof item === "string" ? [para(item)] : Array.isArray(item) ? item : [item],
    ),
  };
  return list;
}

/**
 * A heading kept on one page with the block after it, so a heading never ends a page. Only short
 * blocks are kept together: a paged renderer cannot keep more than a page.
 */
export function keep(head: Block, next: Block, short = true): Block[] {
  return short ? [{ kind: "keep", blocks: [head, next] }] : [head, next];
}

/** Options of a table. */
export interface TableOptions {
  caption?: string;
  footnotes?: string[];
  compact?: boolean;
  fontSize?: number;
}

/** A table with a header row that repeats on every page. */
export function table(
  columns: DocColumn[],
  rows: (DocCell[] | DocRow)[],
  options: TableOptions = {},
): DocTable {
  return {
    kind: "table",
    caption: options.caption ?? "",
    columns,
    header: true,
    rows: rows.map((r) => (Array.isArray(r) ? { cells: r } : r)),
    footnotes: options.footnotes ?? [],
    ...(options.compact === true ? { compact: true } : {}),
    ...(options.fontSize === undefined ? {} : { fontSize: options.fontSize }),
  };
}

/** A text column (`width` in points for paged output, "*" takes the rest). */
export function col(
  label: string,
  width: DocColumn["width"] = "*",
  align: DocColumn["align"] = "left",
): DocColumn {
  return { label, align, width };
}

/** A right-aligned number column. */
export function numCol(label: string, width: DocColumn["width"] = "auto"): DocColumn {
  return col(label, width, "right");
}

/** A two-column table of labels and values (no header row). */
export function facts(rows: [string, string][], labelWidth = 170): DocTable {
  return {
    kind: "table",
    caption: "",
    columns: [col("", labelWidth), col("")],
    header: false,
    rows: rows.map(([label, value]) => ({ cells: [label, value.trim() === "" ? EMPTY : value] })),
    footnotes: [],
  };
}

/** Options for a table made from a report view model. */
export interface ViewTableOptions {
  /** Column widths for paged output; default: first column "*", the others "auto". */
  widths?: DocColumn["width"][];
  /** Print the view's caption above the table (default true). */
  caption?: boolean;
  fontSize?: number;
  compact?: boolean;
}

/** A report view model (src/report, the same tables as /resultaat/) as a document table. */
export function fromView(view: Table, options: ViewTableOptions = {}): DocTable {
  const columns = view.columns.map((c, i): DocColumn => ({
    label: c.label,
    align: c.align,
    width: options.widths?.[i] ?? (i === 0 ? "*" : "auto"),
  }));
  const rows = view.rows.map((row): DocRow =>
    row.kind === undefined ? { cells: [...row.cells] } : { kind: row.kind, cells: [...row.cells] },
  );
  return {
    kind: "table",
    caption: options.caption === false ? "" : view.caption,
    columns,
    header: true,
    rows,
    footnotes: [...(view.footnotes ?? [])],
    ...(options.compact === true ? { compact: true } : {}),
    ...(options.fontSize === undefined ? {} : { fontSize: options.fontSize }),
  };
}

/** "Bijlage A  Aannames en bronnen" → "bijlage-a-aannames-en-bronnen": an anchor from a chapter's text. */
export function anchorOf(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "hoofdstuk"
  );
}

/** Every heading of a list of blocks, in order (also inside kept groups and lists). */
export function headingsOf(blocks: readonly Block[]): Heading[] {
  return blocks.flatMap((b) =>
    b.kind === "heading"
      ? [b]
      : b.kind === "keep"
        ? headingsOf(b.blocks)
        : b.kind === "list"
          ? b.items.flatMap(headingsOf)
          : [],
  );
}

/** The document: chapters without an anchor get one (unique), and the chapters become the outline. */
export function document(meta: DocMeta, blocks: Block[]): DocModel {
  const used = new Set<string>(
    headingsOf(blocks).flatMap((h) => (h.anchor === undefined ? [] : [h.anchor])),
  );
  const bookmarks = [];
  for (const h of headingsOf(blocks)) {
    if (h.level !== 1 || h.cover === true) continue;
    if (h.anchor === undefined) {
      const base = anchorOf(h.text);
      let anchor = base;
      for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
      used.add(anchor);
      h.anchor = anchor;
    }
    bookmarks.push({ text: h.text, anchor: h.anchor });
  }
  return { meta, bookmarks, blocks };
}

/** The text of a cell. */
export function cellText(cell: DocCell): string {
  return typeof cell === "string" ? cell : cell.text;
}
