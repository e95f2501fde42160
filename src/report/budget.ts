/**
 * The budget of one school year in the structure of Bijlage 2 of the gesprekskaart (costs of
 * boards, institutes and overhead; income; distribution; own investment and its averages).
 */
import type { Partner, Result, Session } from "../engine/index.ts";
import { indexedLines, plainLines, subsidyParts } from "../engine/index.ts";
import { formatEuro, formatNumber, formatPercent } from "../lib/format.ts";
import {
  amountRow,
  cents,
  headingRow,
  labelAmountColumns,
  lineLabel,
  partnerName,
  sumEuros,
  takesPartIn,
  yearResult,
} from "./common.ts";
import type { Row, Table } from "./types.ts";

/** "T-1" for lag 1, "hetzelfde jaar" for lag 0. */
export function lagLabel(lag: number): string {
  return lag === 0 ? "hetzelfde jaar" : `T-${lag}`;
}

/** How the subsidy of the year is made up, in words: base + counted students × rate, per grant. */
export function subsidyExplanation(session: Session, result: Result, year: string): string {
  const lag = session.regulation.lag;
  const parts = subsidyParts(session, result, year).map((part) => {
    const { base, perStudent, ceilingFactor } = part.regulation;
    const terms: string[] = [];
    if (base > 0) terms.push(`vaste voet ${formatEuro(base)}`);
    const counted = part.count === null ? "0 getelde studenten (telling ontbreekt)" : `${formatNumber(part.count)} getelde studenten`;
    let perStudentText = `${counted} (${part.countYear}${part.calendarYear === null ? `, ${lagLabel(lag)}` : ""}) × ${formatEuro(perStudent)}`;
    if (ceilingFactor < 1) perStudentText += ` × ${formatPercent(ceilingFactor)} (plafond)`;
    terms.push(perStudentText);
    const text = terms.join(" + ");
    return part.calendarYear === null ? text : `${part.months}/12 × toekenning ${part.calendarYear} (${text})`;
  });
  return parts.join(" + ");
}

/** Average of integer cents over n, in euros; 0 when n is 0 (display only). */
function average(totalCents: number, n: number): number {
  return n === 0 ? 0 : Math.round(totalCents / n) / 100;
}

/** The Bijlage 2 budget of one school year: costs, income, distribution, own investment. */
export function budgetTable(session: Session, result: Result, year: string): Table {
  const y = yearResult(result, year);
  const byId = new Map(y.partners.map((p) => [p.id, p]));
  const taking = session.partners.filter((p) => takesPartIn(p, year));
  const boards = taking.filter((p) => p.kind === "board");
  const institutes = taking.filter((p) => p.kind === "institute");
  const nonMemberNote = (p: Partner): string => (p.member ? "" : " (geen lid)");
  const rows: Row[] = [];

  rows.push(headingRow("Kosten schoolbesturen", 2));
  for (const p of boards) rows.push(amountRow(partnerName(p) + nonMemberNote(p), byId.get(p.id)?.costs ?? 0));
  rows.push(amountRow("Totaal kosten schoolbesturen", y.costs.boards, "subtotal"));

  rows.push(headingRow("Kosten lerarenopleidingen", 2));
  for (const p of institutes) rows.push(amountRow(partnerName(p) + nonMemberNote(p), byId.get(p.id)?.costs ?? 0));
  rows.push(amountRow("Totaal kosten lerarenopleidingen", y.costs.institutes, "subtotal"));

  rows.push(headingRow("Overheadkosten partnerschap", 2));
  const overhead = indexedLines(session, session.overhead, year);
  session.overhead.forEach((line, i) => rows.push(amountRow(lineLabel(line, `Overhead ${i + 1}`), overhead[i] ?? 0)));
  rows.push(amountRow("Totaal overheadkosten", y.costs.overhead, "subtotal"));
  rows.push(amountRow("Totale kosten", y.costs.total, "total"));

  rows.push(headingRow("Inkomsten", 2));
  rows.push(amountRow(`Subsidie Onderwijsregio: ${subsidyExplanation(session, result, year)}`, y.income.subsidy));
  const other = plainLines(session.otherIncome);
  session.otherIncome.forEach((line, i) => rows.push(amountRow(lineLabel(line, `Overige inkomsten ${i + 1}`), other[i] ?? 0)));
  rows.push(amountRow("Totale inkomsten", y.income.total, "total"));

  rows.push(headingRow("Verdeling van de inkomsten", 2));
  const sideShare = (kind: Partner["kind"]): number =>
    sumEuros(session.partners.filter((p) => p.kind === kind).map((p) => byId.get(p.id)?.share ?? 0));
  rows.push(amountRow("Naar de partners", y.distribution.toPartners));
  rows.push(amountRow("waarvan voor schoolbesturen", sideShare("board")));
  rows.push(amountRow("waarvan voor lerarenopleidingen", sideShare("institute")));
  rows.push(amountRow("Overhead betaald uit de inkomsten", y.distribution.overheadFunded));
  rows.push(amountRow("Overhead niet gedekt door de inkomsten", y.distribution.overheadUncovered));
  rows.push(amountRow("Tekort: meer verdeeld dan er binnenkomt", y.distribution.payoutDeficit));
  rows.push(amountRow("Reserve (niet verdeeld)", y.distribution.reserve));

  rows.push(headingRow("Eigen investering", 2));
  for (const p of taking) rows.push(amountRow(`${partnerName(p)}${nonMemberNote(p)}`, byId.get(p.id)?.ownInvestment ?? 0));
  rows.push(amountRow("Eigen investering schoolbesturen", y.ownInvestment.boards, "subtotal"));
  rows.push(amountRow("Eigen investering lerarenopleidingen", y.ownInvestment.institutes, "subtotal"));
  const memberBoards = boards.filter((p) => p.member);
  const memberInstitutes = institutes.filter((p) => p.member);
  const sumOwn = (list: Partner[]): number => list.reduce((sum, p) => sum + cents(byId.get(p.id)?.ownInvestment ?? 0), 0);
  rows.push(amountRow("Gemiddelde eigen investering per schoolbestuur¹", average(sumOwn(memberBoards), memberBoards.length)));
  rows.push(amountRow("Gemiddelde eigen investering per lerarenopleiding¹", average(sumOwn(memberInstitutes), memberInstitutes.length)));
  rows.push(amountRow("Eigen investering partnerschap (kosten − inkomsten)²", y.ownInvestment.total, "total"));

  const count = (n: number, one: string, more: string): string => `${n} ${n === 1 ? one : more}`;
  const footnotes = [
    `¹ Gemiddelde over wie in ${year} lid zijn en meedoen: ${count(memberBoards.length, "schoolbestuur", "schoolbesturen")} en ${count(memberInstitutes.length, "lerarenopleiding", "lerarenopleidingen")}.`,
    "² De eigen investering van de partners samen, plus niet gedekte overhead en een eventueel tekort, min de reserve.",
  ];
  const later = session.partners.filter((p) => !takesPartIn(p, year));
  if (later.length > 0) {
    footnotes.push(`Nog niet in deze begroting: ${later.map((p) => `${partnerName(p)} (doet mee vanaf ${p.joins ?? ""})`).join(", ")}.`);
  }
  if (session.partners.some((p) => !p.member && takesPartIn(p, year))) {
    footnotes.push("(geen lid): de kosten tellen mee in de begroting, maar de studenten van deze partner tellen niet voor de subsidie en de partner krijgt geen aandeel.");
  }
  return { caption: `Begroting ${year} (opbouw volgens Bijlage 2 van de gesprekskaart)`, columns: labelAmountColumns("Post"), rows, footnotes };
}
