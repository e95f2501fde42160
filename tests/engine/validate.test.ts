// Reading a session file (§2): invalid files are refused with a Dutch message naming the path of
// the field; several problems are reported at once; unknown keys survive a round trip.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type Problem,
  formatProblem,
  parseSession,
  parseSessionText,
  planYearOf,
} from "../../src/engine/index.ts";
import { type Draft, Y0, Y1, Y2, baseDraft, placement, sessionOf } from "./helpers.ts";

/** The base draft with one placement, a commitment and a grouped category: every field to break. */
function fullDraft(): Draft {
  const draft = baseDraft();
  draft.categories[0].perGroup = { size: 15, hours: { SO: 53 } };
  draft.partners[0].commitment = { percent: 0.5 };
  draft.placements.push(placement({ [Y0]: 3, [Y1]: 4 }));
  draft.overhead = [{ label: "Programmaleiding", amount: 1000 }];
  return draft;
}

function problemsOf(change: (draft: Draft) => void): readonly Problem[] {
  const draft = fullDraft();
  change(draft);
  const outcome = parseSession(draft);
  return outcome.ok ? [] : outcome.problems;
}

describe.each<[string, (draft: Draft) => void, string, RegExp]>([
  // a negative student count
  [
    "negative count",
    (d) => (d.placements[0].students[Y1] = -2),
    `placements[0].students.${Y1}`,
    /^mag niet negatief zijn$/,
  ],
  // half a student
  [
    "fractional count",
    (d) => (d.placements[0].students[Y1] = 2.5),
    `placements[0].students.${Y1}`,
    /^moet een geheel getal zijn$/,
  ],
  // a count typed as text
  [
    "text count",
    (d) => (d.placements[0].students[Y1] = "3"),
    `placements[0].students.${Y1}`,
    /^moet een getal zijn, niet tekst "3"$/,
  ],
  // a group count below zero
  [
    "negative groups",
    (d) => (d.placements[0].groups = { [Y1]: -1 }),
    `placements[0].groups.${Y1}`,
    /niet negatief/,
  ],
  // a year key that is not a school year (zod 4 reports invalid_key with the key as last path element)
  [
    "record key not a school year",
    (d) => (d.placements[0].students = { "2025": 3 }),
    "placements[0].students.2025",
    /^de sleutel "2025" is geen schooljaar \(schrijf bijvoorbeeld 2025-2026\)$/,
  ],
  // a year key whose numbers do not follow
  [
    "record key 2025-2027",
    (d) => (d.regulation.counted = { "2025-2027": 3 }),
    "regulation.counted.2025-2027",
    /sleutel "2025-2027" is geen schooljaar/,
  ],
  // a board that does not exist
  [
    "unknown board",
    (d) => (d.placements[0].board = "zz"),
    "placements[0].board",
    /^"zz" is geen bekende partner$/,
  ],
  // an institute that does not exist
  [
    "unknown institute",
    (d) => (d.placements[0].institute = "zz"),
    "placements[0].institute",
    /^"zz" is geen bekende partner$/,
  ],
  // a category that does not exist
  [
    "unknown category",
    (d) => (d.placements[0].category = "zz"),
    "placements[0].category",
    /^"zz" is geen bekende studentcategorie$/,
  ],
  // a board used as institute
  [
    "board id as institute",
    (d) => (d.placements[0].institute = "b"),
    "placements[0].institute",
    /^"b" is geen lerarenopleiding$/,
  ],
  // an institute used as board
  [
    "institute id as board",
    (d) => (d.placements[0].board = "i"),
    "placements[0].board",
    /^"i" is geen schoolbestuur$/,
  ],
  // two partners with one id
  [
    "duplicate partner id",
    (d) => d.partners.push({ id: "b", name: "Nog een", kind: "board" }),
    "partners[2].id",
    /"b" komt al voor bij partners\[0\]/,
  ],
  // two categories with one id
  [
    "duplicate category id",
    (d) => d.categories.push({ id: "c", name: "Nog een", subsidised: false }),
    "categories[1].id",
    /"c" komt al voor/,
  ],
  // a gap in the years
  ["gap in years", (d) => (d.years = [Y0, Y2]), "years[1]", /moet 2025-2026 zijn/],
  // years in the wrong order
  [
    "years backwards",
    (d) => ((d.years = [Y1, Y0]), (d.planYear = Y1)),
    "years[1]",
    /moet 2026-2027 zijn/,
  ],
  // not a school year at all
  ["year not a school year", (d) => (d.years = ["2024-2026"]), "years[0]", /is geen schooljaar/],
  // no years
  ["empty years", (d) => (d.years = []), "years", /minstens één schooljaar/],
  // planYear outside the years
  [
    "planYear outside years",
    (d) => (d.planYear = "2030-2031"),
    "planYear",
    /2030-2031 hoort niet bij de schooljaren/,
  ],
  // ceiling factor above 1
  [
    "ceilingFactor 1,5",
    (d) => (d.regulation.ceilingFactor = 1.5),
    "regulation.ceilingFactor",
    /^moet tussen 0 en 1 liggen$/,
  ],
  // boards' share below 0
  [
    "boardsShare −0,1",
    (d) => (d.distribution = { boardsShare: -0.1 }),
    "distribution.boardsShare",
    /^moet tussen 0 en 1 liggen$/,
  ],
  // a commitment of 200 %
  [
    "percent 2",
    (d) => (d.partners[0].commitment = { percent: 2 }),
    "partners[0].commitment.percent",
    /^moet tussen 0 en 1 liggen$/,
  ],
  // a commitment with both percent and amount
  [
    "commitment both",
    (d) => (d.partners[0].commitment = { percent: 0.5, amount: 100 }),
    "partners[0].commitment",
    /niet allebei/,
  ],
  // a commitment with neither
  [
    "commitment neither",
    (d) => (d.partners[0].commitment = {}),
    "partners[0].commitment",
    /^geef een percentage \(percent\) of een bedrag \(amount\)$/,
  ],
  // a group of nobody
  [
    "perGroup.size 0",
    (d) => (d.categories[0].perGroup.size = 0),
    "categories[0].perGroup.size",
    /^moet minstens 1 zijn$/,
  ],
  // a group of one and a half
  [
    "perGroup.size 1,5",
    (d) => (d.categories[0].perGroup.size = 1.5),
    "categories[0].perGroup.size",
    /^moet een geheel getal zijn$/,
  ],
  // no IO rate
  ["missing rates.IO", (d) => delete d.rates.IO, "rates.IO", /^ontbreekt$/],
  // NaN can reach parseSession from code (not from JSON)
  ["NaN rate", (d) => (d.rates.WPB = Number.NaN), "rates.WPB", /^moet een eindig getal zijn$/],
  // Infinity likewise
  [
    "Infinity amount",
    (d) => (d.overhead[0].amount = Number.POSITIVE_INFINITY),
    "overhead[0].amount",
    /^moet een eindig getal zijn$/,
  ],
  // an unknown sector
  [
    "unknown sector",
    (d) => (d.partnership.sector = "hbo"),
    "partnership.sector",
    /^kies po, vo, mbo of po-vo$/,
  ],
  // an unknown partner kind
  ["unknown kind", (d) => (d.partners[1].kind = "school"), "partners[1].kind", /^kies board/],
  // a negative overhead amount
  [
    "negative amount",
    (d) => (d.overhead[0].amount = -5),
    "overhead[0].amount",
    /^mag niet negatief zijn$/,
  ],
  // an unknown overhead method
  [
    "unknown method",
    (d) => (d.distribution = { overhead: "alles" }),
    "distribution.overhead",
    /^kies deduct, fullRate of topSlice$/,
  ],
  // subsidised is required for every category
  [
    "subsidised missing",
    (d) => delete d.categories[0].subsidised,
    "categories[0].subsidised",
    /^ontbreekt$/,
  ],
  // a wrong type keeps the field's own message
  [
    "subsidised as text",
    (d) => (d.categories[0].subsidised = "ja"),
    "categories[0].subsidised",
    /ja \(true\) of nee \(false\)/,
  ],
  // a join year that is not a school year
  [
    "joins not a school year",
    (d) => (d.partners[0].joins = "2025"),
    "partners[0].joins",
    /is geen schooljaar/,
  ],
  // a lag beyond reason
  ["lag 11", (d) => (d.regulation.lag = 11), "regulation.lag", /^mag hoogstens 10 zijn$/],
  // cost model 1.1: a grant mode that does not exist
  [
    "unknown grant",
    (d) => (d.regulation.grant = "monthly"),
    "regulation.grant",
    /^kies schoolYear \(per schooljaar\) of calendarYear \(per kalenderjaar\)$/,
  ],
  // a byYear key that is not a school year
  [
    "byYear key 2025",
    (d) => (d.regulation.byYear = { "2025": { perStudent: 1250 } }),
    "regulation.byYear.2025",
    /^de sleutel "2025" is geen schooljaar/,
  ],
  // a negative amount inside byYear
  [
    "byYear negative perStudent",
    (d) => (d.regulation.byYear = { [Y1]: { perStudent: -1 } }),
    `regulation.byYear.${Y1}.perStudent`,
    /^mag niet negatief zijn$/,
  ],
  // a negative base inside byYear
  [
    "byYear negative base",
    (d) => (d.regulation.byYear = { [Y1]: { base: -5 } }),
    `regulation.byYear.${Y1}.base`,
    /^mag niet negatief zijn$/,
  ],
  // a ceiling factor above 1 inside byYear
  [
    "byYear ceilingFactor 1,2",
    (d) => (d.regulation.byYear = { [Y2]: { ceilingFactor: 1.2 } }),
    `regulation.byYear.${Y2}.ceilingFactor`,
    /^moet tussen 0 en 1 liggen$/,
  ],
  // a byYear entry that is a number instead of an object with the changed values
  [
    "byYear entry not an object",
    (d) => (d.regulation.byYear = { [Y1]: 1250 }),
    `regulation.byYear.${Y1}`,
    /^moet een object zijn met id, base, perStudent of ceilingFactor$/,
  ],
  // lag exists only at the top level: a byYear entry may not give it
  [
    "byYear gives lag",
    (d) => (d.regulation.byYear = { [Y1]: { lag: 2 } }),
    `regulation.byYear.${Y1}.lag`,
    /^hoort hier niet: een wijziging vanaf een schooljaar geeft alleen id, base, perStudent, ceilingFactor$/,
  ],
  // counted exists only at the top level too
  [
    "byYear gives counted",
    (d) => (d.regulation.byYear = { [Y1]: { perStudent: 1, counted: {} } }),
    `regulation.byYear.${Y1}.counted`,
    /^hoort hier niet/,
  ],
  // an entry that is not an object
  [
    "byYear entry a number",
    (d) => (d.regulation.byYear = { [Y1]: 1250 }),
    `regulation.byYear.${Y1}`,
    /^moet een object zijn met id, base, perStudent of ceilingFactor$/,
  ],
  // per-school hours are the board's: IO is refused
  [
    "perSchool IO",
    (d) => (d.perSchool = { SO: 342, IO: 10 }),
    "perSchool.IO",
    /^uren per school gelden alleen voor WPB en SO/,
  ],
  // a list where an object belongs
  [
    "rates as a list",
    (d) => (d.rates = [50, 60, 70]),
    "rates",
    /^moet een object zijn, niet een lijst$/,
  ],
])("refuses %s", (_label, change, path, message) => {
  it("with a Dutch message naming the path", () => {
    const problems = problemsOf(change);
    const found = problems.find((p) => p.path === path);
    expect(found, JSON.stringify(problems)).toBeDefined();
    expect(found!.message).toMatch(message);
  });
});

