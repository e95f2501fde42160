/** The annexes of the proposal: assumptions and sources, and one page per partner. */
import type { Session } from "../engine/index.ts";
import { ROLES, regulationIn, shiftYear } from "../engine/index.ts";
import { type SourcedRecord, regulationAssumption } from "../lib/regulationAssumption.ts";
import { formatEuro, formatEuroCents, formatNumber, formatPercent } from "../lib/format.ts";
import {
  boardStudentsTable,
  categoryNameOf,
  commitmentBasis,
  kindLabel,
  partnerName,
  partnerNameOf,
  partnerNotes,
  partnerWorkloadTable,
} from "../report/index.ts";
import { HOURS_PER_YEAR, ratesCheckOf } from "../lib/ratesCheck.ts";
import { citations } from "../lib/citation.ts";
import { timingHint } from "../lib/subsidyTiming.ts";
import {
  EMPTY,
  bullets,
  chapter,
  col,
  facts,
  fromView,
  heading,
  keep,
  numCol,
  para,
  table,
} from "./blocks.ts";
import type { Block } from "./model.ts";
import { normBasis, proposalInfo } from "./sessionData.ts";
import { ANCHORS, linked } from "./anchors.ts";
import type { ProposalContext } from "./proposal.ts";
import type { DocRecord } from "./types.ts";

function sourceText(record: DocRecord): string {
  const sources = record.sources ?? [];
  return sources.length === 0 ? EMPTY : citations(sources);
}

/** A record that says which school years its values are sourced for (regulations since cost model 1.1). */
function isSourced(record: DocRecord): record is DocRecord & SourcedRecord {
  const sourced = record.sourcedFor as { from?: unknown; to?: unknown } | undefined;
  return typeof sourced?.from === "string" && typeof sourced.to === "string";
}

/** One row per "from school year X" change of the regulation (byYear), with the values in force from then. */
function changeRows(session: Session, records: readonly DocRecord[]): [string, string][] {
  return Object.keys(session.regulation.byYear ?? {})
    .sort()
    .map((year) => {
      const inForce = regulationIn(session, year);
      const name = records.find((r) => r.id === inForce.id)?.name ?? "eigen waarden";
      const ceiling =
        inForce.ceilingFactor < 1 ? `, plafondfactor ${formatPercent(inForce.ceilingFactor)}` : "";
      return [
        `Vanaf ${year}`,
        `${name}: ${formatEuro(inForce.perStudent)} per student${inForce.base > 0 ? ` + vaste voet ${formatEuro(inForce.base)}` : ""}${ceiling}`,
      ];
    });
}

function regulationPart(ctx: ProposalContext): Block[] {
  const { session } = ctx;
  const reg = session.regulation;
  const record = ctx.options.records?.regulations.find((r) => r.id === reg.id);
  const counted = Object.entries(reg.counted).sort(([a], [b]) => a.localeCompare(b));
  const rows: [string, string][] = [
    [
      "Regeling",
      record?.name ?? (reg.id === undefined ? "Eigen waarden van het partnerschap" : reg.id),
    ],
    ["Bron", record === undefined ? "Ingevuld door het partnerschap" : sourceText(record)],
    ["Vaste voet per jaar", formatEuro(reg.base)],
    ["Bedrag per getelde student", formatEuro(reg.perStudent)],
    ["Plafondfactor", formatPercent(reg.ceilingFactor)],
    ["Telling", timingHint(session)],
    ...changeRows(session, ctx.options.records?.regulations ?? []),
    [
      "Getelde studenten (DUO)",
      counted.length === 0
        ? "Geen; de telling volgt uit de plaatsingen"
        : counted.map(([y, n]) => `${y}: ${formatNumber(n)}`).join(", "),
    ],
  ];
  if (typeof record?.note === "string") rows.push(["Toelichting", record.note]);
  const assumption = regulationAssumption(
    session,
    (ctx.options.records?.regulations ?? []).filter(isSourced),
  );
  if (assumption !== null) rows.push(["Aanname", assumption]);
  return keep(heading("Regeling en subsidie"), facts(rows));
}

