/**
 * The proposal for the Onderwijsregio's budget body as a document model. Pure: (session, result,
 * cards, options) → data; the PDF (browser and command line), the preview and Word render it.
 */
import type { Result, Session, YearResult } from "../engine/index.ts";
import { shiftYear } from "../engine/index.ts";
import { formatEuro, formatNumber, formatPercent } from "../lib/format.ts";
import type { Table } from "../report/index.ts";
import {
  type MoneyStory,
  type StoryFigure,
  lagLabel,
  storyOf,
  storyTable,
  summaryWarnings,
  valuesRow,
  warningText,
} from "../report/index.ts";
import { grantsPerCalendarYear } from "../lib/subsidyTiming.ts";
import { bullets, chapter, document, fromView, heading, keep, lead, para } from "./blocks.ts";
import type { Block, DocModel } from "./model.ts";
import { ANCHORS } from "./anchors.ts";
import { type YearView, yearView } from "./sessionData.ts";
import { annexChapters } from "./proposalAnnex.ts";
import { bodyChapters } from "./proposalChapters.ts";
import { decisionPage } from "./proposalDecision.ts";
import { attentionPoints } from "./attention.ts";
import { type Sensitivity, sensitivities } from "../report/sensitivity.ts";
import type { BuildOptions, DocCard } from "./types.ts";

/** Everything the chapters read. */
export interface ProposalContext {
  session: Session;
  result: Result;
  cards: readonly DocCard[];
  options: BuildOptions;
  view: YearView;
  /** The engine run again with changed assumptions (chapter 5 and the attention points). */
  sensitivities: Sensitivity[];
}

/** The partnership's name, or a placeholder that says it is missing. */
export function partnershipName(session: Session): string {
  return session.partnership.name.trim() === ""
    ? "Partnerschap (naam nog niet ingevuld)"
    : session.partnership.name.trim();
}

/** "Concept" or "Definitief". */
function statusLabel(final: boolean): string {
  return final ? "Definitief" : "Concept";
}

/** The money story of the plan year and the next four, with the coverage beneath it. */
function yearsTable(ctx: ProposalContext): Table {
  const years = ctx.view.ahead.slice(0, 5);
  const table = storyTable(years.map(storyOf), ctx.view.planYear, "Kerncijfers per schooljaar");
  table.rows.push(
    valuesRow(
      "Dekking door subsidie en overige inkomsten",
      years.map((y) => y.coverage),
      formatPercent,
    ),
  );
  return table;
}

/** How the amount asked compares with what the regulation yields, in words. */
export function gapSentence(gap: number): string {
  if (gap > 0)
    return `Het partnerschap vraagt dus ${formatEuro(gap)} meer dan de regeling oplevert.`;
  if (gap < 0)
    return `De regeling levert ${formatEuro(-gap)} meer op dan het partnerschap nodig heeft.`;
  return "Het gevraagde bedrag is precies wat de regeling oplevert.";
}

/** The years after the plan year, in one sentence: needed, what the regulation yields, the extra (sums of the amounts the table shows). */
export function laterYearsSentence(later: readonly YearResult[]): string {
  if (later.length === 0) return "Voor de jaren na het planjaar is nog geen raming ingevuld.";
  const stories = later.map(storyOf);
  const sum = (pick: (s: MoneyStory) => number): number =>
    stories.reduce((total, s) => total + pick(s), 0);
  const span =
    later.length === 1
      ? `In ${later[0]!.year}`
      : `In ${later[0]!.year} tot en met ${later[later.length - 1]!.year} samen`;
  return `${span} is ${formatEuro(sum((s) => s.needed.euros))} nodig van de Onderwijsregio; de regeling levert ${formatEuro(sum((s) => s.parts[0]!.euros))} op, een verschil van ${formatEuro(sum((s) => s.parts[3]!.euros))}. De tabel geeft de bedragen per jaar.`;
}