describe.each<[string, unknown, RegExp]>([
  // not an object at all
  ["a list", [], /geen gesprekssessie/],
  // a bare string
  ["a string", "sessie", /geen gesprekssessie/],
  // null
  ["null", null, /geen gesprekssessie/],
  // a number
  ["a number", 42, /geen gesprekssessie/],
  // an object without format
  ["no format", { years: [Y0] }, /formaat "gesprekswijzer\/1" \(ontbreekt\)/],
  // a later format version
  [
    "format version 2",
    { ...baseDraft(), format: "gesprekswijzer/2" },
    /\(gevonden: "gesprekswijzer\/2"\)/,
  ],
])("refuses a file that is %s", (_label, data, message) => {
  it("with one message about the whole file", () => {
    const outcome = parseSession(data);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]!.message).toMatch(message);
  });
});

describe.each<[string, string, string]>([
  // cut off halfway: the parser's position, in Dutch
  [
    "truncated",
    '{"format": "gesprekswijzer/1", "years": [',
    "Het bestand is geen geldige JSON: het houdt halverwege op.",
  ],
  // not JSON at all
  ["plain text", "Dit is geen JSON", "Het bestand is geen geldige JSON."],
  // an empty file
  ["empty", "", "Het bestand is leeg: er staat geen JSON in."],
  // only white space
  ["white space", " \n\t ", "Het bestand is leeg: er staat geen JSON in."],
  // a trailing comma (JSON5 habits), on the second line
  [
    "trailing comma",
    '{"format": "gesprekswijzer/1",\n}',
    "Het bestand is geen geldige JSON: fout in regel 2, kolom 1.",
  ],
  // a missing comma between elements
  [
    "missing comma",
    '{"years": ["2024-2025" "2025-2026"]}',
    "Het bestand is geen geldige JSON: fout in regel 1, kolom 24.",
  ],
])("broken JSON: %s", (_label, text, message) => {
  it("is refused with a Dutch message (no English parser text) and no path", () => {
    const outcome = parseSessionText(text);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([{ path: "", message }]);
  });
});

