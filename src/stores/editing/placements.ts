/** Actions on the student grid (board × institute × category × school year): one exported function per change. */
import type { Placement, Session } from "../../engine/index.ts";
import { type ProjectionSpec, projectRows, projectStudents } from "../../lib/projection.ts";
import { $session, updateSession } from "../session.ts";
import { recordRemoval, reinsert } from "../undo.ts";
import { isEmpty, withKey } from "./records.ts";

/** One combination of board, institute and category (a row of the grid). */
export type Combination = Pick<Placement, "board" | "institute" | "category">;

/** True when a row for this board × institute × category already exists. */
export function hasPlacement(session: Session, board: string, institute: string, category: string): boolean {
  return session.placements.some((p) => p.board === board && p.institute === institute && p.category === category);
}

/** Changes the row at `index` through `change` (nothing for an index that does not exist). */
function changeRow(index: number, change: (row: Placement) => void): void {
  updateSession((draft) => {
    const row = draft.placements[index];
    if (row) change(row);
  });
}

/** Students of a row in a year; undefined clears the cell (counts 0). */
function writeStudents(row: Placement, year: string, students: number | undefined): void {
  if (students === undefined) delete row.students[year];
  else row.students[year] = students;
}

/** Years after `baseYear` within the session's years. */
function yearsAfter(session: Session, baseYear: string): string[] {
  const at = session.years.indexOf(baseYear);
  return at < 0 ? [] : session.years.slice(at + 1);
}

/** Adds an empty row for every combination that has none yet, in the order given; returns how many were added. */
export function addPlacements(combinations: readonly Combination[]): number {
  let added = 0;
  updateSession((draft) => {
    for (const c of combinations) {
      if (hasPlacement(draft, c.board, c.institute, c.category)) continue;
      draft.placements.push({ board: c.board, institute: c.institute, category: c.category, students: {}, days: 0 });
      added += 1;
    }
  });
  return added;
}

/** Removes the row at `index`; `label` is how the undo notice names it. */
export function removePlacement(index: number, label: string): void {
  const row = $session.get().placements[index];
  if (!row) return;
  const kept = structuredClone(row);
  updateSession((draft) => void draft.placements.splice(index, 1));
  recordRemoval(`Rij ${label} verwijderd`, (draft) => {
    if (!hasPlacement(draft, kept.board, kept.institute, kept.category)) reinsert(draft.placements, index, kept);
  });
}

/** Students of a row in a year; undefined clears the cell (counts 0). */
export function setStudents(index: number, year: string, students: number | undefined): void {
  changeRow(index, (row) => writeStudents(row, year, students));
}

/** Students in many cells at once (a block pasted into the grid), as one change. */
export function setStudentsCells(cells: readonly { index: number; year: string; students: number }[]): void {
  updateSession((draft) => {
    for (const cell of cells) {
      const row = draft.placements[cell.index];
      if (row) writeStudents(row, cell.year, cell.students);
    }
  });
}

/** Stage days per student per year (per-day categories). */
export function setDays(index: number, days: number): void {
  changeRow(index, (row) => (row.days = days));
}

/** Number of groups in a year, overriding ceil(students ÷ group size); undefined = computed. */
export function setGroups(index: number, year: string, groups: number | undefined): void {
  changeRow(index, (row) => {
    const next = withKey(row.groups, year, groups);
    if (isEmpty(next)) delete row.groups;
    else row.groups = next;
  });
}

/** Writes projected students into one row for every year after `baseYear` (from its count in that year). */
export function projectPlacement(index: number, baseYear: string, spec: ProjectionSpec): void {
  updateSession((draft) => {
    const row = draft.placements[index];
    if (!row) return;
    const years = yearsAfter(draft, baseYear);
    const values = projectStudents(row.students[baseYear] ?? 0, years.length, spec);
    years.forEach((year, i) => (row.students[year] = values[i] ?? 0));
  });
}

/**
 * Writes projected students into several rows at once (all rows when `indexes` is omitted): their
 * total grows by `spec` and is split in proportion to each row's count in `baseYear`.
 */
export function projectAll(baseYear: string, spec: ProjectionSpec, indexes?: readonly number[]): void {
  updateSession((draft) => {
    const rows = (indexes ?? draft.placements.map((_, i) => i)).map((i) => draft.placements[i]).filter((r): r is Placement => r !== undefined);
    const years = yearsAfter(draft, baseYear);
    const values = projectRows(rows.map((r) => r.students[baseYear] ?? 0), years.length, spec);
    rows.forEach((row, r) => years.forEach((year, i) => (row.students[year] = values[r]?.[i] ?? 0)));
  });
}
