/**
 * What "Controleer je antwoorden" lists, worked out from the cards (the outlines), the panel
 * registry, the session and the engine's result: first what is missing or doubtful, then every
 * step with its panels and questions. Pure, so the page only renders it.
 */
import type { Answer, Problem, Result, Session } from "../../engine/index.ts";
import {
  type InputPanelId,
  PANELS,
  isInput,
  panelMissing,
  panelOfPath,
} from "../../lib/inputPanels.ts";
import { hasAnswer } from "../../stores/progress.ts";

/** A step as the page needs it: the card's outline plus its question texts. */
export interface CheckStep {
  step: number;
  slug: string;
  title: string;
  questions: readonly { id: string; text: string }[];
  inputs: readonly InputPanelId[];
}

/** A place on a step page: "gesprek/<slug>/#<element id>". */
export interface FieldLink {
  path: string;
  /** What the link goes to, for screen readers ("Partners bij Ons partnerschap"). */
  label: string;
}

/** One thing to look at before the proposal. */
export interface Attention {
  text: string;
  link: FieldLink | null;
}

/** One row of a step's summary list. */
export interface CheckRow {
  label: string;
  /** "Compleet", "Nog nodig: …", "Optioneel, nog leeg", or the answer texts. */
  value: string;
  state: "complete" | "missing" | "optional" | "answered" | "open";
  link: FieldLink;
}

/** The element id of a panel's wrapper on its step page (StepInputs.astro). */
export const panelAnchor = (panel: InputPanelId): string => `invoer-${panel}`;
/** The element id of the first answer field of a question (AnswerField.svelte). */
export const answerAnchor = (questionId: string): string => `antwoord-${questionId}-notes`;

function panelLink(steps: readonly CheckStep[], panel: InputPanelId): FieldLink | null {
  const step = steps.find((s) => s.inputs.includes(panel));
  return step
    ? {
        path: `gesprek/${step.slug}/#${panelAnchor(panel)}`,
        label: `${PANELS[panel].title} bij ${step.title}`,
      }
    : null;
}

/** The school year that holds `today` (a school year starts on 1 August). */
function schoolYearOf(today: Date): string {
  const start = today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
  return `${start}-${start + 1}`;
}

/** The field path at the start of an engine message ("placements[3].students.2030-2031: …"). */
const pathOf = (message: string): string => /^([A-Za-z][\w.[\]-]*?):/.exec(message)?.[1] ?? "";

/** What is missing or doubtful, most pressing first: problems, missing inputs, a past plan year, warnings. */
export function attentionItems(
  steps: readonly CheckStep[],
  session: Session,
  outcome: { problems: readonly Problem[] } | { result: Result },
  today: Date,
): Attention[] {
  const items: Attention[] = [];
  const link = (path: string): FieldLink | null => {
    const panel = panelOfPath(path);
    return panel ? panelLink(steps, panel) : null;
  };
  if ("problems" in outcome)
    for (const p of outcome.problems)
      items.push({ text: `${p.path}: ${p.message}`, link: link(p.path) });
  for (const step of steps) {
    for (const panel of step.inputs.filter(isInput)) {
      for (const missing of panelMissing(panel, session))
        items.push({
          text: `${step.title}: nog nodig is ${missing}.`,
          link: panelLink(steps, panel),
        });
    }
  }
  const plan = session.planYear ?? session.years[0];
  if (plan !== undefined && plan < schoolYearOf(today)) {
    items.push({
      text: `Het planjaar ${plan} ligt in het verleden (nu is het ${schoolYearOf(today)}).`,
      link: panelLink(steps, "profile"),
    });
  }
  if ("result" in outcome)
    for (const warning of outcome.result.warnings)
      items.push({ text: warning, link: link(pathOf(warning)) ?? panelLink(steps, "placements") });
  return items;
}

const FIELDS = [
  ["notes", "Notities"],
  ["agreements", "Afspraken"],
  ["open", "Open punten"],
] as const;

function answerText(answer: Answer | undefined): string {
  return FIELDS.filter(([key]) => (answer?.[key] ?? "").trim() !== "")
    .map(([key, label]) => `${label}: ${(answer?.[key] ?? "").trim()}`)
    .join("\n");
}

/** The summary rows of one step: its input panels, then its questions. */
export function stepRows(step: CheckStep, session: Session): CheckRow[] {
  const panels = step.inputs.filter(isInput).map((panel): CheckRow => {
    const missing = panelMissing(panel, session);
    const optional = PANELS[panel].missing === undefined;
    const filled = PANELS[panel].filled(session);
    return {
      label: PANELS[panel].title,
      value:
        missing.length > 0
          ? `Nog nodig: ${missing.join("; ")}`
          : optional
            ? filled
              ? "Ingevuld (optioneel)"
              : "Optioneel, nog leeg"
            : "Compleet",
      state: missing.length > 0 ? "missing" : optional && !filled ? "optional" : "complete",
      link: { path: `gesprek/${step.slug}/#${panelAnchor(panel)}`, label: PANELS[panel].title },
    };
  });
  const questions = step.questions.map((q, i): CheckRow => {
    const answer = session.answers[q.id];
    return {
      label: `${step.step}.${i + 1} ${q.text}`,
      value: hasAnswer(answer) ? answerText(answer) : "Nog niet besproken",
      state: hasAnswer(answer) ? "answered" : "open",
      link: {
        path: `gesprek/${step.slug}/#${answerAnchor(q.id)}`,
        label: `vraag ${step.step}.${i + 1}`,
      },
    };
  });
  return [...panels, ...questions];
}
