/**
 * Reading a block pasted into the student grid: rows and cells as Excel, LibreOffice or a CSV
 * file give them (tab-separated, or ";"-separated as Dutch CSV is), Dutch whole numbers, empty = 0.
 * Pure, so the grid and its tests read exactly the same thing.
 */
import { parseDutchNumber } from "./format.ts";

/** True when pasted text holds more than one cell (a tab, a ";" or a line break). */
export function isBlock(text: string): boolean {
  return /[\t;\n\r]/.test(text.replace(/[\r\n]+$/, ""));
}

/** The rows and cells of pasted text; a trailing line break (Excel adds one) is not an empty row. */
export function splitBlock(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
  const separator = rows.some((r) => r.includes("\t")) ? "\t" : ";";
  return rows.map((row) =>
    row.split(separator).map((cell) =>
      cell
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .trim(),
    ),
  );
}

/** One cell: a number of students (empty = 0), or the Dutch reason it is refused. */
export function readStudents(
  cell: string,
): { ok: true; value: number } | { ok: false; message: string } {
  if (cell === "") return { ok: true, value: 0 };
  const parsed = parseDutchNumber(cell, { integer: true, min: 0 });
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: parsed.message };
}

/** A cell of the grid the block writes into. */
export interface PastedCell {
  row: number;
  column: number;
  value: number;
}

/** What a paste into the grid does: the cells it fills and, per refused cell, why (in Dutch). */
export interface PasteOutcome {
  cells: PastedCell[];
  refused: string[];
}

/** How the grid names its rows and columns in the messages. */
export interface GridShape {
  /** Row labels, top to bottom ("Stichting Akker – Pabo – voltijd"). */
  rows: readonly string[];
  /** Column labels, left to right ("2025-2026"). */
  columns: readonly string[];
}

const isNumberLike = (cell: string): boolean => cell === "" || readStudents(cell).ok;

/**
 * Places a pasted block with its top-left cell at (`row`, `column`). A first row without any
 * number (a header) and a first column of labels (more cells than columns left, text first) are
 * left out. Cells outside the grid and cells that are not whole numbers are refused, by name.
 */
export function placeBlock(
  text: string,
  shape: GridShape,
  row: number,
  column: number,
): PasteOutcome {
  let block = splitBlock(text);
  if (block.length > 1 && block[0]!.every((cell) => cell !== "" && !isNumberLike(cell)))
    block = block.slice(1);
  const room = shape.columns.length - column;
  if (block.some((r) => r.length > room && r[0] !== "" && !isNumberLike(r[0]!)))
    block = block.map((r) => r.slice(1));
  const cells: PastedCell[] = [];
  const refused: string[] = [];
  let outside = 0;
  block.forEach((cellsOfRow, i) =>
    cellsOfRow.forEach((cell, j) => {
      const r = row + i;
      const c = column + j;
      const rowLabel = shape.rows[r];
      const columnLabel = shape.columns[c];
      if (rowLabel === undefined || columnLabel === undefined) {
        if (cell !== "") outside += 1;
        return;
      }
      const read = readStudents(cell);
      if (read.ok) cells.push({ row: r, column: c, value: read.value });
      else refused.push(`${rowLabel}, ${columnLabel}: ${read.message}`);
    }),
  );
  if (outside > 0)
    refused.push(
      `${outside === 1 ? "1 waarde valt" : `${outside} waarden vallen`} buiten de tabel (meer rijen of kolommen dan er zijn) en ${outside === 1 ? "is" : "zijn"} niet ingevuld.`,
    );
  return { cells, refused };
}