describe("valid JSON that is not a valid session", () => {
  it("is refused with the field problems, each with its path; a problem of the file as a whole has no path", () => {
    const draft = fullDraft();
    draft.placements[0].students[Y1] = -2;
    const outcome = parseSessionText(JSON.stringify(draft));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map(formatProblem)).toEqual([
      `placements[0].students.${Y1}: mag niet negatief zijn`,
    ]);
    expect(
      formatProblem({ path: "", message: "Het bestand is leeg: er staat geen JSON in." }),
    ).toBe("Het bestand is leeg: er staat geen JSON in.");
  });
});

describe("a byte-order mark", () => {
  it("before the JSON (as Windows editors save it) is ignored", () => {
    const text = readFileSync(new URL("../fixtures/voorbeeld-po.json", import.meta.url), "utf8");
    const outcome = parseSessionText(`\uFEFF${text}`);
    expect(outcome.ok).toBe(true);
    expect(outcome).toEqual(parseSessionText(text));
  });
});

describe("several problems in one file", () => {
  it("are all reported at once (field rules)", () => {
    const problems = problemsOf((d) => {
      d.placements[0].students[Y1] = -1;
      d.rates.WPB = "vijftig";
      d.partnership.sector = "hbo";
      d.categories[0].perGroup.size = 0;
    });
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        "categories[0].perGroup.size",
        "partnership.sector",
        `placements[0].students.${Y1}`,
        "rates.WPB",
      ].sort(),
    );
  });
  it("are all reported at once (rules that span fields)", () => {
    const problems = problemsOf((d) => {
      d.years = [Y0, Y2];
      d.partners.push({ id: "i", name: "Dubbel", kind: "institute" });
      d.placements.push(placement({}, { category: "zz", board: "i" }));
    });
    expect(problems.map(formatProblem)).toEqual([
      "years[1]: moet 2025-2026 zijn: de schooljaren moeten zonder gat op elkaar volgen, oudste eerst",
      `partners[2].id: "i" komt al voor bij partners[1]; elke partner heeft een eigen id`,
      `placements[1].board: "i" is geen schoolbestuur`,
      `placements[1].category: "zz" is geen bekende studentcategorie`,
    ]);
  });
});

