/**
 * One run of the engine on the session: the schema's cross-field check, then the computation. Its
 * own chunk (with zod and the engine), loaded by result.ts after the page shows, so a page's first
 * script holds neither.
 */
import { type Session, computeResult, parseSession, planYearOf } from "../engine/index.ts";
import type { ResultState } from "./result.ts";

/** The result of a session, or the problems that keep the engine from running; never throws. */
export function evaluate(session: Session): ResultState {
  const outcome = parseSession(session);
  return outcome.ok
    ? { ok: true, result: computeResult(outcome.session), planYear: planYearOf(outcome.session) }
    : { ok: false, problems: outcome.problems };
}