function summary(ctx: ProposalContext): Block[] {
  const { session, view } = ctx;
  const p = view.plan;
  const lag = session.regulation.lag;
  const region = session.partnership.region.trim() || "de Onderwijsregio";
  const story = storyOf(p);
  const [subsidy, other, committed, extra] = story.parts as [
    StoryFigure,
    StoryFigure,
    StoryFigure,
    StoryFigure,
  ];
  const own =
    story.ownInvestment.euros >= 0
      ? `${story.sentences.at(-1) ?? ""} Zij zeggen ${committed.text} toe.`
      : `Subsidie en overige inkomsten zijn samen ${formatEuro(-story.ownInvestment.euros)} hoger dan de kosten; de partners hoeven niets zelf bij te dragen. Zij zeggen ${committed.text} toe.`;
  const countYear = shiftYear(view.planYear, -lag);
  const sentences: Block[] = [
    lead("Vraag", [
      `Het partnerschap vraagt ${region} voor ${view.planYear} om minimaal `,
      { text: story.needed.text, bold: true },
      `: de totale kosten van ${story.costs.text}, min wat de partners zelf toezeggen (${committed.text}) en overige inkomsten (${other.text}).`,
    ]),
    lead("Regeling", [
      grantsPerCalendarYear(session)
        ? `De regeling levert ${subsidy.text} op, berekend op de tellingen van ${shiftYear(countYear, -1)} en ${countYear}: het geld van een kalenderjaar volgt het laatst afgeronde schooljaar. ${gapSentence(extra.euros)}`
        : `De regeling levert ${subsidy.text} op, berekend op ${formatNumber(p.students.counted)} getelde studenten in ${countYear} (${lagLabel(lag)}). ${gapSentence(extra.euros)}`,
    ]),
    lead("Dekking", [
      `Subsidie en overige inkomsten dekken ${formatPercent(p.coverage)} van de kosten.`,
    ]),
    lead("Eigen investering", [own]),
  ];
  if (p.growthPrefinancing > 0) {
    const now = session.regulation.counted[view.planYear] ?? p.students.countable;
    const later = grantsPerCalendarYear(session)
      ? "later, via de subsidie van volgende kalenderjaren"
      : lag === 1
        ? "een jaar later"
        : `${lag} jaar later`;
    sentences.push(
      lead("Groei", [
        `In ${view.planYear} tellen ${formatNumber(now)} studenten voor de subsidie, tegen ${formatNumber(p.students.counted)} in ${countYear}. De subsidie volgt die groei pas ${later}; tot dan moet ${formatEuro(p.growthPrefinancing)} worden voorgefinancierd. Dat is geen extra kostenpost: de begeleiding van die studenten staat al in de totale kosten.`,
      ]),
    );
  }
  sentences.push(lead("Volgende jaren", [laterYearsSentence(view.ahead.slice(1, 5))]));
  const alternatives = ctx.options.alternatives;
  if (alternatives !== undefined && alternatives.scenarios.length > 0)
    sentences.push(alternatives.lead(alternatives, ANCHORS.alternatives));
  const out: Block[] = [
    chapter("1  Samenvatting", { newPage: true, anchor: ANCHORS.summary }),
    ...sentences,
    fromView(yearsTable(ctx), { widths: ["*", ...view.ahead.slice(0, 5).map(() => 62)] }),
  ];
  if (view.ahead.length > 5)
    out.push(
      para(
        ["Alle schooljaren staan in ", { text: "hoofdstuk 4", link: ANCHORS.years }, "."],
        "small",
      ),
    );
  // Only what concerns the plan year and later: the engine's warnings with what to do
  // (report/warnings.ts), then the figures to explain, each with its effect in euros (attention.ts).
  const warnings = [
    ...summaryWarnings(session, ctx.result, view.planYear).map(warningText),
    ...attentionPoints(session, ctx.result, view.planYear, ctx.options.date, ctx.sensitivities),
  ];
  if (warnings.length > 0) {
    out.push(
      ...keep(
        heading("Let op bij de berekening", 3),
        bullets(
          warnings.map((w): Block => ({
            kind: "paragraph",
            runs: [w],
            style: "normal",
            tone: "warn",
          })),
        ),
        warnings.length < 12,
      ),
    );
  }
  return out;
}

/** The proposal document; `options.final` removes the "concept" marks. */
export function proposalDocument(
  session: Session,
  result: Result,
  cards: readonly DocCard[],
  options: BuildOptions,
): DocModel {
  const view = yearView(session, result);
  const ctx: ProposalContext = {
    session,
    result,
    cards,
    options,
    view,
    sensitivities: sensitivities(session, result, view.planYear),
  };
  const name = partnershipName(session);
  const status = statusLabel(options.final);
  return document(
    {
      title: `Voorstel financiering ${ctx.view.planYear} — ${name}`,
      subject: `Voorstel aan ${session.partnership.region.trim() || "de Onderwijsregio"}: kosten, subsidie en wat het partnerschap nodig heeft (Samen Opleiden & Professionaliseren)`,
      author: name,
      keywords: "Samen Opleiden, Onderwijsregio, begroting, voorstel",
      creator: `Gesprekswijzer ${options.toolVersion}`,
      running: `Voorstel financiering ${ctx.view.planYear} · ${name}`,
      status,
      language: "nl-NL",
      orientation: "portrait",
    },
    [
      ...decisionPage(ctx),
      ...summary(ctx),
      ...bodyChapters(ctx),
      ...(options.alternatives === undefined || options.alternatives.scenarios.length === 0
        ? []
        : options.alternatives.chapter(
            options.alternatives,
            {
              label: options.alternatives.chosen,
              session,
              result,
            },
            ANCHORS.alternatives,
          )),
      ...annexChapters(ctx),
    ],
  );
}