describe("defaults and unknown keys", () => {
  it("fills in the defaults of §2", () => {
    const session = sessionOf();
    expect(session.regulation).toMatchObject({ base: 0, ceilingFactor: 1, lag: 1 });
    expect(session.indexation).toBe(0);
    expect(session.distribution).toEqual({
      overhead: "deduct",
      topSlice: 0,
      basis: "previous",
      split: "students",
      boardsShare: 1,
    });
    expect(session.partners[0]).toMatchObject({ member: true, schools: 0, fixedCosts: [] });
    expect(session.categories[0]).toMatchObject({ weight: 1, stipend: 0 });
    expect(planYearOf(session)).toBe(Y1);
    expect(planYearOf(sessionOf((d) => (d.years = [Y0])))).toBe(Y0);
    expect(planYearOf(sessionOf((d) => (d.planYear = Y2)))).toBe(Y2);
  });

  it.each([
    // an older file (every file before the sector became optional) keeps its sector
    { sector: "po", expected: "po" },
    { sector: "po-vo", expected: "po-vo" },
    // a new session that has not chosen yet: no sector, and no guessed one either
    { sector: undefined, expected: undefined },
  ])("partnership.sector $sector reads as $expected", ({ sector, expected }) => {
    const session = sessionOf((d) =>
      sector === undefined ? delete d.partnership.sector : (d.partnership.sector = sector),
    );
    expect(session.partnership.sector).toBe(expected);
    expect("sector" in session.partnership).toBe(sector !== undefined);
  });

  it("keeps unknown keys at every level through parse → JSON → parse", () => {
    const draft = fullDraft();
    draft.futureTopLevel = { nested: [1, "twee"] };
    draft.partnership.logo = "logo.svg";
    draft.regulation.source = "Stcrt. 2024, 18763";
    draft.categories[0].colour = "#123456";
    draft.categories[0].perGroup.note = "Den Haag";
    draft.partners[0].contact = { name: "A. Jansen" };
    draft.partners[0].commitment.note = "onder voorbehoud";
    draft.placements[0].remark = "mentoren in opleiding";
    draft.overhead[0].source = "begroting";
    draft.distribution = { overhead: "deduct", explain: true };
    draft.answers = { "q-1": { notes: "x", mood: "goed" } };
    const first = parseSession(draft);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const text = JSON.stringify(first.session);
    const second = parseSessionText(text);
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.session).toEqual(first.session);
    expect(JSON.stringify(second.session)).toBe(text);
    const s = second.session as unknown as Draft;
    expect(s.futureTopLevel).toEqual({ nested: [1, "twee"] });
    expect(s.partnership.logo).toBe("logo.svg");
    expect(s.regulation.source).toBe("Stcrt. 2024, 18763");
    expect(s.categories[0].colour).toBe("#123456");
    expect(s.categories[0].perGroup.note).toBe("Den Haag");
    expect(s.partners[0].contact).toEqual({ name: "A. Jansen" });
    expect(s.partners[0].commitment.note).toBe("onder voorbehoud");
    expect(s.placements[0].remark).toBe("mentoren in opleiding");
    expect(s.overhead[0].source).toBe("begroting");
    expect(s.distribution.explain).toBe(true);
    expect(s.answers["q-1"]).toEqual({ notes: "x", agreements: "", open: "", mood: "goed" });
  });

  it.each(["voorbeeld-po.json", "voorbeeld-vo.json"])(
    "round-trips the worked example %s unchanged",
    (name) => {
      const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
      const first = parseSessionText(text);
      if (!first.ok) throw new Error(JSON.stringify(first.problems));
      const second = parseSessionText(JSON.stringify(first.session));
      expect(second).toEqual(first);
    },
  );
});
