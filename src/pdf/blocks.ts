/**
 * pdfmake's side of the documents: page frame, named styles, table layouts, tables that repeat
 * their header and never split a row, long words that may wrap. The renderer (pdfmake.ts) uses them.
 */
import type {
  Content,
  ContentTable,
  CustomTableLayout,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
} from "pdfmake/interfaces";
import { KEEP_LINES, estimateLines } from "../document/blocks.ts";
import { FONT_FAMILY } from "./fonts.ts";
import { tagContent } from "./tagging.ts";

/** Colours: dark blue ink, a calm accent, light fills; all AA on white. */
export const COLORS = {
  ink: "#1b2a41",
  soft: "#4a5568",
  accent: "#2f5d9e",
  fill: "#e9eff8",
  zebra: "#f6f8fb",
  line: "#c9d3e0",
  warn: "#8a4b00",
} as const;

/** Named styles of both documents. */
export const STYLES: StyleDictionary = {
  coverKicker: { fontSize: 12, color: COLORS.accent, bold: true, characterSpacing: 0.5 },
  coverTitle: { fontSize: 26, bold: true, color: COLORS.ink, lineHeight: 1.1 },
  coverSub: { fontSize: 14, color: COLORS.soft },
  status: { fontSize: 12, bold: true, color: COLORS.warn },
  h1: { fontSize: 17, bold: true, color: COLORS.ink, margin: [0, 0, 0, 10] },
  h2: { fontSize: 12.5, bold: true, color: COLORS.accent, margin: [0, 12, 0, 5] },
  h3: { fontSize: 10.5, bold: true, color: COLORS.ink, margin: [0, 8, 0, 3] },
  p: { margin: [0, 0, 0, 6] },
  small: { fontSize: 8.5, color: COLORS.soft },
  footnote: { fontSize: 8.5, color: COLORS.soft },
  note: { fontSize: 8.5, color: COLORS.soft, italics: true, margin: [0, 2, 0, 8] },
  th: { bold: true, fontSize: 8.5, color: COLORS.ink },
  td: { fontSize: 8.5 },
  label: { bold: true, color: COLORS.soft, fontSize: 8.5 },
  lead: { fontSize: 11, margin: [0, 0, 0, 6] },
  user: { fontSize: 9.5 },
};

/** 1 when the table's first row is its caption (see `table`), else 0. */
function captionRows(body: readonly (readonly unknown[])[]): number {
  const first = body[0]?.[0];
  return typeof first === "object" &&
    first !== null &&
    (first as { caption?: boolean }).caption === true
    ? 1
    : 0;
}

/** Horizontal rules only, a filled header row, light zebra rows. */
export const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => {
    const first = captionRows(node.table.body);
    if (i < first) return 0;
    return i === first || i === (node.table.headerRows ?? 0) || i === node.table.body.length
      ? 0.8
      : 0.4;
  },
  vLineWidth: () => 0,
  hLineColor: () => COLORS.line,
  fillColor: (row, node) =>
    row < captionRows(node.table.body)
      ? null
      : row < (node.table.headerRows ?? 0)
        ? COLORS.fill
        : row % 2 === 0
          ? COLORS.zebra
          : null,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** The same rules with less room per row, for long tables that should fit on one page (the budget). */
export const COMPACT_LAYOUT: CustomTableLayout = {
  ...TABLE_LAYOUT,
  paddingTop: () => 2,
  paddingBottom: () => 1.5,
};

/**
 * Lets a very long word (a pasted URL, a compound without spaces) wrap: a zero-width space every
 * 24 characters inside words of more than 30. pdfmake otherwise widens the column past the page.
 */
export function breakable(text: string): string {
  return text.replace(/\S{31,}/gu, (word) => {
    const chars = Array.from(word);
    const parts: string[] = [];
    for (let i = 0; i < chars.length; i += 24) parts.push(chars.slice(i, i + 24).join(""));
    return parts.join("\u200b");
  });
}

