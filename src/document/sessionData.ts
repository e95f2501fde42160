/**
 * What the documents read from a session and its result, gathered once: the plan year, partner
 * names, the answers in card order, the status flag. Pure; no formatting of amounts here.
 */
import {
  type Answer,
  type Partner,
  type Result,
  type Session,
  type YearResult,
  planYearOf,
} from "../engine/index.ts";
import { formatDate } from "../lib/format.ts";
import { sortCards } from "../lib/deck.ts";
import type { DocCard, DocRecord, DocRecords } from "./types.ts";
import { verbatim } from "./blocks.ts";

/** The session key that holds the "definitief" mark (an extra key; older versions keep it). */
export const PROPOSAL_KEY = "proposal";

/** True when the user marked the proposal final. */
export function isFinal(session: Session): boolean {
  const value = (session as Record<string, unknown>)[PROPOSAL_KEY];
  return (
    typeof value === "object" && value !== null && (value as { final?: unknown }).final === true
  );
}

/** The plan year's result and the years from the plan year on. */
export interface YearView {
  planYear: string;
  plan: YearResult;
  /** The plan year and the years after it, in order. */
  ahead: YearResult[];
}

/** Finds the plan year in the result (falls back to the first year). */
export function yearView(session: Session, result: Result): YearView {
  const planYear = planYearOf(session);
  const index = Math.max(
    0,
    result.years.findIndex((y) => y.year === planYear),
  );
  const plan = result.years[index] ?? result.years[0];
  if (plan === undefined) throw new Error("Het resultaat bevat geen schooljaren.");
  return { planYear: plan.year, plan, ahead: result.years.slice(index) };
}

/** One answered question, for the lists of agreements and open points. */
export interface AnswerItem {
  step: number;
  stepTitle: string;
  question: string;
  text: string;
  /** "Wie: … · Wanneer: …" for agreements and open points that have an owner or a date; "" otherwise. */
  assignment: string;
}

/** "Wie: Marieke · Wanneer: 1 maart 2027" from an answer's owner and date of `field`; "" when neither is set. */
export function assignmentOf(
  answer: Answer | undefined,
  field: "agreements" | "open" | "notes",
): string {
  if (answer === undefined || field === "notes") return "";
  const owner = verbatim(answer[`${field}Owner`]);
  const due = verbatim(answer[`${field}Due`]);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(due) ? formatDate(new Date(`${due}T12:00:00`)) : due;
  return [owner && `Wie: ${owner}`, date && `Wanneer: ${date}`].filter(Boolean).join(" · ");
}

/** The ids of every question on the cards. */
function questionIds(cards: readonly DocCard[]): Set<string> {
  return new Set(cards.flatMap((card) => card.questions.map((q) => q.id)));
}

/** All non-empty texts of one answer field, in step and question order; unknown questions last. */
export function gather(
  session: Session,
  cards: readonly DocCard[],
  field: "agreements" | "open" | "notes",
): AnswerItem[] {
  const items: AnswerItem[] = [];
  for (const card of sortCards(cards)) {
    for (const q of card.questions) {
      const text = verbatim(session.answers[q.id]?.[field]);
      if (text !== "")
        items.push({
          step: card.step,
          stepTitle: card.title,
          question: q.text,
          text,
          assignment: assignmentOf(session.answers[q.id], field),
        });
    }
  }
  const known = questionIds(cards);
  for (const [id, answer] of Object.entries(session.answers)) {
    if (known.has(id)) continue;
    const text = verbatim(answer[field]);
    if (text !== "")
      items.push({
        step: 0,
        stepTitle: "Overige vragen",
        question: id,
        text,
        assignment: assignmentOf(answer, field),
      });
  }
  return items;
}

/** Answers to questions that no card knows (a card was renamed or removed): never dropped. */
export function orphanAnswerIds(session: Session, cards: readonly DocCard[]): string[] {
  const known = questionIds(cards);
  return Object.keys(session.answers).filter((id) => !known.has(id));
}

/** The cards whose step shows a given input panel (e.g. "norm"). */
export function cardsWithInput(cards: readonly DocCard[], input: string): DocCard[] {
  return sortCards(cards).filter((c) => c.inputs?.includes(input) === true);
}

/** The norm the facilitation rests on: the recorded choice, else the preset most categories come from. */
export function normBasis(
  session: Session,
  records: DocRecords | undefined,
): { name: string; record: DocRecord | null } | null {
  const presets = records?.presets ?? [];
  // The norm panel records the preset it applied; "eigen" is the partnership's own norm.
  if (session.norm !== undefined) {
    const { id, name } = session.norm;
    return id === "eigen" ? null : { name, record: presets.find((p) => p.id === id) ?? null };
  }
  // Sessions from before that record (or written by hand): name a preset when most categories come from it.
  const ids = session.categories.map((c) => c.id);
  if (ids.length === 0) return null;
  let best: { record: DocRecord; hits: number } | null = null;
  for (const preset of presets) {
    const own = new Set(
      (Array.isArray(preset.categories) ? preset.categories : []).map(
        (c) => (c as { id?: unknown }).id,
      ),
    );
    const hits = ids.filter((id) => own.has(id)).length;
    if (hits > (best?.hits ?? 0)) best = { record: preset, hits };
  }
  // Only name a preset when most of the session's categories come from it.
  return best !== null && best.hits * 2 > ids.length
    ? { name: best.record.name, record: best.record }
    : null;
}

/** The proposal's own fields with their defaults filled in (see `proposal` in the session schema). */
export interface ProposalInfo {
  /** The penvoerder's name; "" when not filled in. */
  penvoerder: string;
  /** Contact person; "" when not filled in. */
  contact: string;
  /** The partnership's own paragraph on what the money is for; "" when not filled in. */
  introduction: string;
  /** The partners that submit: the chosen ones that exist, or every member partner. */
  submitters: Partner[];
  /** Date of the budget body's decision as typed; "" when not filled in. */
  decisionDate: string;
}

/** Reads the proposal fields; an id of a partner that no longer exists is skipped, never an error. */
export function proposalInfo(session: Session): ProposalInfo {
  const p = session.proposal;
  const chosen = p?.submitters;
  const submitters =
    chosen === undefined
      ? session.partners.filter((x) => x.member)
      : session.partners.filter((x) => chosen.includes(x.id));
  return {
    penvoerder: verbatim(p?.penvoerder),
    contact: verbatim(p?.contact),
    introduction: verbatim(p?.introduction),
    submitters,
    decisionDate: verbatim(p?.decisionDate),
  };
}

/** One calendar year of the ask, as the engine's calendar-year view gives it (cost model 1.1). */
export interface CalendarRow {
  year: number;
  needed: number;
  subsidy: number;
  gap: number;
}

/**
 * The engine's calendar years, or none when the result has no calendar-year view (an engine from
 * before cost model 1.1): page 1 then shows school years only.
 */
export function calendarRows(result: Result): CalendarRow[] {
  const rows = (result as { calendarYears?: unknown }).calendarYears;
  return Array.isArray(rows) ? (rows as CalendarRow[]) : [];
}
