/**
 * Helpers over the conversation cards: source labels, lookup of questions, and the cross-card
 * checks the content schema cannot do on one file (unique question ids, existing `related` ids
 * and sources, steps 1..n without gaps). `loadCards()` is the one way pages get the cards.
 */
import sourcesJson from "../../content/sources.json" with { type: "json" };
import {
  sourcesSchema,
  type CardData,
  type Question,
  type SourceRef,
  type Sources,
} from "./cardSchema.ts";
import { citation } from "./citation.ts";

/** The shipped source documents (content/sources.json), validated when this module loads. */
export const SOURCES: Sources = sourcesSchema.parse(sourcesJson);

/** "Aandachtspunten en vragen (Platform SO&P, ca. 2022), Q&A: reserve aanhouden"; an unknown doc is named as such. */
export function sourceLabel(source: SourceRef, sources: Sources = SOURCES): string {
  return citation(source, sources);
}

/** How a card is named in messages: "kaart 'studenten' (stap 5)". */
function cardName(card: Pick<CardData, "slug" | "step">): string {
  return `kaart '${card.slug}' (stap ${card.step})`;
}

/** Every problem across the cards, in Dutch; an empty list means the set is consistent. */
export function cardProblems(cards: readonly CardData[], sources: Sources = SOURCES): string[] {
  const problems: string[] = [];
  const questionOwner = new Map<string, CardData>();
  const slugOwner = new Map<string, CardData>();
  const stepOwner = new Map<number, CardData>();

  for (const card of cards) {
    const otherStep = stepOwner.get(card.step);
    if (otherStep)
      problems.push(
        `Stap ${card.step} komt twee keer voor: ${cardName(otherStep)} en ${cardName(card)}.`,
      );
    else stepOwner.set(card.step, card);

    const otherSlug = slugOwner.get(card.slug);
    if (otherSlug)
      problems.push(
        `De slug '${card.slug}' komt twee keer voor: ${cardName(otherSlug)} en ${cardName(card)}.`,
      );
    else slugOwner.set(card.slug, card);

    for (const question of card.questions) {
      const owner = questionOwner.get(question.id);
      if (owner === card)
        problems.push(
          `${cardName(card)}: vraag-id '${question.id}' staat twee keer op deze kaart.`,
        );
      else if (owner)
        problems.push(
          `${cardName(card)}: vraag-id '${question.id}' is al gebruikt op ${cardName(owner)}.`,
        );
      else questionOwner.set(question.id, card);
      if (!sources[question.source.doc]) {
        problems.push(
          `${cardName(card)}: vraag '${question.id}' verwijst naar bron '${question.source.doc}', die niet in content/sources.json staat.`,
        );
      }
    }
    card.facts.forEach((fact, index) => {
      if (!sources[fact.source.doc]) {
        problems.push(
          `${cardName(card)}: feit ${index + 1} verwijst naar bron '${fact.source.doc}', die niet in content/sources.json staat.`,
        );
      }
    });
  }

  for (const card of cards) {
    for (const id of card.related) {
      if (!questionOwner.has(id))
        problems.push(
          `${cardName(card)}: 'related' noemt vraag-id '${id}', maar die vraag bestaat op geen enkele kaart.`,
        );
    }
  }

  // Steps must run 1, 2, … n: a gap means a card file went missing or got the wrong number.
  for (let step = 1; step <= cards.length; step++) {
    if (!stepOwner.has(step))
      problems.push(
        `Stap ${step} ontbreekt: de stappen moeten doorlopend genummerd zijn van 1 tot en met ${cards.length}.`,
      );
  }
  return problems;
}

/** Throws an Error with all problems (Dutch, naming card and id) when the cards are inconsistent. */
export function assertValidCards(cards: readonly CardData[], sources: Sources = SOURCES): void {
  const problems = cardProblems(cards, sources);
  if (problems.length > 0) {
    throw new Error(
      `De gesprekskaarten in content/cards kloppen niet:\n- ${problems.join("\n- ")}`,
    );
  }
}

/** Cards sorted by step (a copy; the input is left as it is). */
function sortByStep<T extends { data: Pick<CardData, "step"> }>(cards: readonly T[]): T[] {
  return [...cards].sort((a, b) => a.data.step - b.data.step);
}

/** Question id → the question and the card it is on, for summaries and the proposal. */
export function questionIndex(
  cards: readonly CardData[],
): Map<string, { card: CardData; question: Question }> {
  const index = new Map<string, { card: CardData; question: Question }>();
  for (const card of cards)
    for (const question of card.questions) index.set(question.id, { card, question });
  return index;
}

/**
 * All cards of the collection, sorted by step and checked across cards; the build stops with a
 * Dutch message when a check fails. Use this instead of calling getCollection('cards') directly.
 */
export async function loadCards() {
  // Imported here, not at the top, so the pure helpers above stay usable in unit tests without Astro.
  const { getCollection } = await import("astro:content");
  const entries = sortByStep(await getCollection("cards"));
  assertValidCards(entries.map((entry) => entry.data));
  return entries;
}
