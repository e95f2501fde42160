/**
 * Students per placement and per board, every school year: the placements sheet of the Excel
 * download and the board summary of the proposal's annex B for large partnerships.
 */
import type { Session } from "../engine/index.ts";
import { formatNumber } from "../lib/format.ts";
import { categoryNameOf, numberColumn, partnerNameOf, textColumn } from "./common.ts";
import type { Row, Table } from "./types.ts";

/** Every placement row: board, institute, category and its students in each school year. */
export function placementTable(session: Session): Table {
  const rows: Row[] = session.placements.map((p) => {
    const counts = session.years.map((y) => p.students[y] ?? 0);
    return {
      cells: [
        partnerNameOf(session, p.board),
        partnerNameOf(session, p.institute),
        categoryNameOf(session, p.category),
        ...counts.map(formatNumber),
      ],
      values: [null, null, null, ...counts],
    };
  });
  return {
    caption: "Studenten per plaatsing (schoolbestuur, opleiding en categorie)",
    columns: [
      ...["Schoolbestuur", "Opleiding", "Categorie"].map(textColumn),
      ...session.years.map(numberColumn),
    ],
    rows,
  };
}

/** Per board with placements: how many placement rows, and its students per school year in `years`. */
export function boardStudentsTable(session: Session, years: readonly string[]): Table {
  const byBoard = new Map<string, { rows: number; counts: number[] }>();
  for (const p of session.placements) {
    const entry = byBoard.get(p.board) ?? { rows: 0, counts: years.map(() => 0) };
    entry.rows++;
    years.forEach((y, i) => (entry.counts[i] = (entry.counts[i] ?? 0) + (p.students[y] ?? 0)));
    byBoard.set(p.board, entry);
  }
  const rows: Row[] = [...byBoard].map(([board, { rows: count, counts }]) => ({
    cells: [partnerNameOf(session, board), formatNumber(count), ...counts.map(formatNumber)],
    values: [null, count, ...counts],
  }));
  return {
    caption: "Studenten per schoolbestuur",
    columns: [textColumn("Schoolbestuur"), numberColumn("Plaatsingen"), ...years.map(numberColumn)],
    rows,
  };
}
