/**
 * The session library: several conversations side by side in this browser, each stored under its
 * own key, with an index (names, scenarios, last change) under one more. The conversation being
 * edited stays in the session store (`SESSION_KEY`); the library copies it into its own slot
 * whenever the library page opens or another conversation is opened, so nothing is ever lost.
 * A slot that cannot be read is kept (and copied to a backup key) and listed as damaged, never dropped.
 */
import { atom } from "nanostores";
import * as z from "zod/mini";
import { type Session, planYearOf } from "../engine/index.ts";
import {
  BACKUP_PREFIX,
  SESSION_KEY,
  sessionStore,
  replaceSession,
  serializeSession,
  startNewSession,
  storedSessionChecked,
} from "./session.ts";
import { readStored } from "./storedSession.ts";

/** localStorage key of the index. */
export const LIBRARY_KEY = "gesprekswijzer:bibliotheek:v1";
/** Prefix of the key of each stored conversation. */
export const SLOT_PREFIX = "gesprekswijzer:bibliotheek:sessie:";

const entrySchema = z.object({
  /** Stable id; the slot key is SLOT_PREFIX + id. */
  id: z.string(),
  /** Name given in the library ("Minimum — kwaliteitsondergrens"); "" = the partnership's name. */
  name: z._default(z.string(), ""),
  /** Id of the conversation this one is a scenario of. Optional. */
  scenarioOf: z.optional(z.string()),
  /** Last change, ms since 1970. */
  updatedAt: z._default(z.number(), 0),
  /** The partnership's name when the slot was last written (so the list shows without reading every slot). */
  partnership: z.optional(z.string()),
  /** The plan year when the slot was last written. */
  planYear: z.optional(z.string()),
});
const indexSchema = z.object({
  /** Id of the conversation in the session store, null when it has no slot yet. */
  current: z._default(z.nullable(z.string()), null),
  /** The conversations, in the order they were added. */
  entries: z._default(z.array(entrySchema), []),
});

/** One stored conversation in the index. */
export type LibraryEntry = z.infer<typeof entrySchema>;
/** The index. */
export type LibraryIndex = z.infer<typeof indexSchema>;

/** A conversation as the library lists it. */
export interface LibraryItem extends LibraryEntry {
  /** Name shown: the library name, else the partnership's name. */
  label: string;
  partnership: string;
  planYear: string;
  /** The Dutch reason the slot cannot be read, or null. */
  damaged: string | null;
  /** Backup key of a damaged slot. */
  backupKey: string | null;
}

export const libraryStore = atom<LibraryItem[]>([]);
export const currentIdStore = atom<string | null>(null);
/** The last removed conversation, for "ongedaan maken". */
export const lastRemovedStore = atom<{
  entry: LibraryEntry;
  text: string;
  position: number;
} | null>(null);
/** Dutch message of the last library action that failed, or null. */
export const libraryMessageStore = atom<string | null>(null);

function readIndex(): LibraryIndex | null {
  const raw = localStorage.getItem(LIBRARY_KEY);
  if (raw === null) return null;
  try {
    const parsed = indexSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // falls through to the backup below
  }
  // An unreadable index is kept as a backup; the slots themselves are found again by their keys.
  localStorage.setItem(`${BACKUP_PREFIX}bibliotheek-index-${Date.now()}`, raw);
  const ids = Object.keys(localStorage)
    .filter((k) => k.startsWith(SLOT_PREFIX))
    .map((k) => k.slice(SLOT_PREFIX.length));
  return { current: null, entries: ids.map((id) => ({ id, name: "", updatedAt: 0 })) };
}

function writeIndex(index: LibraryIndex): void {
  localStorage.setItem(LIBRARY_KEY, JSON.stringify(index));
}

function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** What the index keeps of a session so the list shows without reading every slot. */
function summaryOf(session: Session): { partnership: string; planYear: string } {
  return { partnership: session.partnership.name, planYear: planYearOf(session) };
}

/**
 * What the list shows of one slot. With `check`, or when the index has no summary, the slot is read
 * and one that cannot be read is backed up and named; otherwise the index's summary is enough.
 */
