/**
 * The budget of one school year in the structure of Bijlage 2 of the gesprekskaart (costs of
 * boards, institutes and overhead; income; distribution; own investment and its averages).
 */
import type { Partner, Result, Session } from "../engine/index.ts";
import { subsidyParts } from "../engine/index.ts";
import { formatEuro, formatNumber, formatPercent } from "../lib/format.ts";
import {
  amountRow,
  headingRow,
  labelAmountColumns,
  lineLabel,
  partnerName,
  plusRows,
  shownAmountRow,
  sumEuros,
  takesPartIn,
  yearResult,
} from "./common.ts";
import { STORY_LABELS, storyOf } from "./story.ts";
import type { Row, SignedRow, Table } from "./types.ts";
import {
  averageEuros,
  toCents,
  wholeEuroParts,
  wholeEuroPartsOf,
  wholeEuros,
} from "./wholeEuros.ts";

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
    const counted =
      part.count === null
        ? "0 getelde studenten (telling ontbreekt)"
        : `${formatNumber(part.count)} getelde studenten`;
    let perStudentText = `${counted} (${part.countYear}${part.calendarYear === null ? `, ${lagLabel(lag)}` : ""}) × ${formatEuro(perStudent)}`;
    if (ceilingFactor < 1) perStudentText += ` × ${formatPercent(ceilingFactor)} (plafond)`;
    terms.push(perStudentText);
    const text = terms.join(" + ");
    return part.calendarYear === null
      ? text
      : `${part.months}/12 × toekenning ${part.calendarYear} (${text})`;
  });
  return parts.join(" + ");
}

/**
 * The Bijlage 2 budget of one school year: costs, income, distribution, own investment. Amounts are
 * shown in whole euros that add up as shown (each block's lines to its subtotal, the subtotals to
 * the total; `sumOf` names the rows); `values` keep the engine's amounts in euros with cents.
 */
