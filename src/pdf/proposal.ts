/**
 * The proposal for the Onderwijsregio's budget body as a pdfmake document definition. Pure:
 * (session, result, cards, options) → data; the browser and the command line render the same data.
 */
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { Result, Session } from "../engine/index.ts";
import { shiftYear } from "../engine/index.ts";
import { formatDate, formatEuro, formatNumber, formatPercent } from "../lib/format.ts";
import type { Row, Table } from "../report/index.ts";
import { lagLabel } from "../report/index.ts";
import { COLORS, chapter, facts, frame, heading, keep, para } from "./blocks.ts";
import { type YearView, yearView } from "./model.ts";
import { annexChapters } from "./proposalAnnex.ts";
import { bodyChapters } from "./proposalChapters.ts";
import type { BuildOptions, DocCard } from "./types.ts";
import { viewTable } from "./viewTable.ts";

/** Everything the chapters read. */
export interface ProposalContext {
  session: Session;
  result: Result;
  cards: readonly DocCard[];
  options: BuildOptions;
  view: YearView;
}

/** The partnership's name, or a placeholder that says it is missing. */
export function partnershipName(session: Session): string {
  return session.partnership.name.trim() === "" ? "Partnerschap (naam nog niet ingevuld)" : session.partnership.name.trim();
}

/** "Concept" or "Definitief". */
export function statusLabel(final: boolean): string {
  return final ? "Definitief" : "Concept";
}

function cover(ctx: ProposalContext): Content[] {
  const { session, options, view } = ctx;
  const region = session.partnership.region.trim();
  return [
    { text: "SAMEN OPLEIDEN & PROFESSIONALISEREN", style: "coverKicker", margin: [0, 90, 0, 14] },
    { text: `Voorstel financiering ${view.planYear}`, style: "coverTitle", margin: [0, 0, 0, 8] },
    { text: `aan ${region === "" ? "de Onderwijsregio" : region}`, style: "coverSub", margin: [0, 0, 0, 40] },
    { canvas: [{ type: "rect", x: 0, y: 0, w: 60, h: 4, color: COLORS.accent }], margin: [0, 0, 0, 24] },
    facts(
      [
        ["Partnerschap", partnershipName(session)],
        ["Onderwijsregio", region],
        ["Sector", session.partnership.sector.toUpperCase()],
        ["Planjaar", view.planYear],
        ["Datum", formatDate(options.date)],
        ["Status", options.final ? "Definitief" : "Concept — nog niet vastgesteld door het partnerschap"],
        ["Gemaakt met", `Gesprekswijzer ${options.toolVersion}`],
      ],
      120,
    ),
    {
      text: options.final ? "" : "CONCEPT",
      fontSize: 40,
      bold: true,
      color: "#d5dde8",
      margin: [0, 60, 0, 0],
    },
    {
      text: "Bedragen in euro's, afgerond op hele euro's (berekend tot op de cent). Schooljaren lopen van 1 augustus tot en met 31 juli.",
      style: "small",
      absolutePosition: { x: 56, y: 760 },
    },
  ];
}

function yearsTable(ctx: ProposalContext): Table {
  const years = ctx.view.ahead.slice(0, 5);
  const metric = (label: string, pick: (i: number) => number, format: (n: number) => string, kind?: Row["kind"]): Row => {
    const values = years.map((_, i) => pick(i));
    const row: Row = { cells: [label, ...values.map(format)], values: [null, ...values] };
    if (kind) row.kind = kind;
    return row;
  };
  const y = (i: number) => years[i]!;
  return {
    caption: "Kerncijfers per schooljaar",
    columns: [{ label: "Kerncijfer", align: "left" }, ...years.map((r) => ({ label: r.year, align: "right" as const }))],
    rows: [
      metric("Totale kosten", (i) => y(i).costs.total, formatEuro),
      metric("Nodig van de Onderwijsregio", (i) => y(i).request.needed, formatEuro, "total"),
      metric(`Wat de regeling oplevert (${lagLabel(ctx.session.regulation.lag)})`, (i) => y(i).income.subsidy, formatEuro),
      metric("Verschil (nodig − regeling)", (i) => y(i).request.gap, formatEuro),
      metric("Dekking door subsidie en overige inkomsten", (i) => y(i).coverage, formatPercent),
      metric("Eigen investering partners", (i) => y(i).ownInvestment.total, formatEuro),
    ],
  };
}

