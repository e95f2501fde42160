/**
 * Page 1 of the proposal: everything the budget body needs to decide. Who asks (partnership, region,
 * penvoerder, contact, the submitting partners), how much per school year and per calendar year,
 * what for, what the partners contribute, the proposed decisions and a block for the decision.
 */
import { formatDate, formatEuro } from "../lib/format.ts";
import { partnerName } from "../report/index.ts";
import { col, facts, numCol, para, table, heading, bullets } from "./blocks.ts";
import type { Block, DocCell, DocRow, DocTable, Inline, Signatures } from "./model.ts";
import { calendarRows, proposalInfo } from "./sessionData.ts";
import { ANCHORS, linked } from "./anchors.ts";
import type { ProposalContext } from "./proposal.ts";
import { decisions, normJustified } from "./proposalChapters.ts";
import { meetingDate } from "./summary.ts";

/** The marker on page 1 and in chapter 2 while the norm has no justification in a concept. */
export const NOT_JUSTIFIED = "nog niet onderbouwd";

/** "Partnerschap (naam nog niet ingevuld)" and friends: what page 1 prints for an empty field. */
const MISSING = (what: string): string => `${what} nog niet ingevuld`;

function askTable(ctx: ProposalContext): DocTable {
  const { view, result } = ctx;
  const section = (text: string): DocRow => ({ kind: "heading", cells: [text] });
  const rows: DocRow[] = [section("Per schooljaar (1 augustus – 31 juli)")];
  for (const y of view.ahead.slice(0, 4)) {
    const plan = y.year === view.planYear;
    rows.push({
      cells: [
        { text: plan ? `${y.year} (planjaar)` : y.year, bold: plan },
        { text: formatEuro(y.request.needed), bold: plan },
        formatEuro(y.income.subsidy),
        formatEuro(y.request.gap),
      ],
    });
  }
  const calendar = calendarRows(result).filter((c) => c.year >= Number(view.planYear.slice(0, 4)));
  if (calendar.length > 0) {
    rows.push(section("Per kalenderjaar (voor de begroting van de regio)"));
    for (const c of calendar.slice(0, 4))
      rows.push({
        cells: [String(c.year), formatEuro(c.needed), formatEuro(c.subsidy), formatEuro(c.gap)],
      });
  }
  return table(
    [
      col("Periode"),
      numCol("Nodig van de Onderwijsregio", 100),
      numCol("Waarvan uit de regeling", 100),
      numCol("Aanvullend gevraagd", 100),
    ],
    rows,
    { compact: true },
  );
}

/** The partnership's paragraph, or a sentence made from the plan year's figures. */
function purpose(ctx: ProposalContext, introduction: string): Inline[] {
  if (introduction !== "") return [introduction];
  const { session, view } = ctx;
  const p = view.plan;
  const boards = session.partners.filter((x) => x.kind === "board" && x.member).length;
  const institutes = session.partners.filter((x) => x.kind === "institute" && x.member).length;
  return [
    `Het geld is voor de begeleiding van ${p.students.total} studenten in ${view.planYear} door werkplekbegeleiders, schoolopleiders en instituutsopleiders van ${boards} ${boards === 1 ? "schoolbestuur" : "schoolbesturen"} en ${institutes} ${institutes === 1 ? "lerarenopleiding" : "lerarenopleidingen"}, volgens de minimale facilitering die het partnerschap voor goede kwaliteit heeft afgesproken (`,
    chapterTwo,
    ").",
  ];
}

function ownContribution(ctx: ProposalContext): Inline[] {
  const p = ctx.view.plan;
  const base = `De partners zeggen ${formatEuro(p.request.committed)} toe uit eigen middelen en brengen ${formatEuro(p.income.other)} aan overige inkomsten in.`;
  if (p.ownInvestment.total <= 0) return [base];
  return [
    `${base} Krijgt het partnerschap alleen het bedrag van de regeling, dan betalen de partners samen ${formatEuro(p.ownInvestment.total)} zelf (per partner in `,
    { text: "hoofdstuk 5", link: ANCHORS.risks },
    ").",
  ];
}

/** Most names page 1 lists itself; a longer list names the first ones and refers to annex B. */
export const SUBMITTERS_ON_PAGE = 8;

