/**
 * The report view models (src/report) as pdfmake content: the same tables as the results page,
 * with the header repeated on every page, rows never split, subtotals and totals in bold.
 */
import type { Content, TableCell } from "pdfmake/interfaces";
import type { Row, Table } from "../report/index.ts";
import { COLORS, COMPACT_LAYOUT, EMPTY, breakable, table } from "./blocks.ts";

/** Options for one converted table. */
export interface ViewTableOptions {
  /** Column widths; default: first column "*", the others "auto". */
  widths?: (string | number)[];
  /** Print the caption as a small heading above the table (default true). */
  caption?: boolean;
  /** Font size of the cells (default 8.5). */
  fontSize?: number;
  /** Less padding per row, so a long table fits on one page. */
  compact?: boolean;
}

function rowCells(row: Row, table: Table, fontSize: number): TableCell[] {
  if (row.kind === "heading") {
    const first: Record<string, unknown> = { text: row.cells[0] ?? "", bold: true, color: COLORS.accent, fontSize, colSpan: table.columns.length, margin: [0, 3, 0, 0] };
    return [first as TableCell, ...table.columns.slice(1).map(() => ({ text: "" }))];
  }
  const bold = row.kind === "total" || row.kind === "subtotal";
  return table.columns.map((column, i) => {
    const text = row.cells[i] ?? "";
    const out: Record<string, unknown> = { text: text.trim() === "" ? (i === 0 ? EMPTY : "") : breakable(text), fontSize, alignment: column.align };
    if (bold) out.bold = true;
    if (row.kind === "total") out.fillColor = COLORS.fill;
    return out as TableCell;
  });
}

/** A view-model table as pdfmake content: optional caption, the table, its footnotes. */
export function viewTable(view: Table, options: ViewTableOptions = {}): Content[] {
  const fontSize = options.fontSize ?? 8.5;
  const header = view.columns.map((c) => ({ text: c.label, style: "th", fontSize, alignment: c.align }));
  const widths = options.widths ?? view.columns.map((_, i) => (i === 0 ? "*" : "auto"));
  const out: Content[] = [];
  const rows = view.rows.map((r) => rowCells(r, view, fontSize));
  const layout = options.compact === true ? { layout: COMPACT_LAYOUT } : {};
  out.push(table(header, rows, widths, options.caption === false ? layout : { ...layout, caption: view.caption }));
  for (const note of view.footnotes ?? []) out.push({ text: note, style: "footnote", margin: [0, 0, 0, 3] });
  if ((view.footnotes ?? []).length > 0) out.push({ text: "", margin: [0, 0, 0, 6] });
  return out;
}

/** Splits a table with one column per year into tables of at most `max` year columns (A4 width). */
export function chunkColumns(view: Table, max: number): Table[] {
  const yearColumns = view.columns.length - 1;
  if (yearColumns <= max) return [view];
  const parts: Table[] = [];
  const count = Math.ceil(yearColumns / max);
  // Even parts (6 years: 3 + 3, not 5 + 1), so no part is a single lonely column.
  const size = Math.ceil(yearColumns / count);
  for (let part = 0; part < count; part++) {
    const from = 1 + part * size;
    const to = Math.min(view.columns.length, from + size);
    const pick = <T>(list: readonly T[]): T[] => [list[0] as T, ...list.slice(from, to)];
    const rows: Row[] = view.rows.map((row) => {
      const out: Row = { cells: row.kind === "heading" ? [...row.cells] : pick(row.cells) };
      if (row.kind) out.kind = row.kind;
      if (row.values) out.values = pick(row.values);
      return out;
    });
    const piece: Table = { caption: `${view.caption} (${part + 1} van ${count})`, columns: pick(view.columns), rows };
    if (part === count - 1 && view.footnotes) piece.footnotes = view.footnotes;
    parts.push(piece);
  }
  return parts;
}
