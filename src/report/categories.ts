/** Cost per student per category (Bijlage 2): boards (WPB + SO + stipend) and institutes (IO). */
import type { Result, Session } from "../engine/index.ts";
import { formatEuro, formatEuroCents, formatNumber } from "../lib/format.ts";
import { categoryName, numberColumn, sumEuros, textColumn, yearResult } from "./common.ts";
import type { Column, Row, Table } from "./types.ts";

/** The category cost table of one year, with the hours per role per student it rests on. */
export function categoryCostTable(session: Session, result: Result, year: string): Table {
  const y = yearResult(result, year);
  const byId = new Map(y.categories.map((c) => [c.id, c]));
  const withStipend = session.categories.some((c) => c.stipend > 0);
  const columns: Column[] = [
    ...["Categorie", "Telt voor subsidie"].map(textColumn),
    ...[
      "Uren WPB per student",
      "Uren SO per student",
      "Uren IO per student",
      ...(withStipend ? ["Stagevergoeding"] : []),
    ].map(numberColumn),
    ...["Schoolbesturen per student", "Lerarenopleidingen per student", "Totaal per student"].map(
      numberColumn,
    ),
  ];
  const rows: Row[] = session.categories.map((c) => {
    const per = byId.get(c.id)?.perStudent ?? { boards: 0, institutes: 0 };
    const total = sumEuros([per.boards, per.institutes]);
    const hours = [c.perStudent.WPB ?? 0, c.perStudent.SO ?? 0, c.perStudent.IO ?? 0];
    return {
      cells: [
        categoryName(c),
        c.subsidised ? "ja" : "nee",
        ...hours.map(formatNumber),
        ...(withStipend ? [formatEuro(c.stipend)] : []),
        // In cents: amounts per student are small, and boards + institutes must add up as shown.
        formatEuroCents(per.boards),
        formatEuroCents(per.institutes),
        formatEuroCents(total),
      ],
      values: [
        null,
        null,
        ...hours,
        ...(withStipend ? [c.stipend] : []),
        per.boards,
        per.institutes,
        total,
      ],
    };
  });
  const { WPB, SO, IO } = session.rates;
  const footnotes = [
    `Uren × uurtarief van het partnerschap: WPB ${formatEuroCents(WPB)}, SO ${formatEuroCents(SO)}, IO ${formatEuroCents(IO)} per uur${session.indexation > 0 ? `, geïndexeerd tot ${year}` : ""}.`,
    "Alleen de uren per student; uren per groep en per stagedag en de uren per school tellen wel mee in de totale kosten, maar niet in deze bedragen.",
  ];
  return {
    caption: `Begeleidingskosten per student per categorie in ${year}`,
    columns,
    rows,
    footnotes,
  };
}
