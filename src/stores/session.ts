/**
 * The one conversation session: state and actions. Persisted in localStorage under a versioned
 * key: shown at once when the stored text has the session's shape, then checked in full through
 * the session schema, which loads after the page (see `decode`); other windows of the same browser follow along by
 * the fields that change (see sync/channel.ts), never by whole-session overwrites. A stored value
 * that no longer decodes is never dropped: the readable parts load, the original is copied to a
 * backup key, and `storageNoticeStore` names what could not be read.
 */
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
} from "@nanostores/persistent";
import { atom } from "nanostores";
import type { Answer, Problem, Session } from "../engine/index.ts";
import { formatIsoDate } from "../lib/format.ts";
import { slugify } from "../lib/ids.ts";
import { emptySession } from "./newSession.ts";
import { BACKUP_PREFIX, SESSION_KEY } from "./sessionKey.ts";
import { sessionShaped } from "./storedShape.ts";
import { connectWindows } from "./sync/channel.ts";

export { BACKUP_PREFIX, hasStoredSession, SESSION_KEY } from "./sessionKey.ts";

/** What went wrong reading the stored session: the backup key and the values that did not load. */
export interface StorageNotice {
  /** The Dutch message. */
  readonly message: string;
  /** localStorage key of the backup of the original, or null when the backup failed. */
  readonly backupKey: string | null;
  /** The values that were left out, with their path (empty when nothing could be read). */
  readonly removed: readonly Problem[];
}

/** Set when a stored session could not be read in full and was put aside. */
export const storageNoticeStore = atom<StorageNotice | null>(null);

/** The backup key that already holds exactly `raw`, if any. */
function existingBackup(raw: string): string | undefined {
  return Object.keys(localStorage).find(
    (key) => key.startsWith(BACKUP_PREFIX) && localStorage.getItem(key) === raw,
  );
}

