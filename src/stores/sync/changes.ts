/**
 * Changes between two states of a session, as the fields that changed, and a replica that applies
 * changes from other windows. Two windows that edit at the same time then keep both edits when they
 * touch different fields; for the same field the later edit wins in every window (last writer wins
 * per field, ordered by a hybrid clock), so all windows end on the same text, never a mix.
 * Arrays are one field each: rows have no stable position to merge on.
 */

/** Where a value sits in the session: object keys from the root; [] is the whole session. */
export type Path = readonly string[];

/** One changed field: its new value, or undefined when the key was removed. */
export interface Change {
  /** Where the value sits. */
  readonly path: Path;
  /** The new value (plain JSON), undefined = removed. */
  readonly value: unknown;
}

/** When a change was made: time in ms (bumped past anything seen) and the window that made it. */
export interface Stamp {
  /** Hybrid clock: Date.now(), or one more than the latest stamp seen when that is later. */
  readonly time: number;
  /** Random id of the window; breaks ties so every window picks the same winner. */
  readonly window: string;
}

/** What one window tells the others after one edit. */
export interface ChangeMessage {
  /** When the edit was made. */
  readonly stamp: Stamp;
  /** The fields it changed. */
  readonly changes: readonly Change[];
}

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Equal lists, compared item by item: the stores keep unchanged rows as the same objects, so a
 * count typed in one of 600 placement rows compares one row as text, not twice the whole list.
 */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
}

/** The fields that differ between two states (objects compared key by key, arrays as a whole). */
export function diff(before: unknown, after: unknown, path: Path = []): Change[] {
  // Unchanged parts keep their identity (see shareUnchanged in session.ts): skip them at once.
  if (before === after) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const changes: Change[] = [];
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key)) changes.push({ path: [...path, key], value: undefined });
    }
    for (const key of Object.keys(after)) {
      if (!Object.hasOwn(before, key)) changes.push({ path: [...path, key], value: after[key] });
      else changes.push(...diff(before[key], after[key], [...path, key]));
    }
    return changes;
  }
  const same =
    Array.isArray(before) && Array.isArray(after)
      ? sameItems(before, after)
      : sameJson(before, after);
  return same ? [] : [{ path, value: after }];
}

/** True when stamp a was made after stamp b. */
export function later(a: Stamp, b: Stamp): boolean {
  return a.time !== b.time ? a.time > b.time : a.window > b.window;
}

/** Writes an own property (also "__proto__", which plain assignment would turn into a prototype). */
function put(target: Plain, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (!isPlainObject(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** Sets (or removes) the value at a path in a copy-safe way; returns the new root. */
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return structuredClone(value);
  const top: Plain = isPlainObject(root) ? root : {};
  let node = top;
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (isPlainObject(next)) node = next;
    else {
      const made: Plain = {};
      put(node, key, made);
      node = made;
    }
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else put(node, last, structuredClone(value));
  return top;
}

const SEPARATOR = "\u0000";
/** "" for the root; every key is preceded by the separator, so a key "" differs from the root. */
const keyOf = (path: Path): string => path.map((key) => SEPARATOR + key).join("");
const isBelow = (key: string, parent: string): boolean => key.startsWith(parent + SEPARATOR);

/** The state of one window: which stamp last wrote each field, and the clock. */
export class Replica {
  private readonly stamps = new Map<string, { path: Path; stamp: Stamp }>();
  private clock = 0;

  /** Random id of this window. */
  readonly window: string;
  /** The wall clock (a parameter so tests can play two windows in one process). */
  private readonly now: () => number;

  constructor(window: string, now: () => number = Date.now) {
    this.window = window;
    this.now = now;
  }

  /** Records a local edit from `before` to `after`; the message for the other windows, or null when nothing changed. */
  local(before: unknown, after: unknown): ChangeMessage | null {
    const changes = diff(before, after);
    if (changes.length === 0) return null;
    this.clock = Math.max(this.now(), this.clock + 1);
    const stamp: Stamp = { time: this.clock, window: this.window };
    for (const change of changes) this.mark(change.path, stamp);
    return { stamp, changes };
  }

  /** Applies another window's edit to `state` (mutated, or replaced when the root changes); returns the new state. */
  remote(state: unknown, message: ChangeMessage): unknown {
    this.clock = Math.max(this.clock, message.stamp.time);
    let root = state;
    for (const change of message.changes) {
      if (this.newerAtOrAbove(change.path, message.stamp)) continue;
      // Fields below this one that were edited after the incoming edit survive it.
      const kept = [...this.stamps.values()]
        .filter(
          (entry) =>
            isBelow(keyOf(entry.path), keyOf(change.path)) && later(entry.stamp, message.stamp),
        )
        .map((entry) => ({ ...entry, value: valueAt(root, entry.path) }));
      root = setAt(root, change.path, change.value);
      this.mark(change.path, message.stamp);
      for (const entry of kept) {
        root = setAt(root, entry.path, entry.value);
        this.stamps.set(keyOf(entry.path), { path: entry.path, stamp: entry.stamp });
      }
    }
    return root;
  }

  /** Forgets all stamps (the state was reloaded from storage). */
  reset(): void {
    this.stamps.clear();
  }

  private mark(path: Path, stamp: Stamp): void {
    const key = keyOf(path);
    for (const other of [...this.stamps.keys()]) if (isBelow(other, key)) this.stamps.delete(other);
    this.stamps.set(key, { path, stamp });
  }

  private newerAtOrAbove(path: Path, stamp: Stamp): boolean {
    for (let depth = 0; depth <= path.length; depth++) {
      const entry = this.stamps.get(keyOf(path.slice(0, depth)));
      if (entry !== undefined && later(entry.stamp, stamp)) return true;
    }
    return false;
  }
}
