/** Small helpers the view models share: finding a year, names, exact sums, rows and columns. */
import type { Category, Line, Partner, Session } from "../engine/index.ts";
import { formatEuro } from "../lib/format.ts";
export { yearResult } from "./years.ts";
import type { Column, Row, SignedRow } from "./types.ts";
import { toCents } from "./wholeEuros.ts";

// One rule for "takes part in year Y", shared with the engine so tables and totals never disagree.
export { takesPartIn } from "../engine/index.ts";

/** A partner's name, or its id when the name is still empty. */
export function partnerName(partner: Partner): string {
  return partner.name.trim() === "" ? partner.id : partner.name;
}

/** The name of the partner with `id`; the id itself when the partner is unknown or unnamed. */
export function partnerNameOf(session: Session, id: string): string {
  const partner = session.partners.find((p) => p.id === id);
  return partner === undefined ? id : partnerName(partner);
}

/** A category's name, or its id when the name is still empty. */
export function categoryName(category: Category): string {
  return category.name.trim() === "" ? category.id : category.name;
}

/** The name of the category with `id`; the id itself when the category is unknown or unnamed. */
export function categoryNameOf(session: Session, id: string): string {
  const category = session.categories.find((c) => c.id === id);
  return category === undefined ? id : categoryName(category);
}

/** "Schoolbestuur"/"Lerarenopleiding", the Dutch kind shown in tables. */
export function kindLabel(kind: Partner["kind"]): string {
  return kind === "board" ? "Schoolbestuur" : "Lerarenopleiding";
}

/** Euros with cents → integer cents: the one conversion (wholeEuros.ts), under the name other modules import. */
export { toCents as cents } from "./wholeEuros.ts";

/** The sum of engine amounts (euros with cents), added in whole cents so no float error creeps in. */
export function sumEuros(amounts: readonly number[]): number {
  return amounts.reduce((sum, amount) => sum + toCents(amount), 0) / 100;
}

/** A text column (left-aligned). */
export const textColumn = (label: string): Column => ({ label, align: "left" });

/** A number column (right-aligned). */
export const numberColumn = (label: string): Column => ({ label, align: "right" });

/** A text column and an amount column. */
export const labelAmountColumns = (label: string, amount = "Bedrag"): Column[] => [
  textColumn(label),
  numberColumn(amount),
];

/** A row of a label and one formatted cell per value; the raw values ride along. */
export function valuesRow(
  label: string,
  values: readonly number[],
  format: (value: number) => string,
  kind?: Row["kind"],
): Row {
  const row: Row = {
    cells: [label, ...values.map((value) => format(value))],
    values: [null, ...values],
  };
  if (kind) row.kind = kind;
  return row;
}

/** A row of a label and one amount. */
export function amountRow(label: string, amount: number, kind?: Row["kind"]): Row {
  return valuesRow(label, [amount], formatEuro, kind);
}

/** A row of a label and one amount shown as `shown` whole euros (a part rounded to add up to its shown total, wholeEuros.ts). */
export function shownAmountRow(
  label: string,
  amount: number,
  shown: number,
  kind?: Row["kind"],
): Row {
  const row: Row = { cells: [label, formatEuro(shown)], values: [null, amount] };
  if (kind) row.kind = kind;
  return row;
}

/** The indices from `first` up to (not including) `end`, as rows that add to a total. */
export function plusRows(first: number, end: number): SignedRow[] {
  return Array.from({ length: Math.max(0, end - first) }, (_, i) => ({
    row: first + i,
    sign: 1 as const,
  }));
}

/** A heading row spanning a table of `width` columns (empty cells after the label). */
export function headingRow(label: string, width: number): Row {
  return { cells: [label, ...Array.from({ length: width - 1 }, () => "")], kind: "heading" };
}

/** A label for a line that may be empty. */
export function lineLabel(line: Line, fallback: string): string {
  return line.label.trim() === "" ? fallback : line.label;
}