/** A table whose header repeats on every page and whose rows never split. */
export function table(
  header: TableCell[],
  rows: TableCell[][],
  widths: (string | number)[],
  options: {
    caption?: string;
    margin?: [number, number, number, number];
    layout?: CustomTableLayout;
  } = {},
): ContentTable {
  const body = [header, ...rows];
  let headerRows = 1;
  if (options.caption !== undefined) {
    // The caption is a header row: it repeats on every page and never ends up alone at a page foot.
    const caption = {
      text: options.caption,
      style: "h3",
      colSpan: header.length,
      margin: [-4, 6, 0, 0],
      fillColor: null,
      caption: true,
    } as unknown as TableCell;
    body.unshift([caption, ...header.slice(1).map(() => ({ text: "" }))]);
    headerRows = 2;
  }
  return {
    table: {
      headerRows,
      dontBreakRows: rowsFitOnAPage(rows),
      keepWithHeaderRows: Math.min(1, rows.length),
      widths,
      body,
    },
    layout: options.layout ?? TABLE_LAYOUT,
    margin: options.margin ?? [0, 2, 0, 10],
  };
}

/**
 * True when no row can be taller than a page. pdfmake cuts what does not fit in an unsplittable
 * row, so a table whose cells hold very long (user) text lets its rows split instead.
 */
export function rowsFitOnAPage(rows: readonly (readonly unknown[])[]): boolean {
  const cellText = (cell: unknown): string =>
    typeof cell === "string"
      ? cell
      : typeof cell === "object" &&
          cell !== null &&
          typeof (cell as { text?: unknown }).text === "string"
        ? (cell as { text: string }).text
        : "";
  return rows.every((row) =>
    row.every((cell) => estimateLines(cellText(cell), 25) < KEEP_LINES * 1.5),
  );
}

/** Metadata and page frame shared by both documents. */
export interface FrameOptions {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  creator: string;
  /** Text in the page header (from page 2 on). */
  running: string;
  /** "Concept" or "Definitief", shown in the header. */
  status: string;
  /** Landscape for wide tables (the region); default portrait. */
  orientation?: "portrait" | "landscape";
}

/** Longest running title (in characters) that still fits on one line beside the status. */
export const RUNNING_MAX = 90;

/** The running title on one line: a long partnership name is shortened with "…". */
export function runningTitle(text: string, max = RUNNING_MAX): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

/** A4 in points, portrait: width and height. */
export const A4 = { width: 595, height: 842 } as const;

/** The page margins in points: left, top, right, bottom (room for the running header and footer). */
export const PAGE_MARGINS = [56, 62, 56, 58] as const;

/** The page frame: A4, metadata, language, running header from page 2, "pagina 2 van 9" footer. */
export function frame(content: Content[], options: FrameOptions): TDocumentDefinitions {
  return {
    pageSize: "A4",
    pageOrientation: options.orientation ?? "portrait",
    pageMargins: [...PAGE_MARGINS],
    // Accessibility: language, title in the window bar, metadata, and a structure tree (headings,
    // paragraphs, lists, tables with header cells, figures with alternative text) written by the
    // tagging patch in tagging.ts; pdfmake's own `tagged` option alone leaves that tree empty.
    tagged: true,
    version: "1.7",
    displayTitle: true,
    language: "nl-NL",
    info: {
      title: options.title,
      author: options.author,
      subject: options.subject,
      keywords: options.keywords,
      creator: options.creator,
      producer: options.creator,
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: 9.5, lineHeight: 1.2, color: COLORS.ink },
    styles: STYLES,
    // No pageBreakBefore: pdfmake lays the whole document out again each time that callback adds a
    // page break (a 78-page proposal twice). Headings stay with what follows and tables with their
    // footnotes by construction instead (keepWithNext and keptTable in pdfmake.ts).
    header: (currentPage) =>
      currentPage === 1
        ? { text: "" }
        : {
            columns: [
              { text: runningTitle(options.running), style: "small", width: "*" },
              { text: options.status, style: "small", alignment: "right", width: "auto" },
            ],
            margin: [56, 26, 56, 0],
          },
    footer: (currentPage, pageCount) => ({
      text: `pagina ${currentPage} van ${pageCount}`,
      style: "small",
      alignment: "center",
      margin: [56, 20, 56, 0],
    }),
    content: tagContent(content),
  };
}
