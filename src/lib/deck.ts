/**
 * The presentation as an ordered list of slides: for every step its questions, one per slide,
 * followed by one slide with the key figures of the plan year. Pure data, built at build time
 * from the cards and handed to the presenter island.
 */

/** Where a question comes from (same shape as the card schema's source). */
export interface DeckSource {
  doc: string;
  section: string;
}

/** The part of a card the deck needs. */
export interface DeckCard {
  step: number;
  slug: string;
  title: string;
  /** One sentence on the step (printed on the step's cover card). */
  summary?: string | undefined;
  questions: readonly { id: string; text: string; source: DeckSource }[];
}

/** What every slide carries: where it sits in the conversation. */
interface SlideBase {
  /** Stable key, survives reordering of other cards: "vraag:<question id>" or "cijfers:<slug>". */
  key: string;
  /** 0-based position in the deck. */
  index: number;
  step: number;
  /** 1-based position of the step among all steps. */
  stepPosition: number;
  stepCount: number;
  stepTitle: string;
  slug: string;
}

/** One question on the screen. */
export interface QuestionSlide extends SlideBase {
  kind: "question";
  questionId: string;
  text: string;
  source: DeckSource;
  /** The source as people read it ("Aandachtspunten en vragen (Platform SO&P, ca. 2022), Inrichting Samen Opleiden in de regio"). */
  sourceLabel: string;
  /** 1-based position of the question within its step. */
  questionPosition: number;
  questionCount: number;
}

/** The key figures of the plan year, closing a step. */
export interface FiguresSlide extends SlideBase {
  kind: "figures";
}

/** A slide of the presentation. */
export type Slide = QuestionSlide | FiguresSlide;

/** Cards in step order; equal steps (a content mistake) keep their slug order so the deck is stable. */
export function sortCards<T extends { step: number; slug: string }>(cards: readonly T[]): T[] {
  return [...cards].sort((a, b) => a.step - b.step || a.slug.localeCompare(b.slug));
}

/** All slides: per step its questions, then its figures slide; `label` names a source for people. */
export function buildDeck(
  cards: readonly DeckCard[],
  label: (source: DeckSource) => string = (s) => `${s.doc}, ${s.section}`,
): Slide[] {
  const ordered = sortCards(cards);
  const slides: Slide[] = [];
  ordered.forEach((card, stepIndex) => {
    const base = {
      step: card.step,
      stepPosition: stepIndex + 1,
      stepCount: ordered.length,
      stepTitle: card.title,
      slug: card.slug,
    };
    card.questions.forEach((question, questionIndex) => {
      slides.push({
        ...base,
        kind: "question",
        key: `vraag:${question.id}`,
        index: slides.length,
        questionId: question.id,
        text: question.text,
        source: question.source,
        sourceLabel: label(question.source),
        questionPosition: questionIndex + 1,
        questionCount: card.questions.length,
      });
    });
    slides.push({ ...base, kind: "figures", key: `cijfers:${card.slug}`, index: slides.length });
  });
  return slides;
}

/** "vraag 3 van 5, stap 4 van 12" or "kerncijfers, stap 4 van 12". */
export function positionLabel(slide: Slide): string {
  const step = `stap ${slide.stepPosition} van ${slide.stepCount}`;
  return slide.kind === "question"
    ? `vraag ${slide.questionPosition} van ${slide.questionCount}, ${step}`
    : `kerncijfers, ${step}`;
}

/** Index of the slide with `key`, or 0 when it no longer exists (a card changed). */
export function indexOfKey(slides: readonly Slide[], key: string | null): number {
  if (key === null) return 0;
  const found = slides.findIndex((slide) => slide.key === key);
  return found === -1 ? 0 : found;
}

/** Moves within the deck without running off either end. */
export function clampIndex(slides: readonly Slide[], index: number): number {
  if (slides.length === 0) return 0;
  return Math.min(slides.length - 1, Math.max(0, Math.trunc(index)));
}

/** A printed card: a step's cover, or one question. */
export type PrintCard =
  | {
      kind: "step";
      key: string;
      step: number;
      stepPosition: number;
      stepCount: number;
      stepTitle: string;
      summary: string;
      questionCount: number;
    }
  | QuestionSlide;

/** The printed deck: per step a cover card with its summary, then one card per question. */
export function buildPrintDeck(
  cards: readonly DeckCard[],
  label?: (source: DeckSource) => string,
): PrintCard[] {
  const summaries = new Map(cards.map((card) => [card.slug, card.summary ?? ""]));
  const out: PrintCard[] = [];
  for (const slide of buildDeck(cards, label)) {
    if (slide.kind === "question" && slide.questionPosition === 1) {
      const { step, stepPosition, stepCount, stepTitle, questionCount } = slide;
      out.push({
        kind: "step",
        key: `stap:${slide.slug}`,
        step,
        stepPosition,
        stepCount,
        stepTitle,
        summary: summaries.get(slide.slug) ?? "",
        questionCount,
      });
    }
    if (slide.kind === "question") out.push(slide);
  }
  return out;
}

/** Items grouped per printed sheet of `perSheet` (the last sheet may be short). */
export function printSheets<T>(items: readonly T[], perSheet: number): T[][] {
  const size = Math.max(1, Math.trunc(perSheet));
  const sheets: T[][] = [];
  for (let i = 0; i < items.length; i += size) sheets.push(items.slice(i, i + size));
  return sheets;
}
