// @vitest-environment happy-dom
// Folded parts of the steps remember the reader's choice per fold, under their own key prefix, and
// a part never touched keeps its default (absent).
import { beforeEach, describe, expect, it, vi } from "vitest";

// The store reads storage when its module loads: set what an earlier visit left before importing.
localStorage.clear();
localStorage.setItem("gesprekswijzer:ingeklapt:kosten-presets", "1");
localStorage.setItem("gesprekswijzer:ingeklapt:hand-edited", "ja");
localStorage.setItem("gesprekswijzer:sessie:v1", "{}");
const { foldsStore, setFoldOpen } = await import("../../src/stores/folds.ts");

describe("foldsStore on load", () => {
  it("holds the folds remembered in storage, and ignores other entries and other values", () => {
    expect(foldsStore.get()).toEqual({ "kosten-presets": "1" });
  });
});

describe("setFoldOpen", () => {
  beforeEach(() => {
    localStorage.clear();
    foldsStore.set({});
  });

  it.each([
    // opened: remembered as "1"
    { key: "studenten-groei", open: true, stored: "1" },
    // closed again by hand: remembered as "0", so a default-open fold stays closed
    { key: "tarieven-gpl", open: false, stored: "0" },
  ])("$key open=$open is stored as $stored", ({ key, open, stored }) => {
    setFoldOpen(key, open);
    expect(foldsStore.get()[key]).toBe(stored);
    expect(localStorage.getItem(`gesprekswijzer:ingeklapt:${key}`)).toBe(stored);
  });

  it("leaves folds that were never touched absent (their own default applies)", () => {
    setFoldOpen("a", true);
    expect(foldsStore.get()["b"]).toBeUndefined();
  });

  it("still opens the fold for this visit when storage refuses to write", () => {
    const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("vol", "QuotaExceededError");
    });
    expect(() => setFoldOpen("vol", true)).not.toThrow();
    expect(foldsStore.get()["vol"]).toBe("1");
    setItem.mockRestore();
  });
});
