// The conversation cards: frontmatter valid against the build's own schema, all twelve themes of
// the gesprekskaart in order, every question covered, sources that exist, cross-card checks.
import { describe, expect, test } from "vitest";
import { cardSchema, type CardData } from "../../src/lib/cardSchema.ts";
import { assertValidCards, cardProblems, questionIndex, sourceLabel } from "../../src/lib/cards.ts";
import { readCardFiles } from "./frontmatter.ts";

const files = readCardFiles();
const cards: CardData[] = files.map((file) => cardSchema.parse(file.frontmatter));

describe("card files", () => {
  test.each(files.map((file) => [file.file, file] as const))(
    "%s matches the card schema",
    (_name, file) => {
      const parsed = cardSchema.safeParse(file.frontmatter);
      expect(parsed.error?.issues ?? []).toEqual([]);
    },
  );

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

  test.each(THEMES)(
    "step %i is '%s' with at least %i questions and the agreed inputs",
    (step, slug, minimum, inputs) => {
      const card = cards.find((c) => c.step === step);
      expect(card?.slug).toBe(slug);
      expect(card?.questions.length).toBeGreaterThanOrEqual(minimum);
      expect(card?.inputs).toEqual(inputs);
    },
  );
});

// Places in the sources each theme must cite, so that no block of questions of the sources gets lost.
const CITED = [
  // slug, doc, a section the card's questions must cite (as the reader finds it in the document)
  ["partnerschap", "000", "Inrichting Samen Opleiden in de regio"], // institutes serving several partnerships
  ["doelen", "000", "Financieel model in relatie tot doelen"], // goals, model, strategic HRM
  ["kwaliteit", "003", "Vragen m.b.t. kwaliteit en financiën Samen Opleiden, 1e vraag"], // quality agreements
  ["kwaliteit", "000", "Opleidings- en begeleidingskosten, Kwaliteit Samen Opleiden"], // quality during growth
  ["kwaliteit", "004", "§ 1.3 Achtergrond"], // four safeguards
  ["kwaliteit", "003", "Bijlage 1, Twentse criteria"], // Twente entry criteria
  ["facilitering", "000", "Opleidings- en begeleidingskosten, Facilitering"], // growth and wage costs
  ["facilitering", "000", "Opleidings- en begeleidingskosten, Loonkosten"], // realistic rates (GPL)
  ["studenten", "000", "Verdelingsprincipes, Categorieën studenten"], // cost differences per category
  ["studenten", "000", "Opleidings- en begeleidingskosten, Categorieën studenten"], // small appointments
  ["kosten", "000", "Q&A: welke soorten kosten"], // cost types
  ["kosten", "000", "Overleg- en organisatiestructuur"], // cost of the consultation structure
  ["financiering", "000", "Verdelingsprincipes, T-1 subsidie OCW"], // T-1 or current counts
  ["financiering", "000", "Q&A: hoe de subsidie binnen het partnerschap verdeeld kan worden"], // full rate or top-slice
  ["financiering", "000", "Q&A: de verdeling van de middelen regelen"], // declarations
  ["financiering", "000", "Q&A: een reserve aanhouden"], // reserve
  ["financiering", "003", "Financiering SO&P binnen de Onderwijsregio's"], // regulation that applies
  ["groei", "000", "Verdelingsprincipes, Groei met bestaande partners"], // prefinancing
  ["groei", "000", "Verdelingsprincipes, Groei met nieuwe partners"], // new partners
  ["groei", "000", "Verdelingsprincipes, Categorieën studenten"], // growth in some categories
  ["groei", "000", "Inrichting Samen Opleiden in de regio"], // 100 % in the region
  ["groei", "003", "Vragen m.b.t. kwaliteit en financiën Samen Opleiden, 5e vraag"], // (pre)investment
  ["niet-gesubsidieerd", "000", "Niet-gesubsidieerde studenten"], // use of the infrastructure, routes to eligibility
  ["opbrengsten", "000", "Baten"], // from intangible to tangible, effect of growth
  ["opbrengsten", "003", "Vragen m.b.t. kwaliteit en financiën Samen Opleiden, 4e vraag"], // benefits beside the finances
  ["onderwijsregio", "003", "Vragen m.b.t. kwaliteit en financiën Samen Opleiden, 6e vraag"], // minimum subsidy
  ["onderwijsregio", "003", "Vragen m.b.t. kwaliteit en financiën Samen Opleiden, 7e vraag"], // decision makers, aligned
  ["onderwijsregio", "003", "Vragen m.b.t. kwaliteit en financiën Samen Opleiden, 8e vraag"], // agreements
  ["voorstel", "003", "Het gesprek, 1e punt"], // the minimum
  ["voorstel", "003", "Het gesprek, 3e punt"], // joint proposal
  ["voorstel", "003", "Het gesprek, 5e punt"], // bring it in
  ["voorstel", "003", "Het gesprek, 6e punt"], // secure the agreements
] as const;