function ratesPart(ctx: ProposalContext): Block[] {
  const { session } = ctx;
  const record = ctx.options.records?.rates.find((r) => {
    const values = r.rates as Record<string, number> | undefined;
    return values !== undefined && ROLES.every((role) => values[role] === session.rates[role]);
  });
  const overrides = session.partners.filter(
    (p) => p.rates !== undefined && ROLES.some((r) => p.rates?.[r] !== undefined),
  );
  const check = ratesCheckOf(session);
  // The mark is an extra key a hand-edited file may fill with anything: print real amounts only.
  const gpl = ROLES.flatMap((r) => {
    const amount: unknown = check.gpl?.[r];
    return typeof amount === "number" && Number.isFinite(amount) && amount > 0
      ? [`${r} ${formatEuroCents(amount)} per jaar`]
      : [];
  });
  const rows: [string, string][] = [
    ["Uurtarieven", ROLES.map((r) => `${r} ${formatEuroCents(session.rates[r])}`).join(", ")],
    [
      "Herkomst",
      record === undefined
        ? ROLES.some((r) => session.rates[r] === 0)
          ? "Ingevuld door het partnerschap; een tarief van € 0 is nog niet ingevuld"
          : "Ingevuld door het partnerschap"
        : `${record.name}. ${sourceText(record)}${typeof record.sector === "string" && record.sector !== session.partnership.sector ? ` Let op: dit zijn ${record.sector}-bedragen, niet die van ${session.partnership.sector === undefined ? "een partnerschap waarvan de sector nog niet gekozen is" : `een partnerschap in het ${session.partnership.sector}`}.` : ""}`,
    ],
    [
      "Aanname",
      `Uurtarief = gemiddelde personeelslast (GPL) per jaar ÷ ${formatNumber(HOURS_PER_YEAR)} uur (normjaartaak). Dit is een aanname; de regeling zelf noemt geen uurtarieven.`,
    ],
    ["Gebruikte GPL", gpl.length === 0 ? "Niet ingevuld" : gpl.join(", ")],
    [
      "Bevestigd",
      check.confirmed
        ? "Ja: het partnerschap heeft de tarieven getoetst aan de actuele GPL"
        : "Nee: de tarieven zijn nog niet getoetst aan de actuele GPL",
    ],
    ["Indexering per jaar", formatPercent(session.indexation)],
  ];
  if (typeof record?.note === "string") rows.push(["Toelichting", record.note]);
  if (overrides.length > 0) {
    rows.push([
      "Afwijkende tarieven",
      overrides
        .map(
          (p) =>
            `${partnerName(p)}: ${ROLES.filter((r) => p.rates?.[r] !== undefined)
              .map((r) => `${r} ${formatEuroCents(p.rates?.[r] ?? 0)}`)
              .join(", ")}`,
        )
        .join("; "),
    ]);
  }
  return keep(heading("Uurtarieven"), facts(rows), rows.length < 10);
}

function assumptions(ctx: ProposalContext): Block[] {
  const norm = normBasis(ctx.session, ctx.options.records);
  const source = norm?.record ? ` Bron van die voorbeeldnorm: ${sourceText(norm.record)}.` : "";
  return [
    chapter("Bijlage A  Aannames en bronnen", { newPage: true, anchor: ANCHORS.annexA }),
    ...regulationPart(ctx),
    ...ratesPart(ctx),
    ...keep(
      heading("Normen voor de facilitering"),
      para(
        linked(
          norm === null
            ? "De uren per student, per groep, per stagedag en per school zijn in het gesprek door het partnerschap vastgesteld (hoofdstuk 2). Voorbeeldnormen uit een regio zijn voorbeelden, geen landelijke normen."
            : `Uitgangspunt is de voorbeeldnorm "${norm.name}"; de uren zijn in het gesprek door het partnerschap aangepast en vastgesteld (hoofdstuk 2).${source} Voorbeeldnormen uit een regio zijn voorbeelden, geen landelijke normen.`,
        ),
      ),
    ),
    ...keep(
      heading("Rekenregels"),
      bullets([
        "Kosten = uren × uurtarief per rol, plus stagevergoedingen, vaste kosten per partner en overhead van het partnerschap; met indexering per jaar.",
        "Uren van werkplekbegeleiders en schoolopleiders horen bij het schoolbestuur, uren van instituutsopleiders bij de lerarenopleiding.",
        "Alleen studenten van een opleiding die partner is, geplaatst bij een schoolbestuur dat partner is, in een gesubsidieerde categorie, tellen voor de subsidie.",
        "Nodig van de Onderwijsregio = totale kosten − toezeggingen van de partners − overige inkomsten; het verschil met de subsidie is wat het partnerschap extra vraagt.",
        "Opbrengsten worden getoond maar nooit van de kosten afgetrokken.",
        "Alles is tot op de cent berekend en in dit document afgerond op hele euro's.",
      ]),
    ),
    ...(ctx.result.warnings.length > 0
      ? keep(
          heading("Waarschuwingen van de berekening"),
          bullets(ctx.result.warnings),
          ctx.result.warnings.length < 12,
        )
      : []),
  ];
}

/**
 * From this many partners, annex B prints each partner on one or two compact lines (kind folded into
 * the details) instead of a wide row per partner: 150 partners take 5 pages instead of 15.
 */
export const COMPACT_PARTNERS = 40;

/**
 * From this many placement rows, annex B sums the students per board and leaves the single rows to
 * the Excel download (sheet "Plaatsingen"): 600 rows would take 27 of the proposal's pages.
 */
export const PLACEMENTS_PER_BOARD = 120;

