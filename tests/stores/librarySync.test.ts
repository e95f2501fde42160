// @vitest-environment happy-dom
// The conversation being edited reaches the library without /gesprekken/ being opened: once after
// the page opens and after each pause in editing, never on every change, with its last change kept.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseSessionText } from "../../src/engine/index.ts";
import { LIBRARY_KEY, SLOT_PREFIX } from "../../src/stores/library.ts";
import { LIBRARY_SYNC_DELAY_MS, followEditsIntoLibrary } from "../../src/stores/librarySync.ts";
import { replaceSession, serializeSession, sessionStore } from "../../src/stores/session.ts";

const outcome = parseSessionText(
  readFileSync(join(process.cwd(), "tests/fixtures/voorbeeld-po.json"), "utf8"),
);
if (!outcome.ok) throw new Error("fixture");
const po = outcome.session;

/** The index as stored, or null. */
const index = (): { current: string; entries: { id: string; updatedAt: number }[] } | null =>
  JSON.parse(localStorage.getItem(LIBRARY_KEY) ?? "null") as never;

/** Lets the timers run and the library's module load. */
async function pause(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await vi.dynamicImportSettled();
  await vi.advanceTimersByTimeAsync(0);
}

let stop: () => void = () => undefined;
beforeEach(() => {
  localStorage.clear();
  replaceSession(po);
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  vi.setSystemTime(new Date(2026, 11, 3, 10, 0));
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe("the conversation being edited in the library", () => {
  it("appears after the page opens, without the library page", async () => {
    stop = followEditsIntoLibrary();
    expect(index()).toBeNull();
    await pause(LIBRARY_SYNC_DELAY_MS);
    const stored = index()!;
    expect(stored.entries).toHaveLength(1);
    expect(localStorage.getItem(SLOT_PREFIX + stored.current)).toBe(serializeSession(po));
  });

  it("is written once after a pause in typing, with its last change", async () => {
    stop = followEditsIntoLibrary();
    await pause(LIBRARY_SYNC_DELAY_MS);
    const first = index()!;
    const setItem = vi.spyOn(localStorage, "setItem");
    vi.setSystemTime(new Date(2026, 11, 3, 10, 5));
    for (const name of ["A", "Ab", "Abc"]) {
      replaceSession({ ...sessionStore.get(), partnership: { ...po.partnership, name } });
      await pause(LIBRARY_SYNC_DELAY_MS / 4);
    }
    const libraryWrites = () =>
      setItem.mock.calls.filter(([key]) => key === LIBRARY_KEY || key.startsWith(SLOT_PREFIX));
    expect(libraryWrites()).toHaveLength(0);
    await pause(LIBRARY_SYNC_DELAY_MS);
    expect(libraryWrites().map(([key]) => key)).toEqual([SLOT_PREFIX + first.current, LIBRARY_KEY]);
    const entry = index()!.entries[0]!;
    // The last change: within one pause of the last keystroke, later than the first write.
    expect(entry.updatedAt).toBeGreaterThan(first.entries[0]!.updatedAt);
    expect(entry.updatedAt).toBeLessThanOrEqual(Date.now());
    expect(JSON.parse(localStorage.getItem(SLOT_PREFIX + first.current)!).partnership.name).toBe(
      "Abc",
    );
    setItem.mockRestore();
  });
});
