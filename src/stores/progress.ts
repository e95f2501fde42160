/**
 * How far the conversation is: per step, how many questions have an answer, which of its input
 * panels hold data and what they still miss (from the panel registry, src/lib/inputPanels.ts). The pages pass the card outlines (known at build time); the state itself is
 * derived from the session, so it follows other tabs and imports without extra bookkeeping.
 */
import { computed, type ReadableAtom } from "nanostores";
import type { Answer, Session } from "../engine/index.ts";
import type { CardData } from "../lib/cardSchema.ts";
import {
  INPUT_PANELS,
  type InputPanelId,
  PANELS,
  isInput,
  panelMissing,
} from "../lib/inputPanels.ts";
import { sessionStore } from "./session.ts";

/** What a step needs from its card to report its progress. */
export interface StepOutline {
  step: number;
  slug: string;
  title: string;
  questionIds: readonly string[];
  inputs: readonly InputPanelId[];
}

/** The progress of one step. */
export interface StepProgress {
  slug: string;
  /** Questions with at least one non-empty answer field ("besproken"). */
  answered: number;
  questions: number;
  /** Input panels of this step that hold data. */
  filledInputs: number;
  /** Input panels of this step that can hold data (result panels only show figures). */
  inputs: number;
  /** What the step's panels still need, in Dutch (the registry's `missing`), in panel order. */
  missing: string[];
  /** Nothing answered and no input filled. */
  started: boolean;
  /** Every question discussed and nothing missing. */
  done: boolean;
}

/** True when any of the three answer fields holds more than white space. */
export function hasAnswer(answer: Answer | undefined): boolean {
  if (!answer) return false;
  return [answer.notes, answer.agreements, answer.open].some((text) => text.trim() !== "");
}

/** True when the panel can hold data and the session holds some for it. */
export function panelFilled(panel: InputPanelId, session: Session): boolean {
  return isInput(panel) && PANELS[panel].filled(session);
}

/** The progress of one step in a session. */
export function stepProgress(outline: StepOutline, session: Session): StepProgress {
  const answered = outline.questionIds.filter((id) => hasAnswer(session.answers[id])).length;
  const countable = outline.inputs.filter(isInput);
  const filledInputs = countable.filter((panel) => panelFilled(panel, session)).length;
  const missing = countable.flatMap((panel) => panelMissing(panel, session));
  return {
    slug: outline.slug,
    answered,
    questions: outline.questionIds.length,
    filledInputs,
    inputs: countable.length,
    missing,
    started: answered > 0 || filledInputs > 0,
    done: answered === outline.questionIds.length && missing.length === 0,
  };
}

/** Dutch description of a step's state, e.g. "2 van 4 vragen besproken; invoer compleet". */
export function describeProgress(progress: StepProgress): string {
  const questions = `${progress.answered} van ${progress.questions} ${progress.questions === 1 ? "vraag" : "vragen"} besproken`;
  if (progress.inputs === 0) return questions;
  return `${questions}; ${progress.missing.length === 0 ? "invoer compleet" : `invoer mist ${progress.missing.length}`}`;
}

/** True when someone worked on the session: an answer, a name or any structured input. */
export function hasContent(session: Session): boolean {
  if (Object.values(session.answers).some(hasAnswer)) return true;
  return INPUT_PANELS.some((panel) => panelFilled(panel, session));
}

/** The progress of every step, following the session. */
export function progressStore(outlines: readonly StepOutline[]): ReadableAtom<StepProgress[]> {
  return computed(sessionStore, (session) =>
    outlines.map((outline) => stepProgress(outline, session)),
  );
}

/** The outline of a card, as the progress components need it (plain data, passed to islands). */
export function outlineOf(
  card: Pick<CardData, "step" | "slug" | "title" | "questions" | "inputs">,
): StepOutline {
  return {
    step: card.step,
    slug: card.slug,
    title: card.title,
    questionIds: card.questions.map((q) => q.id),
    inputs: card.inputs,
  };
}
