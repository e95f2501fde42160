/**
 * Keeps the conversation being edited current in the library (/gesprekken/, the proposal's
 * alternatives, the region, the comparison) without the user opening the library: after a pause
 * in editing, its slot and the index's last change are written once. The library's code loads only
 * then, so an editing page carries none of it at first.
 */
import { sessionStore } from "./session.ts";

/** Pause after the last change before the library is written (ms). */
export const LIBRARY_SYNC_DELAY_MS = 2000;

/** Writes the conversation being edited into the library now. */
export async function syncLibraryNow(): Promise<void> {
  const { syncCurrent } = await import("./library.ts");
  await syncCurrent();
}

/** Follows the session store: once now (after the pause) and after every pause in editing. Returns the stop function. */
export function followEditsIntoLibrary(delay = LIBRARY_SYNC_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void syncLibraryNow(), delay);
  };
  const unlisten = sessionStore.listen(later);
  later();
  return () => {
    clearTimeout(timer);
    unlisten();
  };
}
