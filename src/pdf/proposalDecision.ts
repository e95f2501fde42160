/**
 * Page 1 of the proposal: everything the budget body needs to decide. Who asks (partnership, region,
 * penvoerder, contact, the submitting partners), how much per school year and per calendar year,
 * what for, what the partners contribute, the proposed decisions and a block for the decision.
 */
import type { Content, TableCell } from "pdfmake/interfaces";
import { formatDate, formatEuro } from "../lib/format.ts";
import { partnerName } from "../report/index.ts";
import { COLORS, cell, facts, num, th } from "./blocks.ts";
import { calendarRows, proposalInfo } from "./model.ts";
import type { ProposalContext } from "./proposal.ts";
import { decisions, normJustified } from "./proposalChapters.ts";
import { meetingDate } from "./summary.ts";

/** The marker on page 1 and in chapter 2 while the norm has no justification in a concept. */
export const NOT_JUSTIFIED = "nog niet onderbouwd";

/** "Partnerschap (naam nog niet ingevuld)" and friends: what page 1 prints for an empty field. */
const MISSING = (what: string): string => `${what} nog niet ingevuld`;

function askTable(ctx: ProposalContext): Content {
  const { view, result } = ctx;
  const header = [th("Periode"), th("Nodig van de Onderwijsregio", "right"), th("Waarvan uit de regeling", "right"), th("Aanvullend gevraagd", "right")];
  const section = (text: string): TableCell[] => [{ text, bold: true, color: COLORS.accent, fontSize: 8.5, colSpan: 4 }, { text: "" }, { text: "" }, { text: "" }];
  const rows: TableCell[][] = [section("Per schooljaar (1 augustus – 31 juli)")];
  for (const y of view.ahead.slice(0, 4)) {
    rows.push([cell(y.year === view.planYear ? `${y.year} (planjaar)` : y.year, { bold: y.year === view.planYear }), num(formatEuro(y.request.needed), y.year === view.planYear), num(formatEuro(y.income.subsidy)), num(formatEuro(y.request.gap))]);
  }
  const calendar = calendarRows(result).filter((c) => c.year >= Number(view.planYear.slice(0, 4)));
  if (calendar.length > 0) {
    rows.push(section("Per kalenderjaar (voor de begroting van de regio)"));
    for (const c of calendar.slice(0, 4)) rows.push([cell(String(c.year)), num(formatEuro(c.needed)), num(formatEuro(c.subsidy)), num(formatEuro(c.gap))]);
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ["*", 100, 100, 100], body: [header, ...rows] },
    layout: {
      hLineWidth: (i: number) => (i === 1 ? 0.8 : 0.4),
      vLineWidth: () => 0,
      hLineColor: () => COLORS.line,
      fillColor: (row: number) => (row === 0 ? COLORS.fill : null),
      paddingTop: () => 2,
      paddingBottom: () => 1.5,
    },
    margin: [0, 2, 0, 6],
  };
}

/** The partnership's paragraph, or a sentence made from the plan year's figures. */
function purpose(ctx: ProposalContext, introduction: string): string {
  if (introduction !== "") return introduction;
  const { session, view } = ctx;
  const p = view.plan;
  const boards = session.partners.filter((x) => x.kind === "board" && x.member).length;
  const institutes = session.partners.filter((x) => x.kind === "institute" && x.member).length;
  return `Het geld is voor de begeleiding van ${p.students.total} studenten in ${view.planYear} door werkplekbegeleiders, schoolopleiders en instituutsopleiders van ${boards} ${boards === 1 ? "schoolbestuur" : "schoolbesturen"} en ${institutes} ${institutes === 1 ? "lerarenopleiding" : "lerarenopleidingen"}, volgens de minimale facilitering die het partnerschap voor goede kwaliteit heeft afgesproken (hoofdstuk 2).`;
}

function ownContribution(ctx: ProposalContext): string {
  const p = ctx.view.plan;
  const only = p.ownInvestment.total > 0 ? ` Krijgt het partnerschap alleen het bedrag van de regeling, dan betalen de partners samen ${formatEuro(p.ownInvestment.total)} zelf (per partner in hoofdstuk 5).` : "";
  return `De partners zeggen ${formatEuro(p.request.committed)} toe uit eigen middelen en brengen ${formatEuro(p.income.other)} aan overige inkomsten in.${only}`;
}

/** Most names page 1 lists itself; a longer list names the first ones and refers to annex B. */
export const SUBMITTERS_ON_PAGE = 8;

