/**
 * The backups of stored sessions that could not be read in full: listed on the start page, where
 * they can be downloaded as a file, restored (the readable parts replace the current session) or
 * removed.
 */
import { atom } from "nanostores";
import type { Problem } from "../engine/index.ts";
import { offerDownload } from "../lib/download.ts";
import { BACKUP_PREFIX, hasStoredSession } from "./sessionKey.ts";
import { loadSessionStore } from "./sessionOnDemand.ts";

/** The full reader loads only when there is a backup to read (most visits have none). */
const reader = async () => (await import("./storedSession.ts")).readStored;

/** One backup as the list shows it. */
export interface Backup {
  /** localStorage key. */
  readonly key: string;
  /** When it was made (from the key), or null for a key without a date. */
  readonly madeAt: Date | null;
  /** Size of the text in characters. */
  readonly size: number;
  /** Whether any part of it can be read back. */
  readonly readable: boolean;
}

/** The backups in this browser, newest first; refreshed by `refreshBackups`. */
export const backupsStore = atom<readonly Backup[]>([]);

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** Reads the list of backups from storage into `backupsStore`. */
export async function refreshBackups(): Promise<void> {
  const store = storage();
  if (store === null) return;
  // The check of the stored session may be about to put an unreadable one aside (there is none to
  // check without a stored session, and the start page then need not load the session store).
  if (hasStoredSession()) await (await loadSessionStore()).storedSessionChecked();
  const keys = Object.keys(store).filter((key) => key.startsWith(BACKUP_PREFIX));
  const readStored = keys.length > 0 ? await reader() : null;
  const list = keys
    .map((key): Backup => {
      const raw = store.getItem(key) ?? "";
      const date = new Date(key.slice(BACKUP_PREFIX.length));
      return {
        key,
        madeAt: Number.isNaN(date.getTime()) ? null : date,
        size: raw.length,
        readable: readStored?.(raw) != null,
      };
    })
    .sort((a, b) => (b.madeAt?.getTime() ?? 0) - (a.madeAt?.getTime() ?? 0));
  backupsStore.set(list);
}

/** Offers a backup's original text as a .json download; returns the file name. */
export function downloadBackup(key: string): string | null {
  const raw = storage()?.getItem(key);
  if (raw === null || raw === undefined) return null;
  const name = `gesprekswijzer-reservekopie-${key.slice(BACKUP_PREFIX.length).replace(/[^0-9A-Za-z-]/g, "-")}.json`;
  offerDownload(new Blob([raw], { type: "application/json" }), name);
  return name;
}

/** Replaces the current session with what can be read of a backup; the values left out, or null when nothing could be read. */
export async function restoreBackup(key: string): Promise<readonly Problem[] | null> {
  const raw = storage()?.getItem(key);
  if (raw === null || raw === undefined) return null;
  const read = (await reader())(raw);
  if (read === null) return null;
  (await loadSessionStore()).replaceSession(read.session);
  return read.removed;
}

/** Deletes a backup. */
export async function removeBackup(key: string): Promise<void> {
  storage()?.removeItem(key);
  await refreshBackups();
}
