/**
 * The full read of a stored session text: the schema, the cross-field rules and the repair of what
 * they refuse. Loaded after the page shows (see `sessionStore` in session.ts), and by the pages that
 * list or restore stored texts (backups, the library).
 */
import { type Problem, type Session, parseSessionText, repairSession } from "../engine/index.ts";
import { emptySession } from "./newSession.ts";

/** Reads a stored text: the session, repaired where needed, and what was left out (null: nothing readable). */
export function readStored(
  raw: string,
  today: Date = new Date(),
): { session: Session; removed: readonly Problem[] } | null {
  const outcome = parseSessionText(raw);
  if (outcome.ok) return { session: outcome.session, removed: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw.startsWith("\uFEFF") ? raw.slice(1) : raw);
  } catch {
    return null;
  }
  return repairSession(data, emptySession(today));
}
