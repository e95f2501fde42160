/**
 * Which folded parts of the steps a person has opened (presets, helpers, explanations, long
 * tables): remembered per browser, not per conversation, because it is a habit of the reader, not
 * a fact of the partnership. One storage entry per fold, "gesprekswijzer:ingeklapt:<key>" → "1"
 * (open) or "0" (closed); a part that was never touched uses its default.
 *
 * A plain atom with its own storage lines rather than @nanostores/persistent's persistentMap: that
 * map (with nanostores' map underneath) added 0.3 KB gzip to the library chunk every page loads,
 * for a few keys that are read once and written on a click.
 */
import { atom } from "nanostores";

/** Storage key prefix of the remembered folds (unchanged since the folds came, so choices stay). */
export const FOLDS_PREFIX = "gesprekswijzer:ingeklapt:";

type FoldState = "1" | "0";

/** The remembered folds in browser storage; none where storage is absent or blocked. */
function readFolds(): Record<string, FoldState | undefined> {
  const folds: Record<string, FoldState | undefined> = {};
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (!name?.startsWith(FOLDS_PREFIX)) continue;
      const value = localStorage.getItem(name);
      // Anything else in storage (edited by hand) is ignored: that fold keeps its default.
      if (value === "1" || value === "0") folds[name.slice(FOLDS_PREFIX.length)] = value;
    }
  } catch {
    // No storage (the server render, a blocked browser): every fold uses its default.
  }
  return folds;
}

/** Open ("1") or closed ("0") per fold key; absent = the fold's own default. */
export const foldsStore = atom<Record<string, FoldState | undefined>>(readFolds());

/** Remembers that the fold `key` was opened or closed. */
export function setFoldOpen(key: string, open: boolean): void {
  const value: FoldState = open ? "1" : "0";
  foldsStore.set({ ...foldsStore.get(), [key]: value });
  try {
    localStorage.setItem(FOLDS_PREFIX + key, value);
  } catch {
    // Full or blocked storage: the fold forgets on the next visit; the session store reports storage problems.
  }
}
