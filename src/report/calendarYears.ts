/**
 * The calendar-year view (cost model §4 `calendarYears`): the figures per calendar year, as the
 * Onderwijsregio's budget body reads them. The engine blends and rounds; this only formats.
 */
import type { CalendarYearResult, Result, Session } from "../engine/index.ts";
import { formatEuro } from "../lib/format.ts";
import { numberColumn, textColumn, valuesRow } from "./common.ts";
import type { Table } from "./types.ts";

type Metric = {
  label: string;
  pick: (c: CalendarYearResult) => number;
  kind?: "subtotal" | "total";
};

/** One column per calendar year whose two school years are both in the session; null when there is none. */
export function calendarYearTable(session: Session, result: Result): Table | null {
  const rows = result.calendarYears;
  if (rows.length === 0) return null;
  const calendar = session.regulation.grant === "calendarYear";
  const metrics: Metric[] = [
    { label: "Totale kosten", pick: (c) => c.costs, kind: "subtotal" },
    {
      label: calendar ? "Subsidie: toekenning van het kalenderjaar" : "Subsidie",
      pick: (c) => c.subsidy,
    },
    { label: "Overige inkomsten", pick: (c) => c.other },
    { label: "Toegezegd door de partners", pick: (c) => c.committed },
    { label: "Nodig van de Onderwijsregio", pick: (c) => c.needed, kind: "total" },
    { label: "Verschil met de subsidie", pick: (c) => c.gap },
  ];
  return {
    caption: "Per kalenderjaar (het begrotingsjaar van de Onderwijsregio)",
    columns: [textColumn("Kalenderjaar"), ...rows.map((c) => numberColumn(String(c.year)))],
    rows: metrics.map((m) => valuesRow(m.label, rows.map(m.pick), formatEuro, m.kind)),
    footnotes: [
      "Een kalenderjaar bevat zeven maanden (januari tot en met juli) van het schooljaar dat erin eindigt en vijf (augustus tot en met december) van het schooljaar dat erin begint; kosten, overige inkomsten en toezeggingen zijn zo verdeeld. Alleen kalenderjaren waarvan beide schooljaren in het gesprek zitten, staan hier.",
      calendar
        ? "De subsidie is de toekenning van dat kalenderjaar: het bedrag per student maal de telling van het laatste schooljaar dat vóór 1 januari is afgerond."
        : "De subsidie is op dezelfde manier uit de schooljaren verdeeld (7/12 en 5/12).",
    ],
  };
}
