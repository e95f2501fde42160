// @vitest-environment happy-dom
// The result follows the session at once while computing is fast, and after a pause in typing once
// a computation was slower than SLOW_COMPUTE_MS (a very large partnership).
import { afterEach, describe, expect, it, vi } from "vitest";
import { emptySession } from "../../src/stores/newSession.ts";
import { resultStore, SETTLE_MS, SLOW_COMPUTE_MS, engineLoaded } from "../../src/stores/result.ts";
import { replaceSession, updateSession } from "../../src/stores/session.ts";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("resultStore", () => {
  it("computes once the engine has loaded (pending before)", async () => {
    await engineLoaded;
    expect(resultStore.get()).not.toHaveProperty("pending");
  });

  it("moves off the keystroke path when computing is slow", async () => {
    await engineLoaded;
    vi.useFakeTimers();
    const stop = resultStore.listen(() => {});
    replaceSession(emptySession(new Date(2026, 10, 23)));
    // Every clock reading is 1.5 × the limit later: each computation "takes" that long.
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => (now += SLOW_COMPUTE_MS * 1.5));
    updateSession((d) => (d.partnership.name = "A"));
    // A slow computation: the next changes wait for the pause.
    updateSession((d) => (d.partnership.name = "AB"));
    updateSession((d) => (d.years = []));
    expect(resultStore.get().ok).toBe(true);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(resultStore.get().ok).toBe(false);
    stop();
  });
});
