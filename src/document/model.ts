/**
 * The document model: one typed tree for every document the site and the command line make (the
 * proposal, the conversation summary, the region's joint proposal). Builders (proposal.ts,
 * summary.ts, region.ts) make it once from the session, the engine's result and the report view
 * models; renderers turn it into a PDF (src/pdf/pdfmake.ts), HTML (the /voorstel/ preview,
 * html.ts) and Word (src/word/render.ts). No renderer reads another renderer's output back.
 * Every text is final Dutch text; amounts are formatted before they get here.
 */
import type { BarChart } from "../report/index.ts";

/** A colour with a meaning; each renderer picks its own shade. */
export type Tone = "warn" | "accent" | "soft";

/** A run of inline text with emphasis, a tone, or a link to an anchor of the same document. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  tone?: Tone;
  /** The anchor (a heading's `anchor`) this run links to ("zie bijlage B"). */
  link?: string;
}

/** Inline text: a plain string or a run. */
export type Inline = string | Run;

/**
 * How a paragraph reads. normal: body text; lead: a labelled summary sentence; compact: the dense
 * text of page 1; small/footnote: explanations under a table; note: an italic remark; label: the
 * label above user text; user: text people typed (printed as typed); kicker/subtitle/status: the
 * lines around a document's title.
 */
export type ParagraphStyle =
  | "normal"
  | "lead"
  | "compact"
  | "small"
  | "footnote"
  | "note"
  | "label"
  | "user"
  | "kicker"
  | "subtitle"
  | "status";

/** A heading. Level 1 is a chapter (a bookmark in the PDF); `cover` marks the document's own title. */
export interface Heading {
  kind: "heading";
  level: 1 | 2 | 3;
  text: string;
  /** Target of internal links; chapters get one from `document()` when the builder gives none. */
  anchor?: string;
  /** Start a new page (the summary chapter, annex A, each partnership of the region). */
  newPage?: boolean;
  /** The document's title on its first page: the biggest text, not a chapter. */
  cover?: boolean;
  /** Less space around it (page 1 must fit on one page). */
  tight?: boolean;
}

/** A paragraph of runs. */
export interface Paragraph {
  kind: "paragraph";
  runs: Inline[];
  style: ParagraphStyle;
  /** Tone of the whole paragraph (a warning in a list). */
  tone?: Tone;
  /** Indented under the label before it (answers under their question). */
  indent?: boolean;
}

/** A bulleted or numbered list; each item is a few blocks (a paragraph, or a label and user text). */
export interface List {
  kind: "list";
  ordered: boolean;
  items: Block[][];
}

/** One column of a table: header text, alignment, and a width hint for paged output (points, "*" = the rest). */
export interface DocColumn {
  label: string;
  align: "left" | "right";
  width?: number | "*" | "auto";
}

/**
 * A cell: text, or text with emphasis. `runs`, when given, is the same text with links or emphasis
 * inside it ("… (alle 30 in bijlage B)"); `text` stays its plain form. An empty first cell prints as a dash.
 */
export type DocCell = string | { text: string; bold?: boolean; tone?: Tone; runs?: Inline[] };

/** A row: a section heading across the table, an ordinary row, a subtotal or a total. */
export interface DocRow {
  kind?: "heading" | "subtotal" | "total";
  cells: DocCell[];
}

/** A table. With `header` its column labels form a header row that repeats on every page. */
export interface DocTable {
  kind: "table";
  /** Shown above the table and used as its accessible name; "" for none. */
  caption: string;
  columns: DocColumn[];
  /** false: a table of labels and values (the first column names each row). */
  header: boolean;
  rows: DocRow[];
  /** Explanations printed under the table. */
  footnotes: string[];
  /** Less room per row, so a long table fits on one page (the budget). */
  compact?: boolean;
  /** Font size in points for paged output (default 8.5). */
  fontSize?: number;
}

/** A chart, with the text that replaces it for people who do not see it. */
export interface Figure {
  kind: "figure";
  /** The kind of chart; only stacked bars so far. */
  figure: "barChart";
  chart: BarChart;
  title: string;
  /** Alternative text. */
  alt: string;
  /** The line under the chart. */
  caption: string;
}

/** Labelled fields of one answer (notes, agreements, open points), each label beside its text. */
export interface Fields {
  kind: "fields";
  rows: { label: string; value: string }[];
}

/** The decision block of the budget body: date, decision and two signature lines. */
export interface Signatures {
  kind: "signatures";
  title: string;
  rows: { label: string; value: string }[];
  signers: string[];
}

/** Blocks that stay on one page together (a heading with its first short block, a small table with its note). */
export interface Keep {
  kind: "keep";
  blocks: Block[];
}

/** Every kind of block. */
export type Block = Heading | Paragraph | List | DocTable | Figure | Fields | Signatures | Keep;

/** One entry of the document's outline: a chapter and its anchor. */
export interface Bookmark {
  text: string;
  anchor: string;
}

/** What describes the document as a whole. */
export interface DocMeta {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  creator: string;
  /** BCP 47 language of the text. */
  language: "nl-NL";
  /** The running title in the page header (from page 2 on). */
  running: string;
  /** "Concept", "Definitief" or the meeting date: printed beside the running title. */
  status: string;
  /** Landscape for the region's wide tables. */
  orientation: "portrait" | "landscape";
}

/** A whole document. */
export interface DocModel {
  meta: DocMeta;
  /** The chapters (level 1 headings, not the cover title) in order: the PDF's and Word's outline. */
  bookmarks: Bookmark[];
  blocks: Block[];
}