/** "A, B en C", or with many partners "A, B, C, D en 26 andere partners (alle 30 in bijlage B)", the annex a link. */
export function submitterRuns(names: readonly string[]): Inline[] {
  if (names.length === 0) return [];
  if (names.length > SUBMITTERS_ON_PAGE) {
    const shown = names.slice(0, SUBMITTERS_ON_PAGE / 2);
    return [
      `${shown.join(", ")} en ${names.length - shown.length} andere partners (alle ${names.length} in `,
      { text: "bijlage B", link: ANCHORS.annexB },
      ")",
    ];
  }
  return [
    names.length === 1
      ? names[0]!
      : `${names.slice(0, -1).join(", ")} en ${names[names.length - 1]}`,
  ];
}

/** The same as plain text. */
export function submitterText(names: readonly string[]): string {
  return submitterRuns(names)
    .map((r) => (typeof r === "string" ? r : r.text))
    .join("");
}

/** The decision block: date, decision, two signature lines. */
function decisionBlock(decisionDate: string): Signatures {
  return {
    kind: "signatures",
    title: "Besluit van de begrotingstafel",
    rows: [
      { label: "Datum", value: decisionDate === "" ? "…………………………" : meetingDate(decisionDate) },
      {
        label: "Besluit",
        value:
          "toegekend zoals gevraagd  /  toegekend tot € ……………  /  niet toegekend  (doorhalen wat niet van toepassing is)",
      },
    ],
    signers: ["Voorzitter", "Secretaris"],
  };
}

/** A link to chapter 2 ("hoofdstuk 2"). */
const chapterTwo: Inline = { text: "hoofdstuk 2", link: ANCHORS.quality };

/** Page 1. */
export function decisionPage(ctx: ProposalContext): Block[] {
  const { session, options, view } = ctx;
  const info = proposalInfo(session);
  const region = session.partnership.region.trim();
  const name = session.partnership.name.trim();
  const names = info.submitters.map(partnerName);
  const justified = normJustified(ctx);
  const who = facts(
    [
      ["Partnerschap", name === "" ? MISSING("Naam") : name],
      ["Onderwijsregio", region === "" ? MISSING("Regio") : region],
      ["Penvoerder", info.penvoerder === "" ? MISSING("Penvoerder") : info.penvoerder],
      [
        "Contactpersoon",
        info.contact === "" ? MISSING("Contactpersoon") : info.contact.replace(/\n+/g, ", "),
      ],
      [
        "Ingediend door",
        names.length === 0 ? MISSING("Indienende partners") : submitterText(names),
      ],
      ["Datum voorstel", formatDate(options.date)],
    ],
    100,
  );
  // The submitters' cell links to annex B when the list is cut short.
  const submitters = who.rows[4]?.cells;
  if (submitters !== undefined && names.length > 0)
    submitters[1] = { text: submitterText(names), runs: submitterRuns(names) } satisfies DocCell;
  return [
    para("SAMEN OPLEIDEN & PROFESSIONALISEREN · VOORSTEL AAN DE BEGROTINGSTAFEL", "kicker"),
    { kind: "heading", level: 1, cover: true, text: `Voorstel financiering ${view.planYear}` },
    para(
      `${name === "" ? "Het partnerschap" : name} vraagt ${region === "" ? "de Onderwijsregio" : region} om ${formatEuro(view.plan.request.needed)} voor ${view.planYear}`,
      "subtitle",
    ),
    {
      kind: "paragraph",
      runs: [
        options.final
          ? "Definitief — vastgesteld door het partnerschap"
          : "CONCEPT — nog niet vastgesteld door het partnerschap",
      ],
      style: "status",
      tone: options.final ? "accent" : "warn",
    },
    who,
    heading("De vraag", 3, true),
    askTable(ctx),
    para([{ text: "Waarvoor. ", bold: true }, ...purpose(ctx, info.introduction)], "compact"),
    para([{ text: "Eigen bijdrage. ", bold: true }, ...ownContribution(ctx)], "compact"),
    justified || options.final
      ? para(
          [
            { text: "Norm. ", bold: true },
            "Waarom het partnerschap deze facilitering als minimum neemt, staat in ",
            chapterTwo,
            ".",
          ],
          "compact",
        )
      : para(
          [
            { text: "Norm: ", bold: true },
            { text: `${NOT_JUSTIFIED}. `, bold: true, tone: "warn" },
            "Het gesprek legde nog niet vast waarom het partnerschap deze facilitering als minimum neemt (",
            chapterTwo,
            ").",
          ],
          "compact",
        ),
    heading("Voorgestelde besluiten", 3, true),
    bullets(
      decisions(ctx).map((t) => para(linked(t), "compact")),
      true,
    ),
    decisionBlock(info.decisionDate),
  ];
}
