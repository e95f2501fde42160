/**
 * Reading a stored session that no longer passes the checks (an older version stored a value the
 * schema now refuses, or the storage was edited by hand): every value that is refused is replaced
 * by the value a new session has there, or removed; when that is not enough, the part around it
 * goes. The readable rest loads, and every value that did not is named with its path. Nothing
 * here throws; the caller keeps the original text as a backup.
 */
import { formatPath, type Problem } from "./problems.ts";
import { type Session, sessionSchema, SESSION_FORMAT } from "./schema.ts";
import { parseSession } from "./validate.ts";
import { dutchErrorMap } from "./zodMessages.ts";

/** A repaired session and what was left out, or null when nothing could be read. */
export type RepairOutcome = {
  readonly session: Session;
  readonly removed: readonly Problem[];
} | null;

type Key = string | number;
type Node = Record<string, unknown> | unknown[];

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null;

/** A cross-field problem's path ("placements[3].board") as keys; these paths hold no dots in keys. */
function keysOf(path: string): Key[] {
  const keys: Key[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g))
    keys.push(match[1] !== undefined ? Number(match[1]) : match[2]!);
  return keys;
}

function valueAt(root: unknown, keys: readonly Key[]): unknown {
  let node = root;
  for (const key of keys) {
    if (!isNode(node) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

/** Replaces the value at `keys` by `replacement`, or removes it (an array item is taken out). */
function replace(root: unknown, keys: readonly Key[], replacement: unknown): boolean {
  const parent = valueAt(root, keys.slice(0, -1));
  const last = keys[keys.length - 1];
  if (!isNode(parent) || last === undefined) return false;
  if (replacement !== undefined && !Array.isArray(parent)) {
    Object.defineProperty(parent, last, {
      value: structuredClone(replacement),
      writable: true,
      enumerable: true,
      configurable: true,
    });
    return true;
  }
  if (!Object.hasOwn(parent, last)) return false;
  // An item of a list is taken out: a value from a new session would be a different item.
  if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
  else delete (parent as Record<Key, unknown>)[last];
  return true;
}

/** The problems of one reading, with their paths as keys. */
function problemsOf(data: unknown): { keys: Key[]; problem: Problem }[] | Session {
  const parsed = sessionSchema.safeParse(data, { error: dutchErrorMap });
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const keys = issue.path.filter((key): key is Key => typeof key !== "symbol");
      return { keys, problem: { path: formatPath(keys), message: issue.message } };
    });
  }
  const outcome = parseSession(data);
  if (outcome.ok) return outcome.session;
  return outcome.problems.map((problem) => ({ keys: keysOf(problem.path), problem }));
}

/** Reads as much of `data` as passes the checks; `fresh` supplies the values of a new session. */
export function repairSession(data: unknown, fresh: Session): RepairOutcome {
  if (
    !isNode(data) ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== SESSION_FORMAT
  )
    return null;
  const work: unknown = structuredClone(data);
  const removed: Problem[] = [];
  const tries = new Map<string, number>();
  // Each round fixes every problem found; a value that keeps failing takes its parent with it.
  for (let round = 0; round < 100; round++) {
    const found = problemsOf(work);
    if (!Array.isArray(found)) return { session: found, removed };
    // Later array items first, so taking one out does not move the others of this round.
    const ordered = [...found].sort((a, b) => compareKeys(b.keys, a.keys));
    let changed = false;
    for (const { keys, problem } of ordered) {
      const key = JSON.stringify(keys);
      const attempt = tries.get(key) ?? 0;
      tries.set(key, attempt + 1);
      if (attempt === 0) removed.push(problem);
      const target = keys.slice(0, Math.max(0, keys.length - attempt));
      if (target.length === 0) return null;
      // A new session's value, else an empty text for a text (a name in use, a text too long).
      const current = valueAt(work, target);
      const original =
        valueAt(fresh, target) ?? (typeof current === "string" && attempt === 0 ? "" : undefined);
      const fallback = current === original ? undefined : original;
      changed = replace(work, target, fallback) || changed;
    }
    if (!changed) return null;
  }
  return null;
}

function compareKeys(a: readonly Key[], b: readonly Key[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
