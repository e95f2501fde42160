/** Actions on the placements grid: students per board × institute × category × school year. */
import type { Placement, Session } from "../../engine/index.ts";
import { type ProjectionSpec, projectRows, projectStudents } from "../../lib/projection.ts";
import { $session, updateSession } from "../session.ts";
import { recordRemoval, reinsert } from "../undo.ts";
import { isEmpty, withKey } from "./records.ts";

/** True when a row for this board × institute × category already exists. */
export function hasPlacement(session: Session, board: string, institute: string, category: string): boolean {
  return session.placements.some((p) => p.board === board && p.institute === institute && p.category === category);
}

/** Adds an empty row; refuses (returns false) a combination that already has a row. */
export function addPlacementDraft(draft: Session, board: string, institute: string, category: string): boolean {
  if (hasPlacement(draft, board, institute, category)) return false;
  const row: Placement = { board, institute, category, students: {}, days: 0 };
  draft.placements.push(row);
  return true;
}

/** Removes the row at `index`. */
export function removePlacementDraft(draft: Session, index: number): void {
  draft.placements.splice(index, 1);
}

/** Students of a row in a year; undefined clears the cell (counts 0). */
export function setStudentsDraft(draft: Session, index: number, year: string, students: number | undefined): void {
  const row = draft.placements[index];
  if (!row) return;
  if (students === undefined) delete row.students[year];
  else row.students[year] = students;
}

/** Stage days per student per year (per-day categories). */
export function setDaysDraft(draft: Session, index: number, days: number): void {
  const row = draft.placements[index];
  if (row) row.days = days;
}

/** Number of groups in a year, overriding ceil(students ÷ group size); undefined = computed. */
export function setGroupsDraft(draft: Session, index: number, year: string, groups: number | undefined): void {
  const row = draft.placements[index];
  if (!row) return;
  const next = withKey(row.groups, year, groups);
  if (isEmpty(next)) delete row.groups;
  else row.groups = next;
}

/** Years after `baseYear` within the session's years. */
function yearsAfter(session: Session, baseYear: string): string[] {
  const at = session.years.indexOf(baseYear);
  return at < 0 ? [] : session.years.slice(at + 1);
}

/** Writes projected students into one row for every year after `baseYear` (from its count in that year). */
export function projectPlacementDraft(draft: Session, index: number, baseYear: string, spec: ProjectionSpec): void {
  const row = draft.placements[index];
  if (!row) return;
  const years = yearsAfter(draft, baseYear);
  const values = projectStudents(row.students[baseYear] ?? 0, years.length, spec);
  years.forEach((year, i) => (row.students[year] = values[i] ?? 0));
}

/**
 * Writes projected students into several rows at once (all rows when `indexes` is omitted): their
 * total grows by `spec` and is split in proportion to each row's count in `baseYear`.
 */
export function projectAllDraft(draft: Session, baseYear: string, spec: ProjectionSpec, indexes?: readonly number[]): void {
  const rows = (indexes ?? draft.placements.map((_, i) => i)).map((i) => draft.placements[i]).filter((r): r is Placement => r !== undefined);
  const years = yearsAfter(draft, baseYear);
  const values = projectRows(rows.map((r) => r.students[baseYear] ?? 0), years.length, spec);
  rows.forEach((row, r) => years.forEach((year, i) => (row.students[year] = values[r]?.[i] ?? 0)));
}

/** Action: add a row (returns false for a duplicate). */
export function addPlacement(board: string, institute: string, category: string): boolean {
  let added = false;
  updateSession((d) => (added = addPlacementDraft(d, board, institute, category)));
  return added;
}
/** One combination of board, institute and category (a row of the grid). */
export type Combination = Pick<Placement, "board" | "institute" | "category">;

/** Action: adds a row for every combination that has none yet, in the order given; returns how many were added. */
export function addPlacements(combinations: readonly Combination[]): number {
  let added = 0;
  updateSession((d) => {
    for (const c of combinations) if (addPlacementDraft(d, c.board, c.institute, c.category)) added += 1;
  });
  return added;
}

/** Action: students in many cells at once (a block pasted into the grid), as one change. */
export function setStudentsCells(cells: readonly { index: number; year: string; students: number }[]): void {
  updateSession((d) => {
    for (const cell of cells) setStudentsDraft(d, cell.index, cell.year, cell.students);
  });
}

/** Action: remove a row; `label` is how the undo notice names it. */
export function removePlacement(index: number, label: string): void {
  const row = $session.get().placements[index];
  if (!row) return;
  const kept = structuredClone(row);
  updateSession((d) => removePlacementDraft(d, index));
  recordRemoval(`Rij ${label} verwijderd`, (d) => {
    if (!hasPlacement(d, kept.board, kept.institute, kept.category)) reinsert(d.placements, index, kept);
  });
}
/** Action: students in a cell. */
export const setStudents = (index: number, year: string, students: number | undefined): void =>
  updateSession((d) => setStudentsDraft(d, index, year, students));
/** Action: stage days. */
export const setDays = (index: number, days: number): void => updateSession((d) => setDaysDraft(d, index, days));
/** Action: group override. */
export const setGroups = (index: number, year: string, groups: number | undefined): void => updateSession((d) => setGroupsDraft(d, index, year, groups));
/** Action: project one row. */
export const projectPlacement = (index: number, baseYear: string, spec: ProjectionSpec): void =>
  updateSession((d) => projectPlacementDraft(d, index, baseYear, spec));
/** Action: project several rows together. */
export const projectAll = (baseYear: string, spec: ProjectionSpec, indexes?: readonly number[]): void =>
  updateSession((d) => projectAllDraft(d, baseYear, spec, indexes));
