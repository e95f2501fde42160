/** The annexes of the proposal: assumptions and sources, and one page per partner. */
import type { Content, TableCell } from "pdfmake/interfaces";
import type { Partner } from "../engine/index.ts";
import { ROLES, shiftYear } from "../engine/index.ts";
import { formatEuro, formatEuroCents, formatNumber, formatPercent } from "../lib/format.ts";
import { categoryNameOf, commitmentBasis, kindLabel, lagLabel, partnerName, partnerNameOf, partnerNotes } from "../report/index.ts";
import { HOURS_PER_YEAR, ratesCheckOf } from "../lib/ratesCheck.ts";
import { citations } from "../lib/citation.ts";
import { timingHint } from "../lib/subsidyTiming.ts";
import { EMPTY, bullets, cell, chapter, facts, heading, keep, num, para, table, th } from "./blocks.ts";
import { normBasis } from "./model.ts";
import type { ProposalContext } from "./proposal.ts";
import type { DocRecord } from "./types.ts";

function sourceText(record: DocRecord): string {
  const sources = record.sources ?? [];
  return sources.length === 0 ? EMPTY : citations(sources);
}

function regulationPart(ctx: ProposalContext): Content[] {
  const { session } = ctx;
  const reg = session.regulation;
  const record = ctx.options.records?.regulations.find((r) => r.id === reg.id);
  const counted = Object.entries(reg.counted).sort(([a], [b]) => a.localeCompare(b));
  const rows: [string, string][] = [
    ["Regeling", record?.name ?? (reg.id === undefined ? "Eigen waarden van het partnerschap" : reg.id)],
    ["Bron", record === undefined ? "Ingevuld door het partnerschap" : sourceText(record)],
    ["Vaste voet per jaar", formatEuro(reg.base)],
    ["Bedrag per getelde student", formatEuro(reg.perStudent)],
    ["Plafondfactor", formatPercent(reg.ceilingFactor)],
    ["Telling", `${lagLabel(reg.lag)}. ${timingHint(session)}`],
    ["Getelde studenten (DUO)", counted.length === 0 ? "Geen; de telling volgt uit de plaatsingen" : counted.map(([y, n]) => `${y}: ${formatNumber(n)}`).join(", ")],
  ];
  if (typeof record?.note === "string") rows.push(["Toelichting", record.note]);
  return keep(heading("Regeling en subsidie"), facts(rows));
}

function ratesPart(ctx: ProposalContext): Content[] {
  const { session } = ctx;
  const record = ctx.options.records?.rates.find((r) => {
    const values = r.rates as Record<string, number> | undefined;
    return values !== undefined && ROLES.every((role) => values[role] === session.rates[role]);
  });
  const overrides = session.partners.filter((p) => p.rates !== undefined && ROLES.some((r) => p.rates?.[r] !== undefined));
  const check = ratesCheckOf(session);
  // The mark is an extra key a hand-edited file may fill with anything: print real amounts only.
  const gpl = ROLES.flatMap((r) => {
    const amount: unknown = check.gpl?.[r];
    return typeof amount === "number" && Number.isFinite(amount) && amount > 0 ? [`${r} ${formatEuroCents(amount)} per jaar`] : [];
  });
  const rows: [string, string][] = [
    ["Uurtarieven", ROLES.map((r) => `${r} ${formatEuroCents(session.rates[r])}`).join(", ")],
    ["Herkomst", record === undefined ? "Ingevuld door het partnerschap" : `${record.name}. ${sourceText(record)}${typeof record.sector === "string" && record.sector !== session.partnership.sector ? ` Let op: dit zijn ${record.sector}-bedragen, niet die van een partnerschap in het ${session.partnership.sector}.` : ""}`],
    ["Aanname", `Uurtarief = gemiddelde personeelslast (GPL) per jaar ÷ ${formatNumber(HOURS_PER_YEAR)} uur (normjaartaak). Dit is een aanname; de regeling zelf noemt geen uurtarieven.`],
    ["Gebruikte GPL", gpl.length === 0 ? "Niet ingevuld" : gpl.join(", ")],
    ["Bevestigd", check.confirmed ? "Ja: het partnerschap heeft de tarieven getoetst aan de actuele GPL" : "Nee: de tarieven zijn nog niet getoetst aan de actuele GPL"],
    ["Indexering per jaar", formatPercent(session.indexation)],
  ];
  if (typeof record?.note === "string") rows.push(["Toelichting", record.note]);
  if (overrides.length > 0) {
    rows.push([
      "Afwijkende tarieven",
      overrides.map((p) => `${partnerName(p)}: ${ROLES.filter((r) => p.rates?.[r] !== undefined).map((r) => `${r} ${formatEuroCents(p.rates?.[r] ?? 0)}`).join(", ")}`).join("; "),
    ]);
  }
  return keep(heading("Uurtarieven"), facts(rows), rows.length < 10);
}

