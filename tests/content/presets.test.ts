// The facilitation presets (content/presets/*.json): labelled as regional examples with sources,
// accepted by the engine's session schema, and computing the hours of the source tables.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { computeResult, parseSession, type RoleTotals } from "../../src/engine/index.ts";
import { SOURCES } from "../../src/lib/cards.ts";

const DIR = join(import.meta.dirname, "../../content/presets");
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- preset files are read as plain JSON
type PresetJson = Record<string, any>;
const presets: Record<string, PresetJson> = Object.fromEntries(
  readdirSync(DIR)
    .filter((name) => name.endsWith(".json"))
    .map((name) => [
      name.replace(/\.json$/, ""),
      JSON.parse(readFileSync(join(DIR, name), "utf8")) as PresetJson,
    ]),
);

/** A minimal session around a preset: one board with `schools` schools, one institute, the given placements. */
function presetSession(preset: PresetJson, placements: object[], schools = 0) {
  return parseSession({
    format: "gesprekswijzer/1",
    partnership: { name: "Proef", sector: preset.sector },
    years: ["2025-2026"],
    regulation: { perStudent: 1250 },
    rates: { WPB: 50, SO: 60, IO: 70 },
    perSchool: preset.perSchool,
    categories: preset.categories,
    partners: [
      { id: "b", name: "Bestuur", kind: "board", schools },
      { id: "i", name: "Opleiding", kind: "institute" },
    ],
    placements,
  });
}

/** The same session with one placement of `students` students in `category`. */
function sessionWith(
  preset: PresetJson,
  category: string,
  students: number,
  days = 0,
  schools = 0,
) {
  const placements =
    students > 0
      ? [{ board: "b", institute: "i", category, students: { "2025-2026": students }, days }]
      : [];
  return presetSession(preset, placements, schools);
}

/** The hours of the only year of a session around a preset. */
function hoursOf(
  preset: PresetJson,
  category: string,
  students: number,
  days = 0,
  schools = 0,
): RoleTotals {
  const outcome = sessionWith(preset, category, students, days, schools);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  const year = computeResult(outcome.session).years[0];
  if (!year) throw new Error("geen jaar in het resultaat");
  return year.hours;
}

test("both presets are shipped", () => {
  expect(Object.keys(presets).sort()).toEqual(["denhaag-vo", "twente-po"]);
});

describe.each(Object.entries(presets))("preset %s", (file, preset) => {
  test("id equals the file name and it says it is an example from one region", () => {
    expect(preset.id).toBe(file);
    expect(preset.note).toMatch(/Voorbeeld uit één regio, geen landelijke norm/);
    expect(preset.name).toBeTruthy();
    expect(preset.region).toBeTruthy();
    expect(["po", "vo", "mbo", "po-vo"]).toContain(preset.sector);
    // the year of its source, or "ongedateerd" when the source carries no date
    expect(Number.isInteger(preset.year) || preset.year === "ongedateerd").toBe(true);
  });

  test("every source is a document of content/sources.json with the section a reader finds it in", () => {
    expect(preset.sources.length).toBeGreaterThan(0);
    for (const source of preset.sources) {
      expect(Object.keys(SOURCES)).toContain(source.doc);
      expect(source.section).toBeTruthy();
    }
  });

  test("its categories and per-school hours form a valid session with every category placed", () => {
    const placements = preset.categories.map((c: PresetJson) => ({
      board: "b",
      institute: "i",
      category: c.id,
      students: { "2025-2026": 5 },
      days: 10,
    }));
    const outcome = presetSession(preset, placements, 3);
    expect(outcome.ok ? [] : outcome.problems).toEqual([]);
  });
});

// Hours per school year from the source tables; a row is (preset, category, students, stage days, expected).
const HOURS: [string, string, number, number, RoleTotals][] = [
  // Den Haag categorie 1: 36 WPB + 24 SO per student
  ["denhaag-vo", "hbo-2-3", 1, 0, { WPB: 36, SO: 24, IO: 0 }],
  ["denhaag-vo", "wo-master-1", 2, 0, { WPB: 72, SO: 48, IO: 0 }],
  ["denhaag-vo", "wo-master-2", 1, 0, { WPB: 36, SO: 24, IO: 0 }],
  ["denhaag-vo", "kopopleiding", 1, 0, { WPB: 36, SO: 24, IO: 0 }],
  // categorie 2: individual first-year placement (half year) and LIO
  ["denhaag-vo", "hbo-1-individueel", 1, 0, { WPB: 18, SO: 7, IO: 0 }],
  ["denhaag-vo", "lio", 1, 0, { WPB: 36, SO: 14, IO: 0 }],
  // group placement: 53 SO per group of 12 (assumed size) + 5,5 SO per student
  ["denhaag-vo", "hbo-1-groep", 12, 0, { WPB: 0, SO: 53 + 66, IO: 0 }],
  // 13 students need a second group
  ["denhaag-vo", "hbo-1-groep", 13, 0, { WPB: 0, SO: 106 + 71.5, IO: 0 }],
  // categorie 3: zij-instromers and other qualifications, 36 WPB + 4 SO
  ["denhaag-vo", "zij-instroom", 1, 0, { WPB: 36, SO: 4, IO: 0 }],
  ["denhaag-vo", "andere-bevoegdheid", 1, 0, { WPB: 36, SO: 4, IO: 0 }],
  // flexible routes: 0,5 WPB + 0,3 SO per stage day, 20 days stay under the cap
  ["denhaag-vo", "flex", 1, 20, { WPB: 10, SO: 6, IO: 0 }],
  // 100 days hit the cap of 36 WPB and 24 SO
  ["denhaag-vo", "flex", 1, 100, { WPB: 36, SO: 24, IO: 0 }],
  // deeltijd flex has the same hours (a separate category only because it counts for the subsidy)
  ["denhaag-vo", "deeltijd-flex", 2, 100, { WPB: 72, SO: 48, IO: 0 }],
  // OidS Twente: 40 mentor + 40 SO + 14 IO per student, whatever the route
  ["twente-po", "pabo-voltijd", 1, 0, { WPB: 40, SO: 40, IO: 14 }],
  ["twente-po", "pabo-deeltijd", 10, 0, { WPB: 400, SO: 400, IO: 140 }],
  ["twente-po", "pabo-versneld", 1, 0, { WPB: 40, SO: 40, IO: 14 }],
];

describe("hours from the source tables", () => {
  test.each(HOURS)(
    "%s, %s: %i student(s), %i stage days",
    (preset, category, students, days, expected) => {
      expect(hoursOf(presets[preset]!, category, students, days)).toEqual(expected);
    },
  );

  test("Den Haag adds 342 SO hours per participating school", () => {
    expect(hoursOf(presets["denhaag-vo"]!, "hbo-2-3", 1, 0, 2)).toEqual({
      WPB: 36,
      SO: 24 + 2 * 342,
      IO: 0,
    });
  });

  test("Twente adds nothing per school", () => {
    expect(hoursOf(presets["twente-po"]!, "pabo-voltijd", 1, 0, 5)).toEqual({
      WPB: 40,
      SO: 40,
      IO: 14,
    });
  });
});
