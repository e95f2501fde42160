/** Actions on the student grid (board × institute × category × school year): one exported function per change. */
import type { Placement, Session } from "../../engine/index.ts";
import { type ProjectionSpec, projectRows, projectStudents } from "../../lib/projection.ts";
import { sessionStore, shareUnchanged, updateSession } from "../session.ts";
import { recordRemoval, reinsert } from "../undo.ts";
import { isEmpty, withKey } from "./records.ts";

/** One combination of board, institute and category (a row of the grid). */
export type Combination = Pick<Placement, "board" | "institute" | "category">;

/** True when a row for this board × institute × category already exists. */
export function hasPlacement(
  session: Session,
  board: string,
  institute: string,
  category: string,
): boolean {
  return session.placements.some(
    (p) => p.board === board && p.institute === institute && p.category === category,
  );
}

/**
 * Changes the row at `index` through `change` (nothing for an index that does not exist). Only that
 * row is copied, not the whole session: in a 600-row grid this is on the path of every keystroke.
 */
function changeRow(index: number, change: (row: Placement) => void): void {
  const current = sessionStore.get();
  const row = current.placements[index];
  if (!row) return;
  const draft = structuredClone(row);
  change(draft);
  const next = shareUnchanged(row, draft);
  if (next === row) return;
  const placements = current.placements.slice();
  placements[index] = next;
  sessionStore.set({ ...current, placements });
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
      draft.placements.push({
        board: c.board,
        institute: c.institute,
        category: c.category,
        students: {},
        days: 0,
      });
      added += 1;
    }
  });
  return added;
}

/** Removes the row at `index`; `label` is how the undo notice names it. */
export function removePlacement(index: number, label: string): void {
  const row = sessionStore.get().placements[index];
  if (!row) return;
  const kept = structuredClone(row);
  updateSession((draft) => void draft.placements.splice(index, 1));
  recordRemoval(`Rij ${label} verwijderd`, (draft) => {
    if (!hasPlacement(draft, kept.board, kept.institute, kept.category))
      reinsert(draft.placements, index, kept);
  });
}

/** Students of a row in a year; undefined clears the cell (counts 0). */
export function setStudents(index: number, year: string, students: number | undefined): void {
  changeRow(index, (row) => writeStudents(row, year, students));
}

/** Students in many cells at once (a block pasted into the grid), as one change. */
export function setStudentsCells(
  cells: readonly { index: number; year: string; students: number }[],
): void {
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
export function projectAll(
  baseYear: string,
  spec: ProjectionSpec,
  indexes?: readonly number[],
): void {
  updateSession((draft) => {
    const rows = (indexes ?? draft.placements.map((_, i) => i))
      .map((i) => draft.placements[i])
      .filter((r): r is Placement => r !== undefined);
    const years = yearsAfter(draft, baseYear);
    const values = projectRows(
      rows.map((r) => r.students[baseYear] ?? 0),
      years.length,
      spec,
    );
    rows.forEach((row, r) =>
      years.forEach((year, i) => (row.students[year] = values[r]?.[i] ?? 0)),
    );
  });
}

/**
 * Rows that share their board × institute × category with another row, as lists of their indexes
 * (in grid order), one list per combination. Files with such rows are refused, but a session kept
 * in this browser by an older version, or two windows adding the same row at once, can hold them.
 */
export function duplicatePlacements(session: Session): number[][] {
  const byCombination = new Map<string, number[]>();
  session.placements.forEach((p, i) => {
    const key = JSON.stringify([p.board, p.institute, p.category]);
    byCombination.set(key, [...(byCombination.get(key) ?? []), i]);
  });
  return [...byCombination.values()].filter((indexes) => indexes.length > 1);
}

/** Students per year added up over `rows`. */
function addedStudents(rows: readonly Placement[]): Placement["students"] {
  const students: Placement["students"] = {};
  for (const row of rows)
    for (const [year, n] of Object.entries(row.students))
      students[year] = (students[year] ?? 0) + n;
  return students;
}

/**
 * Group counts for the merged row: a year keeps a typed count only when every row typed one
 * (their sum); otherwise the engine computes it from the merged students, as for any row.
 */
function addedGroups(rows: readonly Placement[]): Placement["groups"] {
  const years = new Set(rows.flatMap((row) => Object.keys(row.groups ?? {})));
  const groups: NonNullable<Placement["groups"]> = {};
  for (const year of years) {
    const typed = rows.map((row) => row.groups?.[year]);
    if (typed.every((n) => n !== undefined)) groups[year] = typed.reduce((sum, n) => sum + n, 0);
  }
  return isEmpty(groups) ? undefined : groups;
}

/**
 * Merges the rows at `indexes` (one combination, see `duplicatePlacements`) into the first of them:
 * students added per year, stage days of the first row. `label` names the row in the undo notice;
 * undo puts the separate rows back in their places.
 */
export function mergePlacements(indexes: readonly number[], label: string): void {
  const all = sessionStore.get().placements;
  const kept = indexes
    .flatMap((i): [number, Placement][] => (all[i] ? [[i, structuredClone(all[i])]] : []))
    .sort((a, b) => a[0] - b[0]);
  const [first] = kept;
  if (first === undefined || kept.length < 2) return;
  const rows = kept.map(([, row]) => row);
  const groups = addedGroups(rows);
  const merged: Placement = {
    ...first[1],
    students: addedStudents(rows),
    ...(groups ? { groups } : {}),
  };
  if (!groups) delete merged.groups;
  updateSession((draft) => {
    // From the last to the first, so taking a row out does not move the ones still to go.
    for (const [i] of kept.slice(1).reverse()) draft.placements.splice(i, 1);
    draft.placements[first[0]] = merged;
  });
  recordRemoval(`Rijen ${label} samengevoegd`, (draft) => {
    const at = draft.placements.findIndex(
      (p) =>
        p.board === merged.board &&
        p.institute === merged.institute &&
        p.category === merged.category,
    );
    if (at < 0) return;
    draft.placements.splice(at, 1);
    for (const [i, row] of kept) reinsert(draft.placements, i, row);
  });
}
