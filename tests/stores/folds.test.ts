// Folded parts of the steps remember the reader's choice per fold, under their own key prefix, and
// a part never touched keeps its default (absent).
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from "@nanostores/persistent";
import { beforeEach, describe, expect, it } from "vitest";

// The persistent map reads its storage when the module loads: switch engines before importing.
useTestStorageEngine();
const { foldsStore, setFoldOpen } = await import("../../src/stores/folds.ts");

beforeEach(() => {
  cleanTestStorage();
  foldsStore.set({});
});

describe("setFoldOpen", () => {
  it.each([
    // opened: remembered as "1"
    { key: "studenten-groei", open: true, stored: "1" },
    // closed again by hand: remembered as "0", so a default-open fold stays closed
    { key: "tarieven-gpl", open: false, stored: "0" },
  ])("$key open=$open is stored as $stored", ({ key, open, stored }) => {
    setFoldOpen(key, open);
    expect(foldsStore.get()[key]).toBe(stored);
    expect(getTestStorage()[`gesprekswijzer:ingeklapt:${key}`]).toBe(stored);
  });

  it("leaves folds that were never touched absent (their own default applies)", () => {
    setFoldOpen("a", true);
    expect(foldsStore.get()["b"]).toBeUndefined();
  });
});
