/**
 * The inputs that differ between two sessions, by their path in the session file: the comparison
 * page lists them, and the proposal's chapter Alternatieven prints them. Small on purpose: the
 * proposal page loads it at once, without the comparison's tables and charts.
 */
import { type Session } from "../engine/index.ts";
import { formatNumber } from "../lib/format.ts";

/** Leaf values of a JSON value by path ("placements[2].students.2025-2026"). */
function leaves(value: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  else out.set(path, shown(value));
}

/** A leaf value as the comparison shows it: Dutch numbers, ja/nee. */
function shown(value: unknown): string {
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "ja" : "nee";
  return String(value);
}

/** One input that differs between two sessions: its path in the session file and both values as shown. */
export interface InputDifference {
  path: string;
  /** The value in the first session, "(leeg)" when it has none. */
  from: string;
  /** The value in the second session, "(leeg)" when it has none. */
  to: string;
}

/** Every figure of a session by path; answers are left out: they are text, not figures. */
function figuresOf(session: Session): Map<string, string> {
  const out = new Map<string, string>();
  const { answers: _answers, ...figures } = session;
  leaves(figures, "", out);
  return out;
}

/** The inputs whose values differ between two sessions, in the order of the first session's file. */
export function differingInputs(first: Session, other: Session): InputDifference[] {
  const a = figuresOf(first);
  const b = figuresOf(other);
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((p) => a.get(p) !== b.get(p))
    .map((path) => ({ path, from: a.get(path) ?? "(leeg)", to: b.get(path) ?? "(leeg)" }));
}

/** A path with the name of the list item it starts in, for readers: `categories[0] "Pabo voltijd".perStudent.WPB`. */
export function namedPath(session: Session, path: string): string {
  const m = /^(\w+)\[(\d+)\](.*)$/.exec(path);
  if (m === null) return path;
  const list: unknown = (session as unknown as Record<string, unknown>)[m[1]!];
  const item: unknown = Array.isArray(list) ? list[Number(m[2])] : undefined;
  const name =
    typeof item === "object" && item !== null && "name" in item && typeof item.name === "string"
      ? item.name.trim()
      : "";
  return name === "" ? path : `${m[1]}[${m[2]}] "${name}"${m[3]}`;
}