function assumptions(ctx: ProposalContext): Content[] {
  const norm = normBasis(ctx.session, ctx.options.records);
  const source = norm?.record ? ` Bron van die voorbeeldnorm: ${sourceText(norm.record)}.` : "";
  return [
    chapter("Bijlage A  Aannames en bronnen"),
    ...regulationPart(ctx),
    ...ratesPart(ctx),
    ...keep(heading("Normen voor de facilitering"), para(
      norm === null
        ? "De uren per student, per groep, per stagedag en per school zijn in het gesprek door het partnerschap vastgesteld (hoofdstuk 2). Voorbeeldnormen uit een regio zijn voorbeelden, geen landelijke normen."
        : `Uitgangspunt is de voorbeeldnorm "${norm.name}"; de uren zijn in het gesprek door het partnerschap aangepast en vastgesteld (hoofdstuk 2).${source} Voorbeeldnormen uit een regio zijn voorbeelden, geen landelijke normen.`,
    )),
    ...keep(heading("Rekenregels"), bullets(
      [
        "Kosten = uren × uurtarief per rol, plus stagevergoedingen, vaste kosten per partner en overhead van het partnerschap; met indexering per jaar.",
        "Uren van werkplekbegeleiders en schoolopleiders horen bij het schoolbestuur, uren van instituutsopleiders bij de lerarenopleiding.",
        "Alleen studenten van een opleiding die partner is, geplaatst bij een schoolbestuur dat partner is, in een gesubsidieerde categorie, tellen voor de subsidie.",
        "Nodig van de Onderwijsregio = totale kosten − toezeggingen van de partners − overige inkomsten; het verschil met de subsidie is wat het partnerschap extra vraagt.",
        "Opbrengsten worden getoond maar nooit van de kosten afgetrokken.",
        "Alles is tot op de cent berekend en in dit document afgerond op hele euro's.",
      ].map((t) => ({ text: t })),
    )),
    ...(ctx.result.warnings.length > 0 ? keep(heading("Waarschuwingen van de berekening"), bullets(ctx.result.warnings.map((w) => ({ text: w }))), ctx.result.warnings.length < 12) : []),
  ];
}

function partnerPage(ctx: ProposalContext, partner: Partner, first: boolean): Content[] {
  const { session, result, view } = ctx;
  const name = partnerName(partner);
  const overrides = ROLES.filter((r) => partner.rates?.[r] !== undefined).map((r) => `${r} ${formatEuroCents(partner.rates?.[r] ?? 0)}`);
  const info: [string, string][] = [
    ["Soort", kindLabel(partner.kind)],
    ["Lid van het partnerschap", partner.member ? "ja" : "nee"],
  ];
  if (partner.kind === "board") info.push(["Deelnemende scholen", formatNumber(partner.schools)]);
  info.push(["Doet mee", partner.joins === undefined ? "vanaf het begin" : `vanaf ${partner.joins}`]);
  info.push(["Afwijkende uurtarieven", overrides.join(", ")]);
  // With indexation the amounts are those of the first year; later years are indexed (see the table below).
  info.push([session.indexation > 0 ? `Vaste kosten per jaar (prijspeil ${session.years[0] ?? ""})` : "Vaste kosten per jaar", partner.fixedCosts.map((l) => `${l.label || "Vaste kosten"}: ${formatEuro(l.amount)}`).join("; ")]);
  info.push(["Toezegging", commitmentBasis(partner)]);
  const note = partnerNotes(partner, view.planYear);
  if (note !== "") info.push(["Opmerking", note]);
  const yearRows: TableCell[][] = result.years.map((y) => {
    const p = y.partners.find((x) => x.id === partner.id);
    return [cell(y.year === view.planYear ? `${y.year} (planjaar)` : y.year), num(formatEuro(p?.costs ?? 0)), num(formatEuro(p?.share ?? 0)), num(formatEuro(p?.ownInvestment ?? 0)), num(formatEuro(p?.commitment ?? 0))];
  });
  const own = session.placements.filter((p) => (partner.kind === "board" ? p.board : p.institute) === partner.id);
  const shown = session.years.filter((y) => y >= shiftYear(view.planYear, -1)).slice(0, 6);
  const placementRows = own.map((p) => [
    cell(partnerNameOf(session, partner.kind === "board" ? p.institute : p.board)),
    cell(categoryNameOf(session, p.category)),
    ...shown.map((y) => num(formatNumber(p.students[y] ?? 0))),
  ]);
  const out: Content[] = [
    chapter(first ? `Bijlage B  Partners\n${name}` : name),
    facts(info, 140),
    table([th("Schooljaar"), th("Kosten", "right"), th("Aandeel subsidie", "right"), th("Eigen investering", "right"), th("Toezegging", "right")], yearRows, ["*", 78, 78, 78, 78], { caption: "Per schooljaar" }),
  ];
  out.push(
    ...(placementRows.length === 0
      ? keep({ text: "Studenten", style: "h3" }, para("Geen plaatsingen.", "note"))
      : [table([th(partner.kind === "board" ? "Opleiding" : "Schoolbestuur"), th("Categorie"), ...shown.map((y) => th(y, "right"))], placementRows, ["*", "*", ...shown.map(() => 46)], { caption: "Studenten" })]),
  );
  return out;
}

/** Annex A and one page per partner (annex B). */
export function annexChapters(ctx: ProposalContext): Content[] {
  const out = assumptions(ctx);
  ctx.session.partners.forEach((p, i) => out.push(...partnerPage(ctx, p, i === 0)));
  return out;
}
