/** What is shown apart: non-subsidised students (already inside the costs) and benefits (never netted). */
import { type Placement, type Result, type Session, plainLines, takesPartIn } from "../engine/index.ts";
import { formatEuro, formatNumber } from "../lib/format.ts";
import { categoryName, categoryNameOf, labelAmountColumns, lineLabel, numberColumn, partnerName, partnerNameOf, plusRows, shownAmountRow, sumEuros, textColumn } from "./common.ts";
import { toCents, wholeEuroPartsOf, wholeEuros } from "./wholeEuros.ts";
import type { Row, Table } from "./types.ts";
import { notCountableCauses } from "./countable.ts";

/** Why some placements do not count: non-subsidised categories and non-member partners, in words. */
export function nonSubsidisedReasons(session: Session): string[] {
  const used = new Set(session.placements.map((p) => p.category));
  const categories = session.categories.filter((c) => !c.subsidised && used.has(c.id)).map(categoryName);
  const partners = session.partners.filter((p) => !p.member).map(partnerName);
  const reasons: string[] = [];
  if (categories.length > 0) reasons.push(`categorieën zonder subsidie: ${categories.join(", ")}`);
  if (partners.length > 0) reasons.push(`partners die geen lid zijn: ${partners.join(", ")}`);
  return reasons;
}

/** Why a placement does not count for the subsidy, in words (null when it counts). */
function notCountableReason(session: Session, placement: Placement): string | null {
  const causes = notCountableCauses(session, placement);
  if (causes === null) return null;
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

/** The placements whose students in `year` do not count, among partners that take part that year. */
export function notCountedPlacements(session: Session, year: string): NotCountedPlacement[] {
  // A board or institute that has not joined yet brings 0 students that year (engine rule), so its rows are not listed.
  const takesPart = (id: string): boolean => {
    const partner = session.partners.find((p) => p.id === id);
    return partner === undefined || takesPartIn(partner, year);
  };
  return session.placements.flatMap((p) => {
    const students = p.students[year] ?? 0;
    const reason = notCountableReason(session, p);
    if (reason === null || students === 0 || !takesPart(p.board) || !takesPart(p.institute)) return [];
    return [{ board: partnerNameOf(session, p.board), institute: partnerNameOf(session, p.institute), category: categoryNameOf(session, p.category), students, reason }];
  });
}

/** Non-subsidised students and their costs per school year, shown apart from the budget. */
export function nonSubsidisedTable(session: Session, result: Result, planYear?: string): Table {
  const rows: Row[] = result.years.map((y) => ({
    cells: [y.year === planYear ? `${y.year} (planjaar)` : y.year, formatNumber(y.students.nonSubsidised), formatEuro(y.costs.nonSubsidised)],
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
  const amounts = plainLines(session.benefits);
  const total = result.years.find((y) => y.year === year)?.benefits ?? sumEuros(amounts);
  const shownTotal = wholeEuros(toCents(total));
  const shown = wholeEuroPartsOf(amounts, shownTotal);
  const rows: Row[] = session.benefits.map((line, i) => shownAmountRow(lineLabel(line, `Opbrengst ${i + 1}`), amounts[i] ?? 0, shown[i] ?? 0));
  rows.push({ ...shownAmountRow("Totaal opbrengsten", total, shownTotal, "total"), sumOf: plusRows(0, rows.length) });
  return {
    caption: `Opbrengsten per jaar (${year})`,
    columns: labelAmountColumns("Opbrengst"),
    rows,
    footnotes: ["Opbrengsten laten zien wat samen opleiden oplevert. Ze worden niet van de kosten afgetrokken."],
  };
}
