// Shipped records pass their schema; a broken record is refused naming file and field.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { byFileName } from "../../../src/lib/records/byFileName.ts";
import { parseRecords } from "../../../src/lib/records/parse.ts";
import type { RecordKind } from "../../../src/lib/records/schemas.ts";

const CONTENT = join(import.meta.dirname, "../../../content");
const filesOf = (kind: RecordKind): Record<string, unknown> =>
  Object.fromEntries(
    readdirSync(join(CONTENT, kind))
      .filter((f) => f.endsWith(".json"))
      .map((f) => [f, JSON.parse(readFileSync(join(CONTENT, kind, f), "utf8"))]),
  );

describe.each(["regulations", "presets", "rates"] as const)("content/%s", (kind) => {
  it("passes its schema, sorted by file name", () => {
    const files = filesOf(kind);
    expect(parseRecords(kind, files).map((r) => r.id)).toHaveLength(Object.keys(files).length);
  });

  it("is shipped complete: its checked form equals the file, so the pages read it without the schema", () => {
    const files = filesOf(kind);
    expect(parseRecords(kind, files)).toEqual(byFileName(files));
  });
});

describe("regulation records", () => {
  const byId = new Map(parseRecords("regulations", filesOf("regulations")).map((r) => [r.id, r]));
  it.each([
    // the 2020–2023 model paid per school year; the Onderwijsregio regulations per calendar year
    ["tegemoetkoming-2020", "schoolYear", "2023-2024"],
    ["onderwijsregios-2024", "calendarYear", "2024-2025"],
    ["onderwijsregios-2025", "calendarYear", "2025-2026"],
  ])("%s grants per %s and is sourced up to %s", (id, grant, to) => {
    expect(byId.get(id)?.grant).toBe(grant);
    expect(byId.get(id)?.sourcedFor.to).toBe(to);
  });
  it("refuses a record without grant, naming file and field", () => {
    const files = filesOf("regulations");
    const broken = { ...(files["onderwijsregios-2025.json"] as object), grant: undefined };
    expect(() => parseRecords("regulations", { "kapot.json": broken })).toThrow(
      /content\/regulations: kapot\.json klopt niet: grant/,
    );
  });
});
