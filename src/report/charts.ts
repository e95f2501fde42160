/** Chart models: the numbers of each chart, its Dutch title and description, and the same data as a table. */
import type { Result, Session } from "../engine/index.ts";
import { formatEuro } from "../lib/format.ts";
import { labelAmountColumns, partnerName, takesPartIn, yearResult } from "./common.ts";
import type { BarChart, Row } from "./types.ts";

/** Own investment per partner taking part in the year (may be negative when a share exceeds the costs). */
export function ownInvestmentPerPartner(session: Session, result: Result, year: string): BarChart {
  const y = yearResult(result, year);
  const byId = new Map(y.partners.map((p) => [p.id, p]));
  const partners = session.partners.filter((p) => takesPartIn(p, year));
  const names = partners.map(partnerName);
  const values = partners.map((p) => byId.get(p.id)?.ownInvestment ?? 0);
  const rows: Row[] = partners.map((_, i) => ({
    cells: [names[i]!, formatEuro(values[i]!)],
    values: [null, values[i]!],
  }));
  const description = partners.map((_, i) => `${names[i]}: ${formatEuro(values[i]!)}`).join("; ");
  return {
    title: `Eigen investering per partner in ${year}`,
    description: `Staafdiagram met per partner de eigen investering (kosten min aandeel in de subsidie). ${description}.`,
    groups: names,
    series: [{ key: "ownInvestment", label: "Eigen investering", stack: "ownInvestment", values }],
    table: {
      caption: `Eigen investering per partner in ${year} (cijfers bij de grafiek)`,
      columns: labelAmountColumns("Partner", "Eigen investering"),
      rows,
    },
  };
}
