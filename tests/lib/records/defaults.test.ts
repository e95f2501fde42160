// The new session's regulation is read as written in the browser: it must equal its checked form.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NEW_SESSION_REGULATION } from "../../../src/lib/records/defaults.ts";
import { parseRecord } from "../../../src/lib/records/parse.ts";

describe("NEW_SESSION_REGULATION", () => {
  it("is the 2025 record exactly as its schema reads it (no default left to fill in)", () => {
    const file = JSON.parse(
      readFileSync(
        new URL("../../../content/regulations/onderwijsregios-2025.json", import.meta.url),
        "utf8",
      ),
    ) as unknown;
    expect(NEW_SESSION_REGULATION).toEqual(
      parseRecord("regulations", "onderwijsregios-2025.json", file),
    );
    expect(NEW_SESSION_REGULATION.id).toBe("onderwijsregios-2025");
  });
});
