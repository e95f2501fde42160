/**
 * The alternative the budget body has, as a table: per partner in the plan year, costs, its share of
 * subsidy and other income, and what it pays itself if the region grants only the regulation amount.
 * Shown in whole euros that add up, column by column, to the shown totals.
 */
import type { Result, Session } from "../engine/index.ts";
import { formatEuro } from "../lib/format.ts";
import { numberColumn, partnerNameOf, plusRows, sumEuros, textColumn } from "./common.ts";
import { regulationOnly } from "./sensitivity.ts";
import type { Row, Table } from "./types.ts";
import { toCents, wholeEuroPartsOf, wholeEuros } from "./wholeEuros.ts";

/** The table, and the shown total of what the partners pay themselves (for the sentence above it). */
export function regulationOnlyTable(
  session: Session,
  result: Result,
  planYear: string,
): { table: Table; remains: number; shownRemains: number } {
  const rows = regulationOnly(result, planYear).filter((r) => r.costs !== 0 || r.share !== 0);
  const columns = [rows.map((r) => r.costs), rows.map((r) => r.share), rows.map((r) => r.remains)];
  const totals = columns.map(sumEuros);
  const shownTotals = totals.map((t) => wholeEuros(toCents(t)));
  const shown = columns.map((column, i) => wholeEuroPartsOf(column, shownTotals[i]));
  const body: Row[] = rows.map((r, p) => ({
    cells: [partnerNameOf(session, r.id), ...shown.map((column) => formatEuro(column[p] ?? 0))],
    values: [null, r.costs, r.share, r.remains],
  }));
  body.push({
    cells: ["Totaal", ...shownTotals.map(formatEuro)],
    values: [null, ...totals],
    kind: "total",
    sumOf: plusRows(0, body.length),
  });
  return {
    table: {
      caption: `Als de regio alleen het bedrag van de regeling toekent (${planYear})`,
      columns: [
        textColumn("Partner"),
        ...["Kosten", "Aandeel uit regeling en overige inkomsten", "Betaalt de partner zelf"].map(
          numberColumn,
        ),
      ],
      rows: body,
      footnotes: [
        "Een negatief bedrag betekent dat de partner meer ontvangt dan hij in dat jaar zelf aan begeleiding uitgeeft. Bedragen in hele euro's, zo afgerond dat elke kolom optelt tot haar totaal.",
      ],
    },
    remains: totals[2] ?? 0,
    shownRemains: shownTotals[2] ?? 0,
  };
}
