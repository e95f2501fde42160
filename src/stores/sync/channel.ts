/**
 * Keeps the session of every window of this browser in step by sending changed fields, not whole
 * sessions: a window that overwrote the whole session with its own copy used to drop what another
 * window typed in the same instant. Each window still writes the whole session to localStorage (so
 * a new page loads the latest state); the storage event is no longer used for the session.
 */
import type { WritableAtom } from "nanostores";
import { type ChangeMessage, Replica } from "./changes.ts";

/** Name of the BroadcastChannel between the windows of this site. */
export const SYNC_CHANNEL = "gesprekswijzer:sessie-wijzigingen";

function isMessage(data: unknown): data is ChangeMessage {
  if (typeof data !== "object" || data === null) return false;
  const { stamp, changes } = data as Partial<ChangeMessage>;
  return (
    typeof stamp?.time === "number" &&
    typeof stamp.window === "string" &&
    Array.isArray(changes) &&
    changes.every(
      (c: unknown) =>
        typeof c === "object" && c !== null && Array.isArray((c as { path?: unknown }).path),
    )
  );
}

/** Connects a store to the other windows; returns a function that disconnects it. */
export function connectWindows<T>(store: WritableAtom<T>, reload: () => T): () => void {
  if (typeof BroadcastChannel === "undefined" || typeof window === "undefined") return () => {};
  const replica = new Replica(crypto.randomUUID());
  const channel = new BroadcastChannel(SYNC_CHANNEL);
  let applying = false;

  const stopListening = store.listen((value, oldValue) => {
    if (applying) return;
    const message = replica.local(oldValue, value);
    if (message !== null) channel.postMessage(message);
  });
  const setQuietly = (value: T): void => {
    applying = true;
    try {
      store.set(value);
    } finally {
      applying = false;
    }
  };
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isMessage(event.data)) return;
    const next = replica.remote(structuredClone(store.get()), event.data) as T;
    setQuietly(next);
  };
  // A page restored from the back/forward cache missed the messages sent meanwhile: take storage.
  const onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    replica.reset();
    setQuietly(reload());
  };
  window.addEventListener("pageshow", onPageShow);
  return () => {
    stopListening();
    channel.close();
    window.removeEventListener("pageshow", onPageShow);
  };
}
