/** The engine's result for the current session, recomputed when the session changes. */
import { computed } from "nanostores";
import { type Problem, type Result, computeResult, parseSession, planYearOf } from "../engine/index.ts";
import { $session } from "./session.ts";

/** The result, or the problems that keep the engine from running. */
export type ResultState =
  | { ok: true; result: Result; planYear: string }
  | { ok: false; problems: readonly Problem[] };

/** Derived: never throws, never holds NaN (the engine only sees checked sessions). */
export const $result = computed($session, (session): ResultState => {
  const outcome = parseSession(session);
  if (!outcome.ok) return { ok: false, problems: outcome.problems };
  return { ok: true, result: computeResult(outcome.session), planYear: planYearOf(outcome.session) };
});
