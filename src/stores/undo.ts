/**
 * Undo for removals: removing a partner, category, grid row, cost line or note asks no question;
 * instead the last removal can be taken back ("… verwijderd — Ongedaan maken", or Ctrl+Z). Each
 * removal records how to put exactly that back, so undo never touches what changed since.
 */
import { atom } from "nanostores";
import type { Session } from "../engine/index.ts";
import { updateSession } from "./session.ts";

/** The last removal: what the notice says and the recipe that puts it back. */
export interface Removal {
  /** Dutch, e.g. "Stichting Akker verwijderd (met 3 plaatsingen)". */
  message: string;
  /** Puts the removed things back into a draft of the session. */
  restore: (draft: Session) => void;
  /** Increases with every removal, so a notice can tell a new removal from the one it shows. */
  serial: number;
}

/** The removal that can still be undone; null when there is none (or it was undone). */
/** The last removal that can still be undone (null when there is none); components read it as `$lastRemovalStore`. */
export const lastRemovalStore = atom<Removal | null>(null);

let serial = 0;

/** Records a removal that just happened (called by the removing actions, after their change). */
export function recordRemoval(message: string, restore: (draft: Session) => void): void {
  serial += 1;
  lastRemovalStore.set({ message, restore, serial });
}

/** Puts the last removal back; returns its message, or null when there was nothing to undo. */
export function undoRemoval(): string | null {
  const removal = lastRemovalStore.get();
  if (removal === null) return null;
  lastRemovalStore.set(null);
  updateSession(removal.restore);
  return removal.message;
}

/** Forgets the last removal (it can no longer be undone). */
export function forgetRemoval(): void {
  lastRemovalStore.set(null);
}

/** Inserts `item` at `index` (or at the end when the list has become shorter). */
export function reinsert<T>(list: T[], index: number, item: T): void {
  list.splice(Math.min(index, list.length), 0, item);
}

/** The items of `list` that `pick` selects, with their positions (to reinsert them in order). */
export function positioned<T>(list: readonly T[], pick: (item: T) => boolean): [number, T][] {
  return list.flatMap((item, i): [number, T][] => (pick(item) ? [[i, structuredClone(item)]] : []));
}
