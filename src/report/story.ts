/**
 * The money story of a school year, owned here once: total costs = subsidy under the regulation +
 * other income + the partners' commitments + the extra asked of the Onderwijsregio (the contract's
 * `gap`). Names, order, signs and explanations live in this module; the live panel, /resultaat/,
 * the presenter slide, the proposal and the summary take them from it. Amounts shown together are
 * whole euros that add up as shown (wholeEuros.ts).
 */
import type { Result, YearResult } from "../engine/index.ts";
import { formatEuro } from "../lib/format.ts";
import { toCents, wholeEuroParts, wholeEuros } from "./wholeEuros.ts";
import { yearResult } from "./years.ts";

/** The figures of the story: the total, its parts, and the two totals people ask about. */
export type StoryKey =
  | "costs"
  | "subsidy"
  | "otherIncome"
  | "commitments"
  | "extra"
  | "overCommitted"
  | "needed"
  | "ownInvestment";

/** One figure of the story as every view shows it. */
export interface StoryFigure {
  key: StoryKey;
  /** The Dutch name, the same on every screen and in every document. */
  label: string;
  /** One Dutch sentence: what the figure is and how it follows from the others. */
  explanation: string;
  /** The engine's amount in integer cents, with the sign it has in the story. */
  cents: number;
  /** The shown amount in whole euros; parts add up to their shown total. */
  euros: number;
  /** The shown amount, formatted ("€ 175.000", "−€ 12.000"). */
  text: string;
}

/** The story of one school year. */
export interface MoneyStory {
  year: string;
  /** Totale kosten. */
  costs: StoryFigure;
  /** The parts of the costs in story order; `overCommitted` only when commitments and other income exceed the costs. */
  parts: StoryFigure[];
  /** Nodig van de Onderwijsregio = subsidy + extra (shown as the sum of the shown parts). */
  needed: StoryFigure;
  /** Eigen investering = costs − subsidy − other income = commitments + extra: what the partners carry if the region pays only the regulation amount. */
  ownInvestment: StoryFigure;
  /** True when the regulation pays more than is needed (gap < 0): the extra part is "ruimte". */
  room: boolean;
  /** The story in Dutch sentences, with the shown amounts. */
  sentences: string[];
}

/** The fixed Dutch names; a view that needs a name takes it from here. */
export const STORY_LABELS = {
  costs: "Totale kosten",
  subsidy: "Subsidie volgens de regeling",
  otherIncome: "Overige inkomsten",
  commitments: "Toezeggingen van de partners",
  extra: "Extra gevraagd aan de Onderwijsregio",
  room: "Ruimte in de regeling",
  overCommitted: "Toegezegd boven de kosten",
  needed: "Nodig van de Onderwijsregio",
  ownInvestment: "Eigen investering",
} as const;

/** A name in the middle of a sentence: first letter small, the rest as it is ("Onderwijsregio" stays). */
export function inSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "€ 12.000" or "−€ 12.000": whole euros as the story shows them. */
export function storyEuro(euros: number): string {
  return formatEuro(euros);
}

/** The story's amounts of a year in cents; Σ parts = costs exactly (the identity the tests check). */
export function storyCents(
  y: YearResult,
): Record<Exclude<StoryKey, "needed" | "ownInvestment">, number> {
  const costs = toCents(y.costs.total);
  const subsidy = toCents(y.income.subsidy);
  const otherIncome = toCents(y.income.other);
  const commitments = toCents(y.request.committed);
  const extra = toCents(y.request.gap);
  // needed = max(0, costs − committed − other): when commitments and other income pass the costs, the
  // floor at 0 leaves that excess outside the four parts; it is named instead of hidden.
  const overCommitted = costs - subsidy - otherIncome - commitments - extra;
  return { costs, subsidy, otherIncome, commitments, extra, overCommitted };
}

function figure(
  key: StoryKey,
  label: string,
  explanation: string,
  cents: number,
  euros: number,
): StoryFigure {
  return { key, label, explanation, cents, euros, text: storyEuro(euros) };
}

/** The money story of one school year of a result. */
export function moneyStory(result: Result, year: string): MoneyStory {
  return storyOf(yearResult(result, year));
}

/** The money story of every school year, oldest first. */
export function moneyStories(result: Result): MoneyStory[] {
  return result.years.map(storyOf);
}