/** "A, B en C", or with many partners "A, B, C, D en 26 andere partners (alle 30 in bijlage B)". */
export function submitterText(names: readonly string[]): string {
  if (names.length === 0) return "";
  if (names.length > SUBMITTERS_ON_PAGE) {
    const shown = names.slice(0, SUBMITTERS_ON_PAGE / 2);
    return `${shown.join(", ")} en ${names.length - shown.length} andere partners (alle ${names.length} in bijlage B)`;
  }
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} en ${names[names.length - 1]}`;
}

/** The decision block: date, decision, two signature lines. */
function decisionBlock(decisionDate: string): Content {
  const line = { text: "\n\n", border: [false, false, false, true] };
  const label = (text: string): TableCell => ({ text, bold: true, color: COLORS.soft, fontSize: 8.5 });
  const date = decisionDate === "" ? "…………………………" : meetingDate(decisionDate);
  return {
    stack: [
      { text: "Besluit van de begrotingstafel", style: "h3", margin: [0, 4, 0, 2] },
      {
        table: {
          widths: [90, "*", 20, 90, "*"],
          body: [
            [label("Datum"), { text: date, colSpan: 4, fontSize: 8.5 }, {}, {}, {}],
            [label("Besluit"), { text: `toegekend zoals gevraagd  /  toegekend tot € ……………  /  niet toegekend  (doorhalen wat niet van toepassing is)`, colSpan: 4, fontSize: 8.5 }, {}, {}, {}],
            [label("Voorzitter"), line, { text: "" }, label("Secretaris"), line],
          ],
        },
        layout: { hLineWidth: () => 0.6, vLineWidth: () => 0, hLineColor: () => COLORS.ink, defaultBorder: false, paddingTop: () => 3, paddingBottom: () => 3 },
      },
    ],
    unbreakable: true,
    margin: [0, 2, 0, 0],
  } as Content;
}

/** Page 1. */
export function decisionPage(ctx: ProposalContext): Content[] {
  const { session, options, view } = ctx;
  const info = proposalInfo(session);
  const region = session.partnership.region.trim();
  const name = session.partnership.name.trim();
  const submitters = submitterText(info.submitters.map(partnerName));
  const justified = normJustified(ctx);
  const out: Content[] = [
    { text: "SAMEN OPLEIDEN & PROFESSIONALISEREN · VOORSTEL AAN DE BEGROTINGSTAFEL", style: "coverKicker", fontSize: 8.5, margin: [0, 0, 0, 4] },
    { text: `Voorstel financiering ${view.planYear}`, style: "coverTitle", fontSize: 18, margin: [0, 0, 0, 2] },
    { text: `${name === "" ? "Het partnerschap" : name} vraagt ${region === "" ? "de Onderwijsregio" : region} om ${formatEuro(view.plan.request.needed)} voor ${view.planYear}`, style: "coverSub", fontSize: 11.5, margin: [0, 0, 0, 4] },
  ];
  out.push({ text: options.final ? "Definitief — vastgesteld door het partnerschap" : "CONCEPT — nog niet vastgesteld door het partnerschap", style: "status", color: options.final ? COLORS.accent : COLORS.warn, fontSize: 9.5, margin: [0, 0, 0, 4] });
  out.push(
    facts(
      [
        ["Partnerschap", name === "" ? MISSING("Naam") : name],
        ["Onderwijsregio", region === "" ? MISSING("Regio") : region],
        ["Penvoerder", info.penvoerder === "" ? MISSING("Penvoerder") : info.penvoerder],
        ["Contactpersoon", info.contact === "" ? MISSING("Contactpersoon") : info.contact.replace(/\n+/g, ", ")],
        ["Ingediend door", submitters === "" ? MISSING("Indienende partners") : submitters],
        ["Datum voorstel", formatDate(options.date)],
      ],
      100,
    ),
    { text: "De vraag", style: "h3", margin: [0, 0, 0, 2] },
    askTable(ctx),
    { text: [{ text: "Waarvoor. ", bold: true }, purpose(ctx, info.introduction)], fontSize: 9, lineHeight: 1.1, margin: [0, 0, 0, 3] },
    { text: [{ text: "Eigen bijdrage. ", bold: true }, ownContribution(ctx)], fontSize: 9, lineHeight: 1.1, margin: [0, 0, 0, 3] },
    justified || options.final
      ? { text: [{ text: "Norm. ", bold: true }, "Waarom het partnerschap deze facilitering als minimum neemt, staat in hoofdstuk 2."], fontSize: 9, lineHeight: 1.1, margin: [0, 0, 0, 3] }
      : { text: [{ text: "Norm: ", bold: true }, { text: `${NOT_JUSTIFIED}. `, bold: true, color: COLORS.warn }, "Het gesprek legde nog niet vast waarom het partnerschap deze facilitering als minimum neemt (hoofdstuk 2)."], fontSize: 9, lineHeight: 1.1, margin: [0, 0, 0, 3] },
    { text: "Voorgestelde besluiten", style: "h3", margin: [0, 2, 0, 2] },
    { ol: decisions(ctx).map((t) => ({ text: t, fontSize: 8.5, lineHeight: 1.1, margin: [0, 0, 0, 1] })), margin: [0, 0, 0, 2] },
    decisionBlock(info.decisionDate),
  );
  return out;
}