/** Annex B: every partner in one table (a 30-partner session stays a few pages, not thirty). */
function partnersTable(ctx: ProposalContext): Block[] {
  const { session, result, view } = ctx;
  const plan = result.years.find((y) => y.year === view.planYear);
  const byId = new Map((plan?.partners ?? []).map((p) => [p.id, p]));
  const submitting = new Set(proposalInfo(session).submitters.map((p) => p.id));
  const compact = session.partners.length >= COMPACT_PARTNERS;
  const rows: string[][] = session.partners.map((partner) => {
    const p = byId.get(partner.id);
    const overrides = ROLES.filter((r) => partner.rates?.[r] !== undefined).map(
      (r) => `${r} ${formatEuroCents(partner.rates?.[r] ?? 0)}`,
    );
    const fixed = partner.fixedCosts.map(
      (l) => `${l.label || "Vaste kosten"}: ${formatEuro(l.amount)}`,
    );
    const note = partnerNotes(partner, view.planYear);
    const kind = `${kindLabel(partner.kind)}${partner.member ? "" : " (geen lid)"}`;
    const details = [
      compact ? kind.toLowerCase() : "",
      submitting.has(partner.id) ? "dient het voorstel in" : "",
      partner.kind === "board"
        ? `${formatNumber(partner.schools)} ${partner.schools === 1 ? "school" : "scholen"}`
        : "",
      partner.joins === undefined ? "" : `doet mee vanaf ${partner.joins}`,
      overrides.length > 0 ? `eigen tarieven: ${overrides.join(", ")}` : "",
      fixed.length > 0 ? `vaste kosten: ${fixed.join("; ")}` : "",
      `toezegging: ${commitmentBasis(partner)}`,
      compact ? note.replace("geen lid: ", "") : note,
    ].filter((t) => t.trim() !== "" && t.trim() !== EMPTY);
    const amounts = [
      formatEuro(p?.costs ?? 0),
      formatEuro(p?.share ?? 0),
      formatEuro(p?.ownInvestment ?? 0),
    ];
    return compact
      ? [partnerName(partner), details.join("; "), ...amounts]
      : [partnerName(partner), kind, details.join("; "), ...amounts];
  });
  const amountColumns = [
    numCol("Kosten", 50),
    numCol("Aandeel", 50),
    numCol("Eigen investering", 56),
  ];
  const caption = { caption: `Partners (${view.planYear})` };
  return [
    chapter("Bijlage B  Partners", { anchor: ANCHORS.annexB }),
    para(
      `Alle partners met hun gegevens en hun bedragen in ${view.planYear}. ${session.indexation > 0 ? `Vaste kosten in prijspeil ${session.years[0] ?? ""}; latere jaren zijn geïndexeerd.` : ""}`.trim(),
      "small",
    ),
    compact
      ? table([col("Partner", 90), col("Soort en gegevens"), ...amountColumns], rows, {
          ...caption,
          compact: true,
          fontSize: 7.5,
        })
      : table(
          [col("Partner", 96), col("Soort", 74), col("Gegevens"), ...amountColumns],
          rows,
          caption,
        ),
    // Hours and FTE per partner and role in the plan year (task allocation, HRM), as on /resultaat/.
    fromView(partnerWorkloadTable(session, result, view.planYear), {
      widths: ["*", ...Array.from({ length: 8 }, () => 40)],
      fontSize: 7.5,
      ...(compact ? { compact: true } : {}),
    }),
    ...placementsTable(ctx),
  ];
}

/** The school years of the placement tables: from the year before the plan year, at most five. */
function shownYears(ctx: ProposalContext): string[] {
  return ctx.session.years.filter((y) => y >= shiftYear(ctx.view.planYear, -1)).slice(0, 5);
}

/**
 * All placements in one table: board, institute, category and students per year around the plan
 * year; for many placements the students per board, the rows themselves in the Excel download.
 */
function placementsTable(ctx: ProposalContext): Block[] {
  const { session } = ctx;
  const shown = shownYears(ctx);
  if (session.placements.length === 0)
    return keep(heading("Studenten", 3), para("Geen plaatsingen.", "note"));
  if (session.placements.length >= PLACEMENTS_PER_BOARD) {
    const view = boardStudentsTable(session, shown);
    return [
      {
        ...fromView(view, {
          widths: ["*", 56, ...shown.map(() => 46)],
          compact: true,
          fontSize: 7.5,
        }),
        footnotes: [
          `Het partnerschap heeft ${formatNumber(session.placements.length)} plaatsingen (schoolbestuur, opleiding en categorie); hier staan de studenten per schoolbestuur opgeteld. Elke plaatsing afzonderlijk, met alle schooljaren, staat in de Excel-download van de pagina Resultaat (tabblad Plaatsingen).`,
        ],
      },
    ];
  }
  const rows = session.placements.map((p) => [
    partnerNameOf(session, p.board),
    partnerNameOf(session, p.institute),
    categoryNameOf(session, p.category),
    ...shown.map((y) => formatNumber(p.students[y] ?? 0)),
  ]);
  return [
    table(
      [
        col("Schoolbestuur"),
        col("Opleiding"),
        col("Categorie"),
        ...shown.map((y) => numCol(y, 46)),
      ],
      rows,
      { caption: "Studenten per plaatsing" },
    ),
  ];
}

/** Annex A and annex B (all partners in one table, all placements in another). */
export function annexChapters(ctx: ProposalContext): Block[] {
  return [...assumptions(ctx), ...partnersTable(ctx)];
}