describe("every block of source questions is cited", () => {
  test.each(CITED)("'%s' cites %s, %s", (slug, doc, section) => {
    const card = cards.find((c) => c.slug === slug);
    const cited = (card?.questions ?? [])
      .filter((q) => q.source.doc === doc)
      .map((q) => q.source.section);
    expect(cited.some((s) => s.startsWith(section))).toBe(true);
  });
});

describe("sources", () => {
  test.each([
    // the label format the cards show under a question: title (publisher, year), section
    [
      { doc: "004", section: "§ 1.3 Achtergrond" },
      "De meerwaarde van Samen Opleiden & Professionaliseren (ECBO, 2021), § 1.3 Achtergrond",
    ],
    // a document without a printed date whose year follows from its content: "ca."
    [
      { doc: "000", section: "Baten" },
      "Aandachtspunten en vragen (Platform SO&P, ca. 2022), Baten",
    ],
    // a document that cannot be dated says so
    [
      { doc: "002", section: "Afspraken over facilitering" },
      "Praktijk In-Zicht: OidS Twente (Platform SO&P, ongedateerd), Afspraken over facilitering",
    ],
    // an unknown document is named, not hidden
    [{ doc: "999", section: "Baten" }, "onbekende bron 999, Baten"],
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
    questions: ids.map((id) => ({
      id,
      text: "Een vraag van voldoende lengte?",
      source: { doc: "000", section: "Baten" },
    })),
    related: [],
    facts: [],
    ...change,
  };
}

describe("cross-card checks name the card and the id", () => {
  test.each([
    // a question id used on two cards
    [
      [card(1, "a", ["x"]), card(2, "b", ["x"])],
      "kaart 'b' (stap 2): vraag-id 'x' is al gebruikt op kaart 'a' (stap 1).",
    ],
    // a question id twice on one card
    [[card(1, "a", ["x", "x"])], "kaart 'a' (stap 1): vraag-id 'x' staat twee keer op deze kaart."],
    // related points at nothing
    [
      [card(1, "a", ["x"], { related: ["y"] })],
      "kaart 'a' (stap 1): 'related' noemt vraag-id 'y', maar die vraag bestaat op geen enkele kaart.",
    ],
    // a step used twice (and so step 2 missing)
    [
      [card(1, "a", ["x"]), card(1, "b", ["y"])],
      "Stap 1 komt twee keer voor: kaart 'a' (stap 1) en kaart 'b' (stap 1).",
    ],
    // a gap in the steps
    [
      [card(1, "a", ["x"]), card(3, "b", ["y"])],
      "Stap 2 ontbreekt: de stappen moeten doorlopend genummerd zijn van 1 tot en met 2.",
    ],
    // the same slug twice
    [
      [card(1, "a", ["x"]), card(2, "a", ["y"])],
      "De slug 'a' komt twee keer voor: kaart 'a' (stap 1) en kaart 'a' (stap 2).",
    ],
    // a question citing a document that is not in sources.json
    [
      [
        card(1, "a", [], {
          questions: [
            {
              id: "x",
              text: "Een vraag van voldoende lengte?",
              source: { doc: "999", section: "Baten" },
            },
          ],
        }),
      ],
      "kaart 'a' (stap 1): vraag 'x' verwijst naar bron '999', die niet in content/sources.json staat.",
    ],
    // a fact citing a document that is not in sources.json
    [
      [
        card(1, "a", ["x"], {
          facts: [{ text: "Een feit met een bron", source: { doc: "998", section: "Baten" } }],
        }),
      ],
      "kaart 'a' (stap 1): feit 1 verwijst naar bron '998', die niet in content/sources.json staat.",
    ],
  ] as const)("problem %#", (set, message) => {
    expect(cardProblems(set)).toContain(message);
    expect(() => assertValidCards(set)).toThrow(message);
  });

  test("a consistent set has no problems, related ids may point at other cards", () => {
    expect(cardProblems([card(2, "b", ["y"], { related: ["x"] }), card(1, "a", ["x"])])).toEqual(
      [],
    );
  });
});