export function budgetTable(session: Session, result: Result, year: string): Table {
  const y = yearResult(result, year);
  const story = storyOf(y);
  const byId = new Map(y.partners.map((p) => [p.id, p]));
  const taking = session.partners.filter((p) => takesPartIn(p, year));
  const boards = taking.filter((p) => p.kind === "board");
  const institutes = taking.filter((p) => p.kind === "institute");
  const nonMemberNote = (p: Partner): string => (p.member ? "" : " (geen lid)");
  const rows: Row[] = [];
  /** Pushes lines shown as parts of `shownTotal`, then the total row that sums them; returns the total row's index. */
  const block = (
    lines: { label: string; amount: number }[],
    total: { label: string; amount: number; shown: number; kind: Row["kind"] },
  ): number => {
    const shown = wholeEuroParts(
      lines.map((l) => toCents(l.amount)),
      total.shown,
    );
    const first = rows.length;
    lines.forEach((line, i) => rows.push(shownAmountRow(line.label, line.amount, shown[i] ?? 0)));
    rows.push({
      ...shownAmountRow(total.label, total.amount, total.shown, total.kind),
      sumOf: plusRows(first, rows.length),
    });
    return rows.length - 1;
  };
  const partnerLines = (
    list: Partner[],
    pick: (id: string) => number,
  ): { label: string; amount: number }[] =>
    list.map((p) => ({ label: partnerName(p) + nonMemberNote(p), amount: pick(p.id) }));

  const costsShown = story.costs.euros;
  const [boardsShown = 0, institutesShown = 0, overheadShown = 0] = wholeEuroPartsOf(
    [y.costs.boards, y.costs.institutes, y.costs.overhead],
    costsShown,
  );
  const subtotals: number[] = [];
  rows.push(headingRow("Kosten schoolbesturen", 2));
  subtotals.push(
    block(
      partnerLines(boards, (id) => byId.get(id)?.costs ?? 0),
      {
        label: "Totaal kosten schoolbesturen",
        amount: y.costs.boards,
        shown: boardsShown,
        kind: "subtotal",
      },
    ),
  );
  rows.push(headingRow("Kosten lerarenopleidingen", 2));
  subtotals.push(
    block(
      partnerLines(institutes, (id) => byId.get(id)?.costs ?? 0),
      {
        label: "Totaal kosten lerarenopleidingen",
        amount: y.costs.institutes,
        shown: institutesShown,
        kind: "subtotal",
      },
    ),
  );
  rows.push(headingRow("Overheadkosten partnerschap", 2));
  // Line amounts as the engine added them up (indexed, rounded per line): its breakdown, in cents.
  const overhead = y.breakdown.overhead;
  subtotals.push(
    block(
      session.overhead.map((line, i) => ({
        label: lineLabel(line, `Overhead ${i + 1}`),
        amount: (overhead[i] ?? 0) / 100,
      })),
      {
        label: "Totaal overheadkosten",
        amount: y.costs.overhead,
        shown: overheadShown,
        kind: "subtotal",
      },
    ),
  );
  const costsRow = rows.length;
  rows.push({
    ...shownAmountRow(STORY_LABELS.costs, y.costs.total, costsShown, "total"),
    sumOf: subtotals.map((row) => ({ row, sign: 1 as const })),
  });

  rows.push(headingRow("Inkomsten", 2));
  const subsidyShown = story.parts[0]!.euros;
  const otherShown = story.parts[1]!.euros;
  const incomeFirst = rows.length;
  rows.push(
    shownAmountRow(
      `${STORY_LABELS.subsidy}: ${subsidyExplanation(session, result, year)}`,
      y.income.subsidy,
      subsidyShown,
    ),
  );
  const other = y.breakdown.otherIncome;
  const otherParts = wholeEuroParts(other, otherShown);
  session.otherIncome.forEach((line, i) =>
    rows.push(
      shownAmountRow(
        lineLabel(line, `${STORY_LABELS.otherIncome} ${i + 1}`),
        (other[i] ?? 0) / 100,
        otherParts[i] ?? 0,
      ),
    ),
  );
  const incomeRow = rows.length;
  rows.push({
    ...shownAmountRow("Totale inkomsten", y.income.total, subsidyShown + otherShown, "total"),
    sumOf: plusRows(incomeFirst, incomeRow),
  });

  rows.push(headingRow("Verdeling van de inkomsten", 2));
  const sideShare = (kind: Partner["kind"]): number =>
    sumEuros(
      session.partners.filter((p) => p.kind === kind).map((p) => byId.get(p.id)?.share ?? 0),
    );
  const d = y.distribution;
  const toPartnersShown = wholeEuros(toCents(d.toPartners));
  const [toBoards = 0, toInstitutes = 0] = wholeEuroPartsOf(
    [sideShare("board"), sideShare("institute")],
    toPartnersShown,
  );
  rows.push({
    ...shownAmountRow("Naar de partners", d.toPartners, toPartnersShown),
    sumOf: plusRows(rows.length + 1, rows.length + 3),
  });
  rows.push(shownAmountRow("waarvan voor schoolbesturen", sideShare("board"), toBoards));
  rows.push(
    shownAmountRow("waarvan voor lerarenopleidingen", sideShare("institute"), toInstitutes),
  );
  rows.push(amountRow("Overhead betaald uit de inkomsten", d.overheadFunded));
  rows.push(amountRow("Overhead niet gedekt door de inkomsten", d.overheadUncovered));
  rows.push(amountRow("Tekort: meer verdeeld dan er binnenkomt", d.payoutDeficit));
  rows.push(amountRow("Reserve (niet verdeeld)", d.reserve));

  rows.push(headingRow(STORY_LABELS.ownInvestment, 2));
  const ownOf = (id: string): number => byId.get(id)?.ownInvestment ?? 0;
  const ownBoards = wholeEuroPartsOf(
    boards.map((p) => ownOf(p.id)),
    wholeEuros(toCents(y.ownInvestment.boards)),
  );
  const ownInstitutes = wholeEuroPartsOf(
    institutes.map((p) => ownOf(p.id)),
    wholeEuros(toCents(y.ownInvestment.institutes)),
  );
  const ownRow = new Map<string, number>();
  for (const p of taking) {
    ownRow.set(p.id, rows.length);
    const shown =
      p.kind === "board" ? ownBoards[boards.indexOf(p)] : ownInstitutes[institutes.indexOf(p)];
    rows.push(shownAmountRow(`${partnerName(p)}${nonMemberNote(p)}`, ownOf(p.id), shown ?? 0));
  }
  const sideRows = (list: Partner[]): SignedRow[] =>
    list.map((p) => ({ row: ownRow.get(p.id)!, sign: 1 as const }));
  rows.push({
    ...shownAmountRow(
      "Eigen investering schoolbesturen",
      y.ownInvestment.boards,
      wholeEuros(toCents(y.ownInvestment.boards)),
      "subtotal",
    ),
    sumOf: sideRows(boards),
  });
  rows.push({
    ...shownAmountRow(
      "Eigen investering lerarenopleidingen",
      y.ownInvestment.institutes,
      wholeEuros(toCents(y.ownInvestment.institutes)),
      "subtotal",
    ),
    sumOf: sideRows(institutes),
  });
  const memberBoards = boards.filter((p) => p.member);
  const memberInstitutes = institutes.filter((p) => p.member);
  const sumOwn = (list: Partner[]): number =>
    list.reduce((sum, p) => sum + toCents(ownOf(p.id)), 0);
  rows.push(
    amountRow(
      "Gemiddelde eigen investering per schoolbestuur¹",
      averageEuros(sumOwn(memberBoards), memberBoards.length),
    ),
  );
  rows.push(
    amountRow(
      "Gemiddelde eigen investering per lerarenopleiding¹",
      averageEuros(sumOwn(memberInstitutes), memberInstitutes.length),
    ),
  );
  rows.push({
    ...shownAmountRow(
      `${STORY_LABELS.ownInvestment} partnerschap (kosten − inkomsten)²`,
      y.ownInvestment.total,
      story.ownInvestment.euros,
      "total",
    ),
    sumOf: [
      { row: costsRow, sign: 1 },
      { row: incomeRow, sign: -1 },
    ],
  });

  const count = (n: number, one: string, more: string): string => `${n} ${n === 1 ? one : more}`;
  const footnotes = [
    `¹ Gemiddelde over wie in ${year} lid zijn en meedoen: ${count(memberBoards.length, "schoolbestuur", "schoolbesturen")} en ${count(memberInstitutes.length, "lerarenopleiding", "lerarenopleidingen")}.`,
    "² De eigen investering van de partners samen, plus niet gedekte overhead en een eventueel tekort, min de reserve: wat de partners dragen als de Onderwijsregio alleen het bedrag van de regeling betaalt.",
    "Bedragen in hele euro's, zo afgerond dat de regels optellen tot hun (sub)totaal; de rekenkern rekent tot op de cent.",
  ];
  const later = session.partners.filter((p) => !takesPartIn(p, year));
  if (later.length > 0) {
    footnotes.push(
      `Nog niet in deze begroting: ${later.map((p) => `${partnerName(p)} (doet mee vanaf ${p.joins ?? ""})`).join(", ")}.`,
    );
  }
  if (session.partners.some((p) => !p.member && takesPartIn(p, year))) {
    footnotes.push(
      "(geen lid): de kosten tellen mee in de begroting, maar de studenten van deze partner tellen niet voor de subsidie en de partner krijgt geen aandeel.",
    );
  }
  return {
    caption: `Begroting ${year} (opbouw volgens Bijlage 2 van de gesprekskaart)`,
    columns: labelAmountColumns("Post"),
    rows,
    footnotes,
  };
}
