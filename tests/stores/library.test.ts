// @vitest-environment happy-dom
// The session library through its actions: migration of the one stored conversation, open, rename,
// copy as scenario, remove with undo, files added, and a damaged slot kept and named.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parseSessionText } from "../../src/engine/index.ts";
import {
  currentIdStore,
  libraryStore,
  LIBRARY_KEY,
  SLOT_PREFIX,
  addSessions,
  duplicateEntry,
  loadLibrary,
  openEntry,
  removeEntry,
  renameEntry,
  undoRemove,
} from "../../src/stores/library.ts";
import { sessionStore, replaceSession } from "../../src/stores/session.ts";

const outcome = parseSessionText(
  readFileSync(join(process.cwd(), "tests/fixtures/voorbeeld-po.json"), "utf8"),
);
if (!outcome.ok) throw new Error("fixture");
const po = outcome.session;

beforeEach(async () => {
  localStorage.clear();
  replaceSession(po);
  await loadLibrary();
});

describe("the session library", () => {
  it("takes the conversation in this browser in as its first entry, unchanged", () => {
    expect(libraryStore.get()).toHaveLength(1);
    const [first] = libraryStore.get();
    expect(currentIdStore.get()).toBe(first!.id);
    expect(JSON.parse(localStorage.getItem(SLOT_PREFIX + first!.id) ?? "")).toEqual(
      JSON.parse(JSON.stringify(po)),
    );
    expect(first).toMatchObject({
      label: po.partnership.name,
      planYear: po.planYear,
      damaged: null,
    });
  });

  it("copies as a scenario, opens it, and keeps edits of both in their own slots", () => {
    const original = libraryStore.get()[0]!.id;
    const scenario = duplicateEntry(original, "Minimum — kwaliteitsondergrens")!;
    expect(libraryStore.get().find((i) => i.id === scenario)).toMatchObject({
      label: "Minimum — kwaliteitsondergrens",
      scenarioOf: original,
    });
    openEntry(scenario);
    expect(currentIdStore.get()).toBe(scenario);
    replaceSession({ ...sessionStore.get(), indexation: 0.03 });
    openEntry(original);
    expect(sessionStore.get().indexation).toBe(po.indexation);
    expect(JSON.parse(localStorage.getItem(SLOT_PREFIX + scenario) ?? "").indexation).toBe(0.03);
  });

  it("renames, refuses to remove the open conversation, and removes another with undo", () => {
    const original = libraryStore.get()[0]!.id;
    renameEntry(original, "  Basis  ");
    expect(libraryStore.get()[0]!.label).toBe("Basis");
    removeEntry(original);
    expect(libraryStore.get()).toHaveLength(1);
    const copy = duplicateEntry(original)!;
    expect(libraryStore.get().find((i) => i.id === copy)!.label).toBe("Basis (kopie)");
    removeEntry(copy);
    expect(libraryStore.get()).toHaveLength(1);
    expect(localStorage.getItem(SLOT_PREFIX + copy)).toBeNull();
    undoRemove();
    expect(libraryStore.get().map((i) => i.id)).toEqual([original, copy]);
    expect(localStorage.getItem(SLOT_PREFIX + copy)).not.toBeNull();
  });

  it("adds opened files as entries without changing the open conversation", () => {
    addSessions([po, { ...po, partnership: { ...po.partnership, name: "Tweede" } }]);
    expect(libraryStore.get().map((i) => i.label)).toEqual([
      po.partnership.name,
      po.partnership.name,
      "Tweede",
    ]);
    expect(currentIdStore.get()).toBe(libraryStore.get()[0]!.id);
  });

  it("keeps a damaged slot, backs it up and names it; the others still load", async () => {
    const index = JSON.parse(localStorage.getItem(LIBRARY_KEY) ?? "{}");
    index.entries.push({ id: "kapot", name: "Oud", updatedAt: 1 });
    localStorage.setItem(LIBRARY_KEY, JSON.stringify(index));
    localStorage.setItem(`${SLOT_PREFIX}kapot`, "{niet af");
    await loadLibrary();
    const damaged = libraryStore.get().find((i) => i.id === "kapot")!;
    expect(damaged.damaged).toMatch(/geen leesbare JSON/);
    expect(localStorage.getItem(damaged.backupKey!)).toBe("{niet af");
    expect(libraryStore.get()[0]!.damaged).toBeNull();
    openEntry("kapot");
    expect(currentIdStore.get()).not.toBe("kapot");
  });
});
