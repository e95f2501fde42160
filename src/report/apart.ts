/** What is shown apart: non-subsidised students (already inside the costs) and benefits (never netted). */
import type { NotCountableCauses, Result, Session } from "../engine/index.ts";
import { formatEuro, formatNumber } from "../lib/format.ts";
import {
  categoryName,
  categoryNameOf,
  labelAmountColumns,
  lineLabel,
  numberColumn,
  partnerName,
  partnerNameOf,
  plusRows,
  shownAmountRow,
  textColumn,
  yearResult,
} from "./common.ts";
import { toCents, wholeEuroParts, wholeEuros } from "./wholeEuros.ts";
import type { Row, Table } from "./types.ts";

/** Why some placements do not count: non-subsidised categories and non-member partners, in words. */
export function nonSubsidisedReasons(session: Session): string[] {
  const used = new Set(session.placements.map((p) => p.category));
  const categories = session.categories
    .filter((c) => !c.subsidised && used.has(c.id))
    .map(categoryName);
  const partners = session.partners.filter((p) => !p.member).map(partnerName);
  const reasons: string[] = [];
  if (categories.length > 0) reasons.push(`categorieën zonder subsidie: ${categories.join(", ")}`);
  if (partners.length > 0) reasons.push(`partners die geen lid zijn: ${partners.join(", ")}`);
  return reasons;
}

/** Why a placement does not count for the subsidy, in words, from the causes the engine found. */
function notCountableReason(causes: NotCountableCauses): string {
  const reasons: string[] = [];
  if (causes.category) reasons.push("categorie telt niet voor de subsidie");
  if (causes.institute) reasons.push("opleiding is geen partner");
  if (causes.board) reasons.push("school hoort niet bij het partnerschap");
  return reasons.join("; ");
}

/** A placement with students in a year that do not count for the subsidy: names, students and why. */
export interface NotCountedPlacement {
  board: string;
  institute: string;
  category: string;
  students: number;
  reason: string;
}

/** The placements whose students in `year` do not count, as the engine decided per placement (its breakdown). */
export function notCountedPlacements(
  session: Session,
  result: Result,
  year: string,
): NotCountedPlacement[] {
  const placements = yearResult(result, year).breakdown.placements;
  return session.placements.flatMap((p, i) => {
    const counted = placements[i];
    // A board or institute that has not joined yet brings 0 students that year, so its rows are not listed.
    if (counted === undefined || counted.countable || counted.students === 0) return [];
    const reason = notCountableReason(counted.causes);
    return [
      {
        board: partnerNameOf(session, p.board),
        institute: partnerNameOf(session, p.institute),
        category: categoryNameOf(session, p.category),
        students: counted.students,
        reason,
      },
    ];
  });
}

/** Non-subsidised students and their costs per school year, shown apart from the budget. */
export function nonSubsidisedTable(session: Session, result: Result, planYear?: string): Table {
  const rows: Row[] = result.years.map((y) => ({
    cells: [
      y.year === planYear ? `${y.year} (planjaar)` : y.year,
      formatNumber(y.students.nonSubsidised),
      formatEuro(y.costs.nonSubsidised),
    ],
    values: [null, y.students.nonSubsidised, y.costs.nonSubsidised],
  }));
  const reasons = nonSubsidisedReasons(session);
  const footnotes = [
    "Deze kosten zitten al in de kosten van de schoolbesturen en lerarenopleidingen; ze staan hier apart om te laten zien wat begeleiding zonder subsidie kost.",
  ];
  if (reasons.length > 0) footnotes.push(`Niet gesubsidieerd: ${reasons.join("; ")}.`);
  return {
    caption: "Niet-gesubsidieerde studenten per schooljaar",
    columns: [textColumn("Schooljaar"), numberColumn("Studenten"), numberColumn("Kosten")],
    rows,
    footnotes,
  };
}

/** The benefit lines of one year and their total; shown, never netted against the costs. */
export function benefitsTable(session: Session, result: Result, year: string): Table {
  const y = yearResult(result, year);
  const amounts = y.breakdown.benefits;
  const total = y.benefits;
  const shownTotal = wholeEuros(toCents(total));
  const shown = wholeEuroParts(amounts, shownTotal);
  const rows: Row[] = session.benefits.map((line, i) =>
    shownAmountRow(lineLabel(line, `Opbrengst ${i + 1}`), (amounts[i] ?? 0) / 100, shown[i] ?? 0),
  );
  rows.push({
    ...shownAmountRow("Totaal opbrengsten", total, shownTotal, "total"),
    sumOf: plusRows(0, rows.length),
  });
  return {
    caption: `Opbrengsten per jaar (${year})`,
    columns: labelAmountColumns("Opbrengst"),
    rows,
    footnotes: [
      "Opbrengsten laten zien wat samen opleiden oplevert. Ze worden niet van de kosten afgetrokken.",
    ],
  };
}