function summary(ctx: ProposalContext): Content[] {
  const { session, view } = ctx;
  const p = view.plan;
  const lag = session.regulation.lag;
  const region = session.partnership.region.trim() || "de Onderwijsregio";
  const gapText =
    p.request.gap > 0
      ? `Dat is ${formatEuro(p.request.gap)} meer dan de regeling oplevert.`
      : p.request.gap < 0
        ? `De regeling levert ${formatEuro(-p.request.gap)} meer op dan nodig is.`
        : "Dat is precies wat de regeling oplevert.";
  const own =
    p.ownInvestment.total >= 0
      ? `De partners investeren samen ${formatEuro(p.ownInvestment.total)} zelf: de kosten min subsidie en overige inkomsten.`
      : `Subsidie en overige inkomsten zijn ${formatEuro(-p.ownInvestment.total)} hoger dan de kosten; de partners hoeven niets zelf bij te dragen.`;
  const later = view.ahead.slice(1);
  const lastYear = later[later.length - 1];
  const sentences: Content[] = [
    { text: [{ text: "Vraag. ", bold: true }, `Het partnerschap vraagt ${region} voor ${view.planYear} om minimaal `, { text: formatEuro(p.request.needed), bold: true }, `: de totale kosten van ${formatEuro(p.costs.total)}, min wat de partners zelf toezeggen (${formatEuro(p.request.committed)}) en overige inkomsten (${formatEuro(p.income.other)}).`], style: "lead" },
    { text: [{ text: "Regeling. ", bold: true }, `De regeling levert ${formatEuro(p.income.subsidy)} op, op basis van ${formatNumber(p.students.counted)} getelde studenten in ${shiftYear(view.planYear, -lag)} (${lagLabel(lag)}). ${gapText}`], style: "lead" },
    { text: [{ text: "Dekking. ", bold: true }, `Subsidie en overige inkomsten dekken ${formatPercent(p.coverage)} van de kosten.`], style: "lead" },
    { text: [{ text: "Eigen investering. ", bold: true }, own], style: "lead" },
  ];
  if (lastYear !== undefined) {
    sentences.push({ text: [{ text: "Volgende jaren. ", bold: true }, `In ${lastYear.year} is ${formatEuro(lastYear.request.needed)} nodig van de Onderwijsregio bij ${formatNumber(lastYear.students.total)} studenten; de tabel geeft de jaren ertussen.`], style: "lead" });
  }
  const out: Content[] = [chapter("1  Samenvatting", true), ...sentences, ...viewTable(yearsTable(ctx), { widths: ["*", ...view.ahead.slice(0, 5).map(() => 62)] })];
  if (view.ahead.length > 5) out.push(para("Alle schooljaren staan in hoofdstuk 4.", "small"));
  if (ctx.result.warnings.length > 0) {
    out.push(...keep(heading("Let op bij de berekening", 3), { ul: ctx.result.warnings.map((w) => ({ text: w, color: COLORS.warn })), margin: [0, 0, 0, 6] }, ctx.result.warnings.length < 12));
  }
  return out;
}

/** The proposal document; `options.final` removes the "concept" marks. */
export function buildProposal(session: Session, result: Result, cards: readonly DocCard[], options: BuildOptions): TDocumentDefinitions {
  const ctx: ProposalContext = { session, result, cards, options, view: yearView(session, result) };
  const name = partnershipName(session);
  const status = statusLabel(options.final);
  return frame(
    [
      ...cover(ctx),
      { text: "", pageBreak: "after" },
      ...summary(ctx),
      ...bodyChapters(ctx),
      ...annexChapters(ctx),
    ],
    {
      title: `Voorstel financiering ${ctx.view.planYear} — ${name}`,
      subject: `Voorstel aan ${session.partnership.region.trim() || "de Onderwijsregio"}: kosten, subsidie en wat het partnerschap nodig heeft (Samen Opleiden & Professionaliseren)`,
      author: name,
      keywords: "Samen Opleiden, Onderwijsregio, begroting, voorstel",
      creator: `Gesprekswijzer ${options.toolVersion}`,
      running: `Voorstel financiering ${ctx.view.planYear} · ${name}`,
      status,
    },
  );
}
