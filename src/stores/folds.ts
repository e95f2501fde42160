/**
 * Which folded parts of the steps a person has opened (presets, helpers, explanations, long
 * tables): remembered per browser, not per conversation, because it is a habit of the reader, not
 * a fact of the partnership. Key → true when open; a part that was never touched uses its default.
 */
import { persistentMap } from "@nanostores/persistent";

/** Open (true) or closed (false) per fold key; absent = the fold's own default. */
export const foldsStore = persistentMap<Record<string, "1" | "0" | undefined>>(
  "gesprekswijzer:ingeklapt:",
  {},
);

/** Remembers that the fold `key` was opened or closed. */
export function setFoldOpen(key: string, open: boolean): void {
  try {
    foldsStore.setKey(key, open ? "1" : "0");
  } catch {
    // Full or blocked storage: the fold simply forgets; the session store reports storage problems.
  }
}
