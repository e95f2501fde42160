// The deck: questions in step order, one figures slide closing each step, stable keys, clamping.
import { describe, expect, it } from "vitest";
import {
  type DeckCard,
  buildDeck,
  buildPrintDeck,
  clampIndex,
  indexOfKey,
  positionLabel,
  printSheets,
  sortCards,
} from "../../src/lib/deck.ts";

const source = { doc: "000", section: "Verdelingsprincipes" };
/** Three cards given out of order; step 2 has three questions. */
const cards: DeckCard[] = [
  {
    step: 3,
    slug: "kosten",
    title: "Kosten",
    summary: "Wat kost het?",
    questions: [{ id: "k-1", text: "Welke kosten zijn er?", source }],
  },
  {
    step: 1,
    slug: "partnerschap",
    title: "Partnerschap",
    summary: "Wie zijn we?",
    questions: [
      { id: "p-1", text: "Wie zijn wij?", source },
      { id: "p-2", text: "Hoe werken we samen?", source },
    ],
  },
  {
    step: 2,
    slug: "doelen",
    title: "Doelen",
    questions: [
      { id: "d-1", text: "Wat zijn de doelen?", source },
      { id: "d-2", text: "Past het model?", source },
      { id: "d-3", text: "Wat doet groei?", source },
    ],
  },
];

describe("buildDeck", () => {
  const deck = buildDeck(cards, (s) => `bron ${s.doc} ${s.section}`);

  it("puts every question in step order, each step closed by its figures slide", () => {
    expect(deck.map((slide) => slide.key)).toEqual([
      "vraag:p-1",
      "vraag:p-2",
      "cijfers:partnerschap",
      "vraag:d-1",
      "vraag:d-2",
      "vraag:d-3",
      "cijfers:doelen",
      "vraag:k-1",
      "cijfers:kosten",
    ]);
    expect(deck.map((slide) => slide.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("labels sources with the given function", () => {
    const first = deck[0];
    expect(first?.kind === "question" && first.sourceLabel).toBe("bron 000 Verdelingsprincipes");
  });

  it("gives an empty deck for no cards", () => {
    expect(buildDeck([])).toEqual([]);
  });

  describe.each([
    // first question of the first step
    { key: "vraag:p-1", label: "vraag 1 van 2, stap 1 van 3" },
    // a middle question of step 2
    { key: "vraag:d-2", label: "vraag 2 van 3, stap 2 van 3" },
    // a figures slide
    { key: "cijfers:doelen", label: "kerncijfers, stap 2 van 3" },
    // the last question of the last step
    { key: "vraag:k-1", label: "vraag 1 van 1, stap 3 van 3" },
  ])("positionLabel($key)", ({ key, label }) => {
    it(`reads "${label}"`, () => {
      const slide = deck[indexOfKey(deck, key)];
      expect(slide && positionLabel(slide)).toBe(label);
    });
  });

  describe.each([
    // a known key
    { key: "vraag:d-3", index: 5 },
    // nothing remembered yet
    { key: null, index: 0 },
    // a question that was removed from the cards
    { key: "vraag:weg", index: 0 },
  ])("indexOfKey($key)", ({ key, index }) => {
    it(`is ${index}`, () => expect(indexOfKey(deck, key)).toBe(index));
  });

  describe.each([
    // inside the deck
    { index: 4, expected: 4 },
    // before the start
    { index: -3, expected: 0 },
    // past the end
    { index: 40, expected: 8 },
    // a fraction (never happens from keys, but stays whole)
    { index: 2.7, expected: 2 },
  ])("clampIndex($index)", ({ index, expected }) => {
    it(`is ${expected}`, () => expect(clampIndex(deck, index)).toBe(expected));
  });

  it("clamps to 0 in an empty deck", () => {
    expect(clampIndex([], 5)).toBe(0);
  });
});

describe("sortCards", () => {
  it("sorts by step and keeps equal steps in slug order", () => {
    const sorted = sortCards([
      { step: 2, slug: "b" },
      { step: 1, slug: "z" },
      { step: 2, slug: "a" },
    ]);
    expect(sorted.map((c) => `${c.step}${c.slug}`)).toEqual(["1z", "2a", "2b"]);
  });
});

describe("buildPrintDeck", () => {
  const deck = buildPrintDeck(cards);

  it("starts each step with a cover card and holds every question once", () => {
    expect(deck.map((card) => card.key)).toEqual([
      "stap:partnerschap",
      "vraag:p-1",
      "vraag:p-2",
      "stap:doelen",
      "vraag:d-1",
      "vraag:d-2",
      "vraag:d-3",
      "stap:kosten",
      "vraag:k-1",
    ]);
  });

  it("puts the summary and the number of questions on the cover", () => {
    expect(deck[0]).toMatchObject({
      kind: "step",
      stepTitle: "Partnerschap",
      summary: "Wie zijn we?",
      questionCount: 2,
    });
    // a card without a summary gets an empty one
    expect(deck[3]).toMatchObject({ kind: "step", summary: "", questionCount: 3 });
  });
});

describe.each([
  // nine cards, four to a sheet: two full sheets and one with a single card
  { count: 9, perSheet: 4, sizes: [4, 4, 1] },
  // exactly full
  { count: 8, perSheet: 4, sizes: [4, 4] },
  // one per sheet (A5)
  { count: 3, perSheet: 1, sizes: [1, 1, 1] },
  // nothing to print
  { count: 0, perSheet: 4, sizes: [] },
  // a nonsense sheet size is treated as one
  { count: 2, perSheet: 0, sizes: [1, 1] },
])("printSheets($count, $perSheet)", ({ count, perSheet, sizes }) => {
  it(`gives sheets of ${JSON.stringify(sizes)}`, () => {
    const items = Array.from({ length: count }, (_, i) => i);
    const sheets = printSheets(items, perSheet);
    expect(sheets.map((s) => s.length)).toEqual(sizes);
    expect(sheets.flat()).toEqual(items);
  });
});