function itemOf(entry: LibraryEntry, check: boolean): LibraryItem {
  if (!check && entry.partnership !== undefined && entry.planYear !== undefined) {
    return {
      ...entry,
      label: entry.name || entry.partnership || "Gesprek zonder naam",
      partnership: entry.partnership,
      planYear: entry.planYear,
      damaged: null,
      backupKey: null,
    };
  }
  const raw = localStorage.getItem(SLOT_PREFIX + entry.id);
  const read = raw === null ? null : readStored(raw);
  if (raw === null || read === null || read.removed.length > 0) {
    const why =
      raw === null
        ? "het opgeslagen gesprek ontbreekt"
        : read === null
          ? "het opgeslagen gesprek is geen leesbare JSON"
          : `${read.removed.length} waarde(n) konden niet worden gelezen`;
    let backupKey: string | null = null;
    if (raw !== null) {
      backupKey = `${BACKUP_PREFIX}bibliotheek-${entry.id}`;
      if (localStorage.getItem(backupKey) !== raw) localStorage.setItem(backupKey, raw);
    }
    const name = entry.name || read?.session.partnership.name || "Gesprek zonder naam";
    return {
      ...entry,
      label: name,
      partnership: read?.session.partnership.name ?? "",
      planYear: read ? planYearOf(read.session) : "",
      damaged: why,
      backupKey,
    };
  }
  const session = read.session;
  return {
    ...entry,
    label: entry.name || session.partnership.name || "Gesprek zonder naam",
    partnership: session.partnership.name,
    planYear: planYearOf(session),
    damaged: null,
    backupKey: null,
  };
}

function publish(index: LibraryIndex, check = false): void {
  libraryStore.set(index.entries.map((entry) => itemOf(entry, check)));
  currentIdStore.set(index.current);
}

/** Copies the conversation being edited into its slot (a new slot when it has none yet). */
function saveCurrent(index: LibraryIndex): LibraryIndex {
  const text = serializeSession(sessionStore.get());
  let current = index.current;
  let entries = index.entries;
  if (current === null || !entries.some((e) => e.id === current)) {
    current = newId();
    entries = [...entries, { id: current, name: "", updatedAt: Date.now() }];
  }
  const entry = entries.find((e) => e.id === current);
  if (localStorage.getItem(SLOT_PREFIX + current) !== text || entry?.partnership === undefined) {
    localStorage.setItem(SLOT_PREFIX + current, text);
    const summary = summaryOf(sessionStore.get());
    entries = entries.map((e) =>
      e.id === current ? { ...e, ...summary, updatedAt: Date.now() } : e,
    );
  }
  return { current, entries };
}

/** Runs a change of the index with the current conversation saved first; reports storage failures in Dutch. */
function change(recipe: (index: LibraryIndex) => LibraryIndex): boolean {
  try {
    const next = recipe(saveCurrent(readIndex() ?? { current: null, entries: [] }));
    writeIndex(next);
    publish(next);
    libraryMessageStore.set(null);
    return true;
  } catch {
    libraryMessageStore.set(
      "De bibliotheek kon niet worden bijgewerkt: de opslag van deze browser is vol of staat uit. Exporteer de gesprekken als bestand.",
    );
    return false;
  }
}

/**
 * Loads the library; the first time, the conversation already in this browser becomes its first
 * entry. The list shows from the index at once; with `deferCheck` every slot is read right after
 * (so 50 conversations show without 50 parses first), otherwise before returning. It waits for
 * the full check of the stored conversation first (src/stores/session.ts), so the entry it takes in
 * is that conversation, not what the page showed meanwhile.
 */
export async function loadLibrary(deferCheck = false): Promise<void> {
  await storedSessionChecked();
  const hadSession = localStorage.getItem(SESSION_KEY) !== null;
  if (readIndex() === null && !hadSession) {
    publish({ current: null, entries: [] });
    return;
  }
  change((index) => index);
  if (deferCheck) setTimeout(checkLibrary, 0);
  else checkLibrary();
}

/**
 * Copies the conversation being edited into its slot and the index (its last change now), after
 * its full check; writes nothing when the slot already holds it. Reads no other slot: editing
 * pages call it after a pause in typing (librarySync.ts), so the library is current without
 * writing it on every keystroke.
 */
export async function syncCurrent(): Promise<void> {
  await storedSessionChecked();
  try {
    const index = readIndex() ?? { current: null, entries: [] };
    const next = saveCurrent(index);
    if (next.current === index.current && next.entries === index.entries) return;
    writeIndex(next);
    publish(next);
  } catch {
    // Full or blocked storage: the session store says so; the library catches up when it opens.
  }
}

/** Reads every slot and lists the ones that cannot be read as damaged (with a backup). */
export function checkLibrary(): void {
  const index = readIndex();
  if (index === null) return;
  publish(index, true);
  // Entries written before the index kept summaries get one now, so the next load shows at once.
  const items = new Map(libraryStore.get().map((item) => [item.id, item]));
  const missing = index.entries.filter(
    (e) => e.partnership === undefined && items.get(e.id)?.damaged === null,
  );
  if (missing.length === 0) return;
  const entries = index.entries.map((e) => {
    const item = items.get(e.id);
    return e.partnership === undefined && item?.damaged === null
      ? { ...e, partnership: item.partnership, planYear: item.planYear }
      : e;
  });
  try {
    writeIndex({ ...index, entries });
  } catch {
    // Only a speed-up: the list still shows when the index cannot be written.
  }
}

