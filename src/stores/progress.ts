/**
 * How far the conversation is: per step, how many questions have an answer and which of its input
 * panels hold data. The pages pass the card outlines (known at build time); the state itself is
 * derived from the session, so it follows other tabs and imports without extra bookkeeping.
 */
import { persistentAtom } from "@nanostores/persistent";
import { computed, type ReadableAtom } from "nanostores";
import type { Answer, Session } from "../engine/index.ts";
import type { CardData } from "../lib/cardSchema.ts";
import type { InputPanelId } from "../lib/inputPanels.ts";
import rateDefaults from "../../content/rates/gpl-vo-2021.json";
import { emptySession } from "./newSession.ts";
import { $session } from "./session.ts";

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
  /** Questions with at least one non-empty answer field. */
  answered: number;
  questions: number;
  /** Input panels of this step that hold data. */
  filledInputs: number;
  /** Input panels of this step that can hold data (overview panels only show results). */
  inputs: number;
  /** Nothing answered and no input filled. */
  started: boolean;
}

/** True when any of the three answer fields holds more than white space. */
export function hasAnswer(answer: Answer | undefined): boolean {
  if (!answer) return false;
  return [answer.notes, answer.agreements, answer.open].some((text) => text.trim() !== "");
}

const defaults = emptySession(new Date(2000, 0, 1));
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

// A panel counts as filled when the session holds more than the shipped defaults for it; the
// two panels without a test (regionRequest, proposal) only show results and never count.
const filled: Partial<Record<InputPanelId, (s: Session) => boolean>> = {
  profile: (s) => s.partnership.name.trim() !== "" || s.partnership.region.trim() !== "" || Boolean(s.meeting?.date || s.meeting?.participants),
  partners: (s) => s.partners.length > 0,
  norm: (s) => s.categories.length > 0,
  facilitation: (s) => s.categories.length > 0 || Object.keys(s.perSchool).length > 0,
  rates: (s) => !same(s.rates, rateDefaults.rates) || s.partners.some((p) => p.rates !== undefined),
  placements: (s) => s.placements.length > 0,
  counted: (s) => Object.keys(s.regulation.counted).length > 0,
  overhead: (s) => s.overhead.length > 0,
  fixedCosts: (s) => s.partners.some((p) => p.fixedCosts.length > 0),
  regulation: (s) => s.regulation.ceilingFactor !== 1 || s.regulation.id !== defaults.regulation.id,
  distribution: (s) => !same(s.distribution, defaults.distribution),
  otherIncome: (s) => s.otherIncome.length > 0,
  commitments: (s) => s.partners.some((p) => p.commitment !== undefined),
  growth: (s) => s.partners.some((p) => p.joins !== undefined) || s.indexation !== 0,
  nonSubsidised: (s) => s.categories.some((c) => !c.subsidised) || s.partners.some((p) => !p.member),
  benefits: (s) => s.benefits.length > 0,
};

/** True when the panel can hold data and the session holds some for it. */
export function panelFilled(panel: InputPanelId, session: Session): boolean {
  return filled[panel]?.(session) ?? false;
}

/** The progress of one step in a session. */
export function stepProgress(outline: StepOutline, session: Session): StepProgress {
  const answered = outline.questionIds.filter((id) => hasAnswer(session.answers[id])).length;
  const countable = outline.inputs.filter((panel) => filled[panel] !== undefined);
  const filledInputs = countable.filter((panel) => panelFilled(panel, session)).length;
  return {
    slug: outline.slug,
    answered,
    questions: outline.questionIds.length,
    filledInputs,
    inputs: countable.length,
    started: answered > 0 || filledInputs > 0,
  };
}

/** Dutch description of a step's state, e.g. "2 van 4 vragen beantwoord, invoer ingevuld". */
export function describeProgress(progress: StepProgress): string {
  if (!progress.started) return "Nog niet begonnen";
  const parts: string[] = [];
  if (progress.answered > 0) parts.push(`${progress.answered} van ${progress.questions} ${progress.questions === 1 ? "vraag" : "vragen"} beantwoord`);
  if (progress.filledInputs > 0) {
    parts.push(progress.filledInputs === progress.inputs ? "invoer ingevuld" : `invoer deels ingevuld (${progress.filledInputs} van ${progress.inputs})`);
  }
  const text = parts.join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** True when someone worked on the session: an answer, a name or any structured input. */
export function hasContent(session: Session): boolean {
  if (Object.values(session.answers).some(hasAnswer)) return true;
  return (Object.keys(filled) as InputPanelId[]).some((panel) => panelFilled(panel, session));
}

/** The progress of every step, following the session. */
export function progressStore(outlines: readonly StepOutline[]): ReadableAtom<StepProgress[]> {
  return computed($session, (session) => outlines.map((outline) => stepProgress(outline, session)));
}

/** Slug of the step that was open last ("Verder waar je was"); "" before any step was opened. */
export const $lastStep = persistentAtom<string>("gesprekswijzer:laatste-stap", "");

/** Remembers the step that is open now. */
export function rememberStep(slug: string): void {
  $lastStep.set(slug);
}

/** The outline of a card, as the progress components need it (plain data, passed to islands). */
export function outlineOf(card: Pick<CardData, "step" | "slug" | "title" | "questions" | "inputs">): StepOutline {
  return { step: card.step, slug: card.slug, title: card.title, questionIds: card.questions.map((q) => q.id), inputs: card.inputs };
}
