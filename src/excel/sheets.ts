/**
 * Excel workbooks as data: the view tables (src/report's `Table`) laid out on sheets, numbers as
 * real numbers with a number format (euros, counts), never as text. Pure; `write.ts` (Node) and
 * `download.ts` (browser) render it with write-excel-file.
 */
import type { Cell, Row as SheetRow, SheetData } from "write-excel-file/universal";
import type { Row, Table } from "../report/index.ts";

/** Number formats; Excel shows them with the reader's own separators (1.234,56 in a Dutch Excel). */
export const FORMATS = {
  euro: '"€" #,##0.00;"€" -#,##0.00',
  count: "#,##0",
  decimal: "#,##0.00",
  percent: "0.0%",
} as const;

/** One sheet: a name and the tables on it, one below the other. */
export interface WorkbookSheet {
  /** Sheet name (at most 31 characters, no : \ / ? * [ ]). */
  name: string;
  tables: Table[];
}

/** Which format a number cell gets, from how the view formatted it for people. */
function formatOf(text: string, value: number): string {
  if (text.includes("€")) return FORMATS.euro;
  if (text.includes("%")) return FORMATS.percent;
  return Number.isInteger(value) ? FORMATS.count : FORMATS.decimal;
}

function rowCells(row: Row): SheetRow {
  const bold = row.kind !== undefined;
  return row.cells.map((text, i): Cell => {
    const value = row.values?.[i];
    const style = bold ? { fontWeight: "bold" as const } : {};
    if (typeof value === "number" && Number.isFinite(value))
      return { value, type: Number, format: formatOf(text, value), ...style };
    return text === "" ? null : { value: text, type: String, ...style };
  });
}

/** The tables of a sheet as rows: caption, header, rows, footnotes, a blank row between tables. */
export function sheetData(tables: readonly Table[]): SheetData {
  const data: SheetData = [];
  for (const table of tables) {
    if (data.length > 0) data.push([null]);
    data.push([{ value: table.caption, type: String, fontWeight: "bold", fontSize: 12 }]);
    data.push(
      table.columns.map((c): Cell => ({
        value: c.label,
        type: String,
        fontWeight: "bold",
        backgroundColor: "#e9eff8",
        align: c.align,
      })),
    );
    for (const row of table.rows) data.push(rowCells(row));
    for (const note of table.footnotes ?? [])
      data.push([{ value: note, type: String, fontStyle: "italic" }]);
  }
  return data;
}

/** A sheet name Excel accepts. */
export function sheetName(text: string): string {
  return (
    text
      .replace(/[:\\/?*[\]]/g, " ")
      .trim()
      .slice(0, 31) || "Blad"
  );
}

/** Column widths (characters): a wide first column for labels, the rest for amounts. */
export function columnWidths(tables: readonly Table[]): { width: number }[] {
  const count = Math.max(1, ...tables.map((t) => t.columns.length));
  return Array.from({ length: count }, (_, i) => ({ width: i === 0 ? 38 : 17 }));
}
