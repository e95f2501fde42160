/**
 * The engine's result for the current session, recomputed when the session changes. The engine
 * (with the session schema and zod) is its own chunk, loaded as this module starts: the page shows
 * first, the figures follow a moment later (`pending` until then).
 */
import { atom, computed } from "nanostores";
import type { Problem, Result, Session } from "../engine/index.ts";
import { sessionStore } from "./session.ts";

/** The result, or the problems that keep the engine from running (none while it is still loading: `pending`). */
export type ResultState =
  | { ok: true; result: Result; planYear: string }
  | { ok: false; problems: readonly Problem[]; pending?: true };

/** The state until the engine has loaded: no figures and no problems yet. */
const PENDING: ResultState = { ok: false, problems: [], pending: true };

/** The engine's run, once its chunk has loaded. */
const evaluateStore = atom<((session: Session) => ResultState) | null>(null);

/** Resolves when the engine has loaded (tests, and actions that need a figure at once). */
export const engineLoaded: Promise<void> = import("./evaluate.ts").then(({ evaluate }) =>
  evaluateStore.set(evaluate),
);

/**
 * A computation slower than this moves off the keystroke path (ms). A keystroke has about 50 ms to
 * the next frame on a busy machine, and the store write, window sync and grid take their share, so
 * a quarter of a frame: a 150-partner session (≈ 5–15 ms) always waits for the pause; the shipped
 * examples (well under 1 ms) follow every keystroke.
 */
export const SLOW_COMPUTE_MS = 4;
/** How long a slow computation waits for typing to pause (ms). */
export const SETTLE_MS = 200;

/**
 * The session the result is computed from. It follows every change at once while computing is
 * fast; once a computation took longer than SLOW_COMPUTE_MS (a very large partnership), it follows after a
 * pause in typing, so a keystroke never waits for the engine. One slow run is enough: the first
 * computation after a page load (the engine warming up) then costs a small session one pause,
 * while waiting for a second slow run cost a large one a frozen first keystroke.
 */
const computedSessionStore = atom<Session>(sessionStore.get());
/** How long the last computation took (ms). */
let lastComputeMs = 0;
let settle: ReturnType<typeof setTimeout> | undefined;
sessionStore.listen((session) => {
  clearTimeout(settle);
  if (lastComputeMs < SLOW_COMPUTE_MS) computedSessionStore.set(session);
  else settle = setTimeout(() => computedSessionStore.set(sessionStore.get()), SETTLE_MS);
});

/** Derived: never throws, never holds NaN (the engine only sees checked sessions). */
export const resultStore = computed(
  [computedSessionStore, evaluateStore],
  (session, evaluate): ResultState => {
    if (evaluate === null) return PENDING;
    const start = performance.now();
    const state = evaluate(session);
    lastComputeMs = performance.now() - start;
    return state;
  },
);
