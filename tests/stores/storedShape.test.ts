// The quick read at page load: a text the site wrote is shown at once, also a new session that has
// no sector yet (optional, no default); anything else waits for the full check.
import { describe, expect, it } from "vitest";
import { sessionShaped } from "../../src/stores/storedShape.ts";
import { emptySession } from "../../src/stores/newSession.ts";
import { example } from "../report/helpers.ts";

describe("sessionShaped", () => {
  it.each([
    ["the po example", () => example("po").session],
    ["a new session without a sector", () => emptySession(new Date("2026-12-02"))],
  ])("shows %s at once", (_label, make) => {
    const session = make();
    expect(sessionShaped(JSON.stringify(session))).toEqual(session);
  });

  it.each([
    [
      "a sector that is not text",
      (s: Record<string, unknown>) => ((s["partnership"] as Record<string, unknown>)["sector"] = 3),
    ],
    ["years that are not a list", (s: Record<string, unknown>) => (s["years"] = 3)],
  ])("leaves %s to the full check", (_label, damage) => {
    const session = JSON.parse(JSON.stringify(example("po").session)) as Record<string, unknown>;
    damage(session);
    expect(sessionShaped(JSON.stringify(session))).toBeNull();
  });

  it("refuses text that is not JSON", () => {
    expect(sessionShaped("{kapot")).toBeNull();
  });
});
