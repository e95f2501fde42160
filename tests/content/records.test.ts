// The shipped regulation records (content/regulations): the figures of kostenmodel §5, each with a
// source that exists in content/sources.json.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { SOURCES } from "../../src/lib/cards.ts";

const DIR = join(import.meta.dirname, "../../content/regulations");
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- records are read as plain JSON
const records: Record<string, any>[] = readdirSync(DIR)
  .filter((name) => name.endsWith(".json"))
  .map((name) => JSON.parse(readFileSync(join(DIR, name), "utf8")));

const EXPECTED = [
  // id, vaste voet, € per student, lag (T-1)
  ["tegemoetkoming-2020", 100000, 955, 1], // 2020–2023: vaste voet + € 955
  ["onderwijsregios-2024", 0, 955, 1], // 2024: vaste voet no longer earmarked
  ["onderwijsregios-2025", 0, 1250, 1], // 2025: € 1.250 per student and zij-instromer (Stcrt. 2024, 18763)
] as const;

describe.each(EXPECTED)("regulation %s", (id, base, perStudent, lag) => {
  const record = records.find((r) => r.id === id);

  test("has the amounts of the regulation", () => {
    expect({ base: record?.base, perStudent: record?.perStudent, lag: record?.lag }).toEqual({
      base,
      perStudent,
      lag,
    });
  });

  test("cites documents of content/sources.json, with the section a reader finds it in", () => {
    expect(record?.sources.length).toBeGreaterThan(0);
    for (const source of record?.sources ?? []) {
      expect(Object.keys(SOURCES)).toContain(source.doc);
      expect(source.section).toBeTruthy();
    }
  });
});

test("no other regulation records are shipped unnoticed", () => {
  expect(records.map((r) => r.id).sort()).toEqual(EXPECTED.map(([id]) => id).sort());
});
