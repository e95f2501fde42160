/** Reading a session file for the command line: Dutch messages, never a stack trace. */
import { readFile } from "node:fs/promises";
import { type Session, formatProblem, parseSessionText } from "../engine/index.ts";

/** A session, or the Dutch lines to print on stderr. */
export type LoadOutcome = { ok: true; session: Session } | { ok: false; lines: string[] };

/** Reads and checks a session file. */
export async function loadSession(path: string): Promise<LoadOutcome> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "bestaat niet" : code === "EISDIR" ? "is een map, geen bestand" : "kan niet worden gelezen";
    return { ok: false, lines: [`Het bestand ${path} ${why}.`] };
  }
  const outcome = parseSessionText(text);
  if (outcome.ok) return { ok: true, session: outcome.session };
  return {
    ok: false,
    lines: [`${path} is geen geldig sessiebestand:`, ...outcome.problems.map((p) => `  - ${formatProblem(p)}`)],
  };
}