/** Keeps `raw` under a backup key (reusing one that holds the same text); the key, or null. */
function backUp(raw: string): string | null {
  try {
    // The unreadable value stays under the session key until something new is saved, so every
    // page load decodes it again: reuse its backup instead of piling up identical copies.
    const key = existingBackup(raw) ?? `${BACKUP_PREFIX}${new Date().toISOString()}`;
    localStorage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/** The full checks under way, by stored text (one per text, however often it is decoded meanwhile). */
const checks = new Map<string, Promise<void>>();

/**
 * Checks a stored text in full once the schema has loaded: a text that is whole only gains the
 * schema's defaults; anything refused is backed up, named in `storageNoticeStore` and left out. The
 * result replaces `shown` (what the page showed meanwhile) unless someone already changed it.
 */
async function checkInFull(raw: string, shown: Session): Promise<void> {
  const { readStored } = await import("./storedSession.ts");
  const read = readStored(raw);
  if (read === null || read.removed.length > 0) {
    const backupKey = backUp(raw);
    const kept =
      backupKey === null
        ? "De reservekopie van het origineel lukte niet."
        : "Het volledige origineel is bewaard als reservekopie; op de startpagina kun je het downloaden of terugzetten.";
    const message =
      read === null
        ? `Het opgeslagen gesprek kon niet worden gelezen; je begint met een leeg gesprek. ${kept}`
        : `Een deel van het opgeslagen gesprek kon niet worden gelezen en is weggelaten; de rest is geladen. ${kept}`;
    storageNoticeStore.set({ message, backupKey, removed: read?.removed ?? [] });
  }
  const current = sessionStore.get();
  if (read === null || current !== shown) return;
  const checked = shareUnchanged(current, read.session);
  if (checked === current) return;
  sessionStore.set(checked);
  if (read.removed.length === 0) return;
  // Until something changes, the original stays under its key, so every page that loads it names
  // what was left out (its backup is reused, not copied again).
  try {
    localStorage.setItem(SESSION_KEY, raw);
  } catch {
    // Storage refused: the backup still holds the original.
  }
}

/** The stored text, shown at once when it has the session's shape (empty until checked otherwise); the full check follows. */
function decode(raw: string): Session {
  const shown = sessionShaped(raw) ?? emptySession(new Date());
  if (!checks.has(raw)) {
    // A failed check (the script could not load, offline without a cached copy) leaves what is
    // shown; the text is still under its key, so the next page load checks it again.
    const check = checkInFull(raw, shown)
      .catch(() => {})
      .finally(() => checks.delete(raw));
    checks.set(raw, check);
  }
  return shown;
}

/** Resolves when every stored text read so far has been checked in full (tests, and pages that must wait). */
export async function storedSessionChecked(): Promise<void> {
  await Promise.all(checks.values());
}

/** Why what is typed is not kept by this browser (site data blocked, storage full); null while saving works. */
export const saveProblemStore = atom<string | null>(null);

/** Said when the browser refuses site data altogether: every page starts empty. */
export const SAVE_BLOCKED =
  "Deze browser bewaart niets voor deze site (het opslaan van sitegegevens staat uit). Wat je invult, is weg zodra je naar een andere pagina gaat. Sta sitegegevens toe voor dit adres, of gebruik een ander browserprofiel, en herlaad de pagina.";
/** Said when a write of the session failed (storage full): the page keeps it in memory. */
export const SAVE_FAILED =
  "De laatste wijziging is niet bewaard: de opslag van deze browser is vol. Wat je ziet, blijft staan zolang deze pagina open is. Exporteer het gesprek nu als bestand, en maak daarna ruimte (bijvoorbeeld door sitegegevens van andere sites te wissen).";

/**
 * localStorage for the persistent stores, but a write that fails (storage full) does not throw
 * out of an action: the value stays in memory and `saveProblemStore` says what happened.
 */
function guardedStorage(): void {
  let storage: Storage | undefined;
  try {
    storage = typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    // The persistent stores then keep everything in memory (their own fallback); say so.
    saveProblemStore.set(SAVE_BLOCKED);
    return;
  }
  if (storage === undefined) return; // not a browser (CLI, node tests)
  const guarded = new Proxy(storage, {
    get: (target, key) => {
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function"
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
    set: (target, key, value) => {
      try {
        target.setItem(String(key), String(value));
        if (key === SESSION_KEY) saveProblemStore.set(null);
      } catch {
        if (key === SESSION_KEY) saveProblemStore.set(SAVE_FAILED);
      }
      return true;
    },
  });
  setPersistentEngine(guarded, windowPersistentEvents);
}
guardedStorage();

/** The session (always decoded; may still break a cross-field rule, see `resultStore`). */
// listen: false: the storage event carries whole sessions; windows exchange changed fields instead.
export const sessionStore = persistentAtom<Session>(SESSION_KEY, emptySession(new Date()), {
  encode: (value) => JSON.stringify(value),
  decode,
  listen: false,
});
connectWindows(sessionStore, () => {
  const raw = localStorage.getItem(SESSION_KEY);
  return raw === null ? sessionStore.get() : decode(raw);
});

/** Time of the last change that was written to localStorage (for the "opgeslagen" notice). */
export const savedAtStore = atom<number | null>(null);
sessionStore.listen(() => {
  if (saveProblemStore.get() === null) savedAtStore.set(Date.now());
});

/**
 * `next` with every part that equals the same part of `previous` replaced by that part itself, so
 * a list of 600 placement rows where one count changed keeps 599 row objects: the views (keyed by
 * row) and the window sync then skip them by identity instead of redrawing or comparing them.
 */
export function shareUnchanged<T>(previous: unknown, next: T): T {
  if (
    previous === next ||
    typeof previous !== "object" ||
    previous === null ||
    typeof next !== "object" ||
    next === null
  )
    return next;
  if (Array.isArray(previous) !== Array.isArray(next)) return next;
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  let same = keys.length === Object.keys(before).length;
  for (const key of keys) {
    if (!Object.hasOwn(before, key)) {
      same = false;
      continue;
    }
    const shared = shareUnchanged(before[key], after[key]);
    if (shared !== after[key])
      Object.defineProperty(after, key, {
        value: shared,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    if (shared !== before[key]) same = false;
  }
  return same ? (previous as T) : next;
}

/** Changes the session through a recipe on a copy (components never `.set()` directly). */
export function updateSession(recipe: (draft: Session) => void): void {
  const current = sessionStore.get();
  const draft = structuredClone(current);
  recipe(draft);
  const next = shareUnchanged(current, draft);
  if (next !== current) sessionStore.set(next);
}

/** Writes one answer field of one question. */
export function setAnswer(
  questionId: string,
  field: keyof Pick<Answer, "notes" | "agreements" | "open">,
  text: string,
): void {
  updateSession((s) => {
    const current = s.answers[questionId] ?? { notes: "", agreements: "", open: "" };
    s.answers[questionId] = { ...current, [field]: text };
  });
}

/** Starts an empty conversation (the caller asks for confirmation first). */
export function startNewSession(today: Date = new Date()): void {
  sessionStore.set(emptySession(today));
}

/** Replaces the session with a checked one (examples, imports). */
export function replaceSession(session: Session): void {
  sessionStore.set(structuredClone(session));
}

/** The session as the text of an export file. */
export function serializeSession(session: Session): string {
  return `${JSON.stringify(session, null, 2)}\n`;
}

/** "gesprekswijzer-opleidingsschool-oost-2026-11-23.json" */
export function exportFileName(session: Session, today: Date = new Date()): string {
  return `gesprekswijzer-${slugify(session.partnership.name, 60) || "gesprek"}-${formatIsoDate(today)}.json`;
}
