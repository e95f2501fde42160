/** Per partner, one school year: costs, share of the subsidy, own investment, commitment. */
import type { Partner, Result, Session } from "../engine/index.ts";
import { formatEuro, formatPercent } from "../lib/format.ts";
import {
  kindLabel,
  numberColumn,
  partnerName,
  plusRows,
  sumEuros,
  takesPartIn,
  textColumn,
  yearResult,
} from "./common.ts";
import { toCents, wholeEuroPartsOf, wholeEuros } from "./wholeEuros.ts";
import type { Row, Table } from "./types.ts";

/** What the partner's commitment is based on, in words. */
export function commitmentBasis(partner: Partner): string {
  const c = partner.commitment;
  if (c?.percent !== undefined) return `${formatPercent(c.percent)} van de eigen kosten`;
  if (c?.amount !== undefined) return `${formatEuro(c.amount)} per jaar`;
  return "geen toezegging";
}

/** Remarks about membership and joining, in words (empty when there is nothing to say). */
export function partnerNotes(partner: Partner, year: string): string {
  const notes: string[] = [];
  if (!partner.member) notes.push("geen lid: telt niet voor de subsidie, krijgt geen aandeel");
  if (partner.joins !== undefined) {
    notes.push(
      takesPartIn(partner, year)
        ? `doet mee sinds ${partner.joins}`
        : `doet mee vanaf ${partner.joins}`,
    );
  }
  return notes.join("; ");
}

/** The partner table of one year; non-participating partners are listed with € 0 and a note. */
export function partnerTable(session: Session, result: Result, year: string): Table {
  const y = yearResult(result, year);
  const byId = new Map(y.partners.map((p) => [p.id, p]));
  const amounts = session.partners.map((partner) => {
    const p = byId.get(partner.id);
    return [p?.costs ?? 0, p?.share ?? 0, p?.ownInvestment ?? 0, p?.commitment ?? 0];
  });
  // Each total is summed in cents; the shown partner amounts of a column are rounded to add up to the shown total.
  const totals = [0, 1, 2, 3].map((column) => sumEuros(amounts.map((row) => row[column] ?? 0)));
  const shownTotals = totals.map((total) => wholeEuros(toCents(total)));
  const shownColumns = [0, 1, 2, 3].map((column) =>
    wholeEuroPartsOf(
      amounts.map((row) => row[column] ?? 0),
      shownTotals[column],
    ),
  );
  const rows: Row[] = session.partners.map((partner, i) => {
    const values = amounts[i]!;
    const shown = shownColumns.map((column) => column[i] ?? 0);
    return {
      cells: [
        partnerName(partner),
        kindLabel(partner.kind),
        ...shown.map(formatEuro),
        commitmentBasis(partner),
        partnerNotes(partner, year),
      ],
      values: [null, null, ...values, null, null],
    };
  });
  rows.push({
    cells: ["Totaal partners", "", ...shownTotals.map(formatEuro), "", ""],
    values: [null, null, ...totals, null, null],
    kind: "total",
    sumOf: plusRows(0, rows.length),
  });
  return {
    caption: `Partners in ${year}: kosten, aandeel in de subsidie, eigen investering en toezegging`,
    columns: [
      ...["Partner", "Soort"].map(textColumn),
      ...["Kosten", "Aandeel subsidie", "Eigen investering", "Toezegging"].map(numberColumn),
      ...["Toezegging op basis van", "Opmerking"].map(textColumn),
    ],
    rows,
    footnotes: [
      "Eigen investering = kosten − aandeel in de subsidie. De overheadkosten van het partnerschap staan niet bij de partners. Bedragen in hele euro's, zo afgerond dat elke kolom optelt tot haar totaal.",
      ...(y.partners.some((p) => p.ownInvestment < 0)
        ? [
            "Een negatieve eigen investering betekent dat de partner meer uit de subsidie ontvangt dan hij zelf aan kosten maakt.",
          ]
        : []),
    ],
  };
}
