/**
 * The session store for the start page, which shows no conversation: it loads on the first button
 * that needs it (or when a stored conversation needs its check), once for every island of the page,
 * and the islands that only show what it reports (the storage notice) hear when it does.
 */

/** The session store module. */
export type SessionModule = typeof import("./session.ts");

let loading: Promise<SessionModule> | undefined;
const waiting = new Set<() => void>();

/** Loads the session store (once) and tells whoever waits for it. */
export function loadSessionStore(): Promise<SessionModule> {
  if (loading === undefined) {
    loading = import("./session.ts");
    for (const run of waiting) run();
    waiting.clear();
  }
  return loading;
}

/** Runs `run` as soon as the session store is asked for (at once when it already was). */
export function whenSessionStoreLoads(run: () => void): void {
  if (loading === undefined) waiting.add(run);
  else run();
}
