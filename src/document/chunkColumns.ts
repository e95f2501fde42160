/** Wide year tables split into parts that fit the width of an A4 page. */
import type { Row, Table } from "../report/index.ts";

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
    const piece: Table = {
      caption: `${view.caption} (${part + 1} van ${count})`,
      columns: pick(view.columns),
      rows,
    };
    if (part === count - 1 && view.footnotes) piece.footnotes = view.footnotes;
    parts.push(piece);
  }
  return parts;
}
