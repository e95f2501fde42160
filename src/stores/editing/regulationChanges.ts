/**
 * Actions on the regulation's history (cost model 1.1): the grant mode, and "from school year X
 * regulation Y applies" (`regulation.byYear`), with a shipped record or own values and a ceiling
 * factor from that year.
 */
import type { Grant, RegulationChange, Session } from "../../engine/index.ts";
import { shiftYear, startOf } from "../../engine/index.ts";
import { updateSession } from "../session.ts";

/** The values a change may take from a shipped record. */
export interface ChangeRecord {
  id: string;
  base: number;
  perStudent: number;
}

/** The fields of a change a person types. */
export type ChangeField = "base" | "perStudent" | "ceilingFactor";

function changes(draft: Session): Record<string, RegulationChange> {
  return (draft.regulation.byYear ??= {});
}

/** Drops an empty `byYear`, so a file without changes stays as the first version wrote it. */
function tidy(draft: Session): void {
  if (draft.regulation.byYear !== undefined && Object.keys(draft.regulation.byYear).length === 0)
    delete draft.regulation.byYear;
}

/** Per school year or per calendar year (§3.3). */
export function setGrant(grant: Grant): void {
  updateSession((draft) => {
    draft.regulation.grant = grant;
  });
}

/** A new change from the first year after the last change (or after the first school year) that has none. */
export function addRegulationChange(record: ChangeRecord | null): void {
  updateSession((draft) => {
    const taken = Object.keys(draft.regulation.byYear ?? {});
    let year = shiftYear(draft.years[0]!, 1);
    for (const t of taken) if (startOf(t) >= startOf(year)) year = shiftYear(t, 1);
    changes(draft)[year] = record === null ? {} : { ...record };
  });
}

/** Moves a change to another school year (an existing change there is replaced). */
export function moveRegulationChange(from: string, to: string): void {
  updateSession((draft) => {
    const all = changes(draft);
    const entry = all[from];
    if (entry === undefined || from === to) return;
    delete all[from];
    all[to] = entry;
  });
}

/** Takes id, base and amount per student from a shipped record, or (null) keeps the numbers as own values. */
export function setRegulationChangeRecord(year: string, record: ChangeRecord | null): void {
  updateSession((draft) => {
    const entry = changes(draft)[year];
    if (entry === undefined) return;
    if (record === null) delete entry.id;
    else Object.assign(entry, record);
  });
}

/** One typed value from that year on; undefined: unchanged from the year before. Own amounts drop the record id. */
export function setRegulationChangeField(
  year: string,
  field: ChangeField,
  value: number | undefined,
): void {
  updateSession((draft) => {
    const entry = changes(draft)[year];
    if (entry === undefined) return;
    if (value === undefined) delete entry[field];
    else entry[field] = value;
    if (field !== "ceilingFactor") delete entry.id;
  });
}

/** Removes a change. */
export function removeRegulationChange(year: string): void {
  updateSession((draft) => {
    delete changes(draft)[year];
    tidy(draft);
  });
}
