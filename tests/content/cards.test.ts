// The conversation cards: frontmatter valid against the build's own schema, all twelve themes of
// the gesprekskaart in order, every question covered, sources that exist, cross-card checks.
import { describe, expect, test } from "vitest";
import { cardSchema, type CardData } from "../../src/lib/cardSchema.ts";
import { assertValidCards, cardProblems, questionIndex, sourceLabel, SOURCES } from "../../src/lib/cards.ts";
import { readCardFiles } from "./frontmatter.ts";

const files = readCardFiles();
const cards: CardData[] = files.map((file) => cardSchema.parse(file.frontmatter));

describe("card files", () => {
  test.each(files.map((file) => [file.file, file] as const))("%s matches the card schema", (_name, file) => {
    const parsed = cardSchema.safeParse(file.frontmatter);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  test("the shipped cards pass the cross-card checks", () => {
    expect(cardProblems(cards)).toEqual([]);
    expect(() => assertValidCards(cards)).not.toThrow();
  });
});

// The twelve themes of gesprekskaart.md, in order, with the minimum number of questions each theme
// lists in that table (every listed question must be covered; more is allowed).
const THEMES = [
  // step, slug, minimum questions, the input panels of the table
  [1, "partnerschap", 5, ["profile", "partners"]], // who we are; organisation in the region; distribution; multi-partnership institutes; own contributions
  [2, "doelen", 5, []], // goals; model serves goals; growth changes model; strategic HRM; growth and HRM
  [3, "kwaliteit", 7, ["norm"]], // agreements; what is needed; costs at two levels; who pays; during growth; four safeguards; entry criteria
  [4, "facilitering", 6, ["facilitation", "rates"]], // agreements; differences; quality talks; growth; GPL rates; wage costs in growth
  [5, "studenten", 5, ["placements", "counted"]], // categories; cost differences; spread; shared responsibility; small appointments
  [6, "kosten", 3, ["overhead", "fixedCosts"]], // cost types; organisation structure; structure during growth
  [7, "financiering", 7, ["regulation", "distribution", "otherIncome", "commitments"]], // regulation; T-1; overhead; weights; subsidy vs own; declarations; reserve
  [8, "groei", 5, ["growth"]], // prefinancing T-1; new partners; categories; 100 % in the region; investment
  [9, "niet-gesubsidieerd", 5, ["nonSubsidised"]], // use of infrastructure; facilitation; who pays; growth; routes to eligibility
  [10, "opbrengsten", 3, ["benefits"]], // make visible; which benefits; effect of growth
  [11, "onderwijsregio", 4, ["regionRequest"]], // minimum; decisions; decision makers informed; aligned; agreements
  [12, "voorstel", 5, ["proposal"]], // minimum; discuss; joint proposal; bring in; secure
] as const;

describe("themes of the gesprekskaart", () => {
  test("there are exactly twelve cards, steps 1 to 12", () => {
    expect(cards.map((card) => card.step)).toEqual(THEMES.map(([step]) => step));
  });

  test.each(THEMES)("step %i is '%s' with at least %i questions and the agreed inputs", (step, slug, minimum, inputs) => {
    const card = cards.find((c) => c.step === step);
    expect(card?.slug).toBe(slug);
    expect(card?.questions.length).toBeGreaterThanOrEqual(minimum);
    expect(card?.inputs).toEqual(inputs);
  });
});

// Source lines each theme must cite, so that no block of questions of the seeds gets lost.
const CITED = [
  // slug, doc, a line the cited ranges must include
  ["partnerschap", "000", 86], // institutes serving several partnerships
  ["doelen", "000", 21], // strategic HRM
  ["kwaliteit", "003", 34], // quality agreements
  ["kwaliteit", "000", 108], // quality during growth
  ["kwaliteit", "004", 383], // four safeguards
  ["kwaliteit", "003", 80], // Twente entry criteria
  ["facilitering", "000", 126], // growth and wage costs
  ["facilitering", "000", 153], // realistic rates (GPL)
  ["studenten", "000", 58], // cost differences per category
  ["studenten", "000", 142], // small appointments
  ["kosten", "000", 288], // cost types
  ["kosten", "000", 174], // cost of the consultation structure
  ["financiering", "000", 35], // T-1 or current counts
  ["financiering", "000", 409], // full rate or top-slice
  ["financiering", "000", 461], // declarations
  ["financiering", "000", 474], // reserve
  ["financiering", "003", 23], // regulation that applies
  ["groei", "000", 44], // prefinancing
  ["groei", "000", 50], // new partners
  ["groei", "000", 67], // growth in some categories
  ["groei", "000", 92], // 100 % in the region
  ["groei", "003", 51], // (pre)investment
  ["niet-gesubsidieerd", "000", 189], // use of the infrastructure
  ["niet-gesubsidieerd", "000", 202], // routes to eligibility
  ["opbrengsten", "000", 161], // from intangible to tangible
  ["opbrengsten", "000", 169], // effect of growth
  ["opbrengsten", "003", 50], // benefits beside the finances
  ["onderwijsregio", "003", 52], // minimum subsidy
  ["onderwijsregio", "003", 55], // decision makers
  ["onderwijsregio", "003", 57], // aligned
  ["onderwijsregio", "003", 59], // agreements
  ["voorstel", "003", 63], // the minimum
  ["voorstel", "003", 65], // joint proposal
  ["voorstel", "003", 67], // bring it in
  ["voorstel", "003", 68], // secure the agreements
] as const;

/** The line numbers a ref like "r. 40, 132" or "r. 79-90" covers. */
function linesOf(ref: string): number[] {
  const lines: number[] = [];
  for (const part of ref.replace(/^r\.\s*/, "").split(",")) {
    const [from, to] = part.trim().split("-").map(Number);
    if (from === undefined || Number.isNaN(from)) continue;
    for (let line = from; line <= (to ?? from); line++) lines.push(line);
  }
  return lines;
}

describe("every block of seed questions is cited", () => {
  test.each(CITED)("'%s' cites %s line %i", (slug, doc, line) => {
    const card = cards.find((c) => c.slug === slug);
    const covered = (card?.questions ?? []).filter((q) => q.source.doc === doc).flatMap((q) => linesOf(q.source.ref));
    expect(covered).toContain(line);
  });
});

describe("sources", () => {
  test("every question and fact names a document of content/sources.json, with line numbers for text files", () => {
    const refs = cards.flatMap((card) => [...card.questions.map((q) => q.source), ...card.facts.map((f) => f.source)]);
    for (const ref of refs) {
      const doc = SOURCES[ref.doc];
      expect(doc, `bron ${ref.doc}`).toBeDefined();
      // Seed documents are cited by line of their text file; others (a Staatscourant) by their own reference.
      if (doc?.file) expect(ref.ref).toMatch(/^r\. \d+(-\d+)?(, \d+(-\d+)?)*$/);
      else expect(ref.ref.length).toBeGreaterThan(0);
    }
  });

  test.each([
    // the label format the cards show under a question
    [{ doc: "000", ref: "r. 79-90" }, "Aandachtspunten en vragen (Platform SO&P, 2023), r. 79-90"],
    [{ doc: "004", ref: "r. 11" }, "De meerwaarde van Samen Opleiden & Professionaliseren (ECBO, 2021), r. 11"],
    // an unknown document is named, not hidden
    [{ doc: "999", ref: "r. 1" }, "onbekende bron 999, r. 1"],
  ])("sourceLabel(%o)", (source, label) => {
    expect(sourceLabel(source)).toBe(label);
  });
});

test("questionIndex finds every question with its card", () => {
  const index = questionIndex(cards);
  expect(index.size).toBe(cards.reduce((n, card) => n + card.questions.length, 0));
  expect(index.get("financiering-t1")?.card.slug).toBe("financiering");
});

/** A small valid card; tests change one thing at a time. */
function card(step: number, slug: string, ids: string[], change: Partial<CardData> = {}): CardData {
  return {
    step,
    slug,
    title: slug,
    summary: "Samenvatting",
    inputs: [],
    questions: ids.map((id) => ({ id, text: "Een vraag van voldoende lengte?", source: { doc: "000", ref: "r. 1-2" } })),
    related: [],
    facts: [],
    ...change,
  };
}

describe("cross-card checks name the card and the id", () => {
  test.each([
    // a question id used on two cards
    [[card(1, "a", ["x"]), card(2, "b", ["x"])], "kaart 'b' (stap 2): vraag-id 'x' is al gebruikt op kaart 'a' (stap 1)."],
    // a question id twice on one card
    [[card(1, "a", ["x", "x"])], "kaart 'a' (stap 1): vraag-id 'x' staat twee keer op deze kaart."],
    // related points at nothing
    [[card(1, "a", ["x"], { related: ["y"] })], "kaart 'a' (stap 1): 'related' noemt vraag-id 'y', maar die vraag bestaat op geen enkele kaart."],
    // a step used twice (and so step 2 missing)
    [[card(1, "a", ["x"]), card(1, "b", ["y"])], "Stap 1 komt twee keer voor: kaart 'a' (stap 1) en kaart 'b' (stap 1)."],
    // a gap in the steps
    [[card(1, "a", ["x"]), card(3, "b", ["y"])], "Stap 2 ontbreekt: de stappen moeten doorlopend genummerd zijn van 1 tot en met 2."],
    // the same slug twice
    [[card(1, "a", ["x"]), card(2, "a", ["y"])], "De slug 'a' komt twee keer voor: kaart 'a' (stap 1) en kaart 'a' (stap 2)."],
    // a question citing a document that is not in sources.json
    [
      [card(1, "a", [], { questions: [{ id: "x", text: "Een vraag van voldoende lengte?", source: { doc: "999", ref: "r. 1" } }] })],
      "kaart 'a' (stap 1): vraag 'x' verwijst naar bron '999', die niet in content/sources.json staat.",
    ],
    // a fact citing a document that is not in sources.json
    [[card(1, "a", ["x"], { facts: [{ text: "Feit", source: { doc: "998", ref: "r. 1" } }] })], "kaart 'a' (stap 1): feit 1 verwijst naar bron '998', die niet in content/sources.json staat."],
  ] as const)("problem %#", (set, message) => {
    expect(cardProblems(set)).toContain(message);
    expect(() => assertValidCards(set)).toThrow(message);
  });

  test("a consistent set has no problems, related ids may point at other cards", () => {
    expect(cardProblems([card(2, "b", ["y"], { related: ["x"] }), card(1, "a", ["x"])])).toEqual([]);
  });
});
