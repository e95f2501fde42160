// @vitest-environment happy-dom
// A browser whose storage is full: an edit is kept in memory instead of throwing out of the action,
// saveProblemStore says so (and "opgeslagen" is not claimed); the next write that works clears it.
import { describe, expect, it, vi } from "vitest";
import { emptySession } from "../../src/stores/newSession.ts";
import {
  saveProblemStore,
  savedAtStore,
  sessionStore,
  SAVE_FAILED,
  replaceSession,
  updateSession,
} from "../../src/stores/session.ts";

describe("saving the session", () => {
  it("keeps an edit in memory and reports a full storage in Dutch", () => {
    replaceSession(emptySession(new Date(2026, 10, 23)));
    expect(saveProblemStore.get()).toBeNull();
    savedAtStore.set(null);
    // One failing write (happy-dom's storage cannot be restored after a spy; later calls pass through).
    vi.spyOn(localStorage, "setItem").mockImplementationOnce(() => {
      throw new DOMException("quota", "QuotaExceededError");
    });
    expect(() =>
      updateSession((d) => (d.partnership.name = "Opleidingsschool Rivierenland")),
    ).not.toThrow();
    expect(sessionStore.get().partnership.name).toBe("Opleidingsschool Rivierenland");
    expect(saveProblemStore.get()).toBe(SAVE_FAILED);
    expect(savedAtStore.get()).toBeNull();
  });

  it("clears the problem when a later write works", () => {
    updateSession((d) => (d.partnership.name = "Opleidingsschool Maasland"));
    expect(saveProblemStore.get()).toBeNull();
    expect(savedAtStore.get()).not.toBeNull();
    expect(
      JSON.parse(localStorage.getItem("gesprekswijzer:sessie:v1") ?? "{}").partnership.name,
    ).toBe("Opleidingsschool Maasland");
  });
});