/** The story of one year's result. */
export function storyOf(y: YearResult): MoneyStory {
  const c = storyCents(y);
  const costsEuros = wholeEuros(c.costs);
  const withOver = c.overCommitted !== 0;
  const partCents = [
    c.subsidy,
    c.otherIncome,
    c.commitments,
    c.extra,
    ...(withOver ? [c.overCommitted] : []),
  ];
  const shown = wholeEuroParts(partCents, costsEuros);
  const [subsidy = 0, other = 0, committed = 0, extra = 0, over = 0] = shown;
  const room = c.extra < 0;
  const parts: StoryFigure[] = [
    figure(
      "subsidy",
      STORY_LABELS.subsidy,
      "Wat de regeling oplevert: vaste voet plus het bedrag per getelde student.",
      c.subsidy,
      subsidy,
    ),
    figure(
      "otherIncome",
      STORY_LABELS.otherIncome,
      "Andere middelen die het partnerschap ontvangt.",
      c.otherIncome,
      other,
    ),
    figure(
      "commitments",
      STORY_LABELS.commitments,
      "Wat de schoolbesturen en lerarenopleidingen zelf toezeggen te betalen.",
      c.commitments,
      committed,
    ),
    room
      ? figure(
          "extra",
          STORY_LABELS.room,
          `De regeling levert ${storyEuro(-extra)} meer op dan nodig is; dat deel van de subsidie is niet nodig voor dit plan.`,
          c.extra,
          extra,
        )
      : figure(
          "extra",
          STORY_LABELS.extra,
          "Wat overblijft na subsidie, overige inkomsten en toezeggingen: het partnerschap vraagt dit boven de regeling.",
          c.extra,
          extra,
        ),
  ];
  if (withOver) {
    parts.push(
      figure(
        "overCommitted",
        STORY_LABELS.overCommitted,
        "Toezeggingen en overige inkomsten zijn samen hoger dan de kosten; dit deel is niet nodig.",
        c.overCommitted,
        over,
      ),
    );
  }
  const needed = figure(
    "needed",
    STORY_LABELS.needed,
    "Subsidie volgens de regeling plus wat extra gevraagd wordt.",
    c.subsidy + c.extra,
    subsidy + extra,
  );
  const own = figure(
    "ownInvestment",
    STORY_LABELS.ownInvestment,
    "Wat de partners dragen als de Onderwijsregio alleen het bedrag van de regeling betaalt: hun toezeggingen plus het deel dat nog niemand dekt (kosten min subsidie en overige inkomsten).",
    c.costs - c.subsidy - c.otherIncome,
    costsEuros - subsidy - other,
  );
  const story: Omit<MoneyStory, "sentences"> = {
    year: y.year,
    costs: figure(
      "costs",
      STORY_LABELS.costs,
      "Schoolbesturen, lerarenopleidingen en overhead samen.",
      c.costs,
      costsEuros,
    ),
    parts,
    needed,
    ownInvestment: own,
    room,
  };
  return { ...story, sentences: storySentences(story) };
}

/** The story in words, with the same shown amounts (they add up in the sentence too). */
function storySentences(s: Omit<MoneyStory, "sentences">): string[] {
  const [subsidy, other, committed, extra] = s.parts as [
    StoryFigure,
    StoryFigure,
    StoryFigure,
    StoryFigure,
  ];
  const over = s.parts[4];
  const paid = [
    `${inSentence(subsidy.label)} ${subsidy.text}`,
    `${inSentence(other.label)} ${other.text}`,
    `${inSentence(committed.label)} ${committed.text}`,
  ];
  const sentences = [`In ${s.year} kost het plan ${s.costs.text}.`];
  if (s.room) {
    sentences.push(
      `Dat wordt betaald uit ${paid.join(", ")}; de regeling levert ${storyEuro(-extra.euros)} meer op dan nodig (ruimte in de regeling)${over ? ` en er is ${storyEuro(-over.euros)} meer toegezegd dan de kosten` : ""}.`,
      `${s.needed.label} is daarom ${s.needed.text}: de subsidie ${subsidy.text} min de ruimte ${storyEuro(-extra.euros)}.`,
    );
  } else {
    sentences.push(
      `Dat wordt betaald uit ${paid.join(", ")} en ${extra.text} ${inSentence(extra.label)}.`,
      `${s.needed.label} is dus ${s.needed.text}: de subsidie ${subsidy.text} plus ${extra.text} extra.`,
    );
  }
  sentences.push(
    `Betaalt de Onderwijsregio alleen het bedrag van de regeling, dan dragen de partners ${s.ownInvestment.text} zelf (eigen investering): kosten ${s.costs.text} min subsidie ${subsidy.text} en overige inkomsten ${other.text}.`,
  );
  return sentences;
}
