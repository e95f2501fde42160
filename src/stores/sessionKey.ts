/**
 * Where the session lives in localStorage, in a module of its own: the start page asks whether a
 * conversation is stored without loading the session store (see sessionOnDemand.ts).
 */

/** localStorage key of the session; the version changes when the stored shape does. */
export const SESSION_KEY = "gesprekswijzer:sessie:v1";
/** Prefix of keys that hold values which could not be read back. */
export const BACKUP_PREFIX = "gesprekswijzer:backup:";

/** True when the browser holds a conversation someone worked on. */
export function hasStoredSession(): boolean {
  try {
    return localStorage.getItem(SESSION_KEY) !== null;
  } catch {
    return false;
  }
}

/** True when this browser refuses site data altogether (reading localStorage throws). */
export function storageBlocked(): boolean {
  try {
    return typeof localStorage === "undefined";
  } catch {
    return true;
  }
}