/** Other windows: a changed index is read again. */
export function followOtherWindows(): () => void {
  const onStorage = (event: StorageEvent): void => {
    if (event.key === LIBRARY_KEY) publish(readIndex() ?? { current: null, entries: [] });
  };
  window.addEventListener("storage", onStorage);
  return () => window.removeEventListener("storage", onStorage);
}

/** Opens a stored conversation for editing (the current one is saved first). */
export function openEntry(id: string): void {
  const opened = change((index) => {
    const raw = localStorage.getItem(SLOT_PREFIX + id);
    const read = raw === null ? null : readStored(raw);
    if (read === null || read.removed.length > 0) throw new Error("damaged");
    replaceSession(read.session);
    return { ...index, current: id };
  });
  if (!opened)
    libraryMessageStore.set(
      "Dit gesprek kan niet worden geopend: het is beschadigd. De reservekopie staat op de startpagina.",
    );
}

/** Gives a conversation a name in the library. */
export function renameEntry(id: string, name: string): void {
  change((index) => ({
    ...index,
    entries: index.entries.map((e) => (e.id === id ? { ...e, name: name.trim() } : e)),
  }));
}

/** Copies a conversation; as a scenario, the copy remembers which one it varies. Returns the new id. */
export function duplicateEntry(id: string, scenarioName?: string): string | null {
  const copy = newId();
  const ok = change((index) => {
    const raw = localStorage.getItem(SLOT_PREFIX + id);
    const from = index.entries.find((e) => e.id === id);
    if (raw === null || from === undefined) throw new Error("missing");
    localStorage.setItem(SLOT_PREFIX + copy, raw);
    const read = readStored(raw);
    const base = from.name || read?.session.partnership.name || "Gesprek";
    const summary = read ? summaryOf(read.session) : {};
    const entry: LibraryEntry =
      scenarioName === undefined
        ? { id: copy, name: `${base} (kopie)`, updatedAt: Date.now(), ...summary }
        : { id: copy, name: scenarioName, scenarioOf: id, updatedAt: Date.now(), ...summary };
    return { ...index, entries: [...index.entries, entry] };
  });
  return ok ? copy : null;
}

/** Removes a conversation (not the one being edited); `undoRemove` brings it back. */
export function removeEntry(id: string): void {
  const removed = change((index) => {
    if (index.current === id) throw new Error("current");
    const position = index.entries.findIndex((e) => e.id === id);
    const entry = index.entries[position];
    if (entry === undefined) return index;
    lastRemovedStore.set({ entry, text: localStorage.getItem(SLOT_PREFIX + id) ?? "", position });
    localStorage.removeItem(SLOT_PREFIX + id);
    return { ...index, entries: index.entries.filter((e) => e.id !== id) };
  });
  if (!removed)
    libraryMessageStore.set(
      "Het gesprek dat nu open staat, kun je niet verwijderen. Open eerst een ander gesprek.",
    );
}

/** Brings back the conversation removed last, at its old place. */
export function undoRemove(): void {
  const removed = lastRemovedStore.get();
  if (removed === null) return;
  change((index) => {
    localStorage.setItem(SLOT_PREFIX + removed.entry.id, removed.text);
    const entries = [...index.entries];
    entries.splice(Math.min(removed.position, entries.length), 0, removed.entry);
    return { ...index, entries };
  });
  lastRemovedStore.set(null);
}

/** Starts a new, empty conversation in its own slot (the current one is saved first). */
export function newEntry(today: Date = new Date()): void {
  change((index) => {
    startNewSession(today);
    return { ...index, current: null };
  });
  change((index) => index);
}

/** Adds checked sessions (opened files) as new entries; the current conversation does not change. */
export function addSessions(sessions: readonly Session[]): void {
  change((index) => {
    const added = sessions.map((session) => {
      const id = newId();
      localStorage.setItem(SLOT_PREFIX + id, serializeSession(session));
      return { id, name: "", updatedAt: Date.now(), ...summaryOf(session) };
    });
    return { ...index, entries: [...index.entries, ...added] };
  });
}

/** The stored text of a conversation (for export), or null. */
export function entryText(id: string): string | null {
  return localStorage.getItem(SLOT_PREFIX + id);
}

/** The readable sessions of the given entries, in that order (damaged ones left out). */
export function sessionsOf(
  ids: readonly string[],
): { id: string; label: string; session: Session }[] {
  const items = new Map(libraryStore.get().map((item) => [item.id, item]));
  return ids.flatMap((id) => {
    const raw = entryText(id);
    const read = raw === null ? null : readStored(raw);
    const item = items.get(id);
    return read !== null && read.removed.length === 0 && item
      ? [{ id, label: item.label, session: read.session }]
      : [];
  });
}
