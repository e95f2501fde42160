/** Chart models: the numbers of each chart, its Dutch title and description, and the same data as a table. */
import type { Result, Session } from "../engine/index.ts";
import { formatEuro } from "../lib/format.ts";
import { labelAmountColumns, numberColumn, partnerName, takesPartIn, textColumn, yearResult } from "./common.ts";
import type { BarChart, Row } from "./types.ts";

/** Per school year: total costs beside income, the income stacked as subsidy and other income. */
export function costsVsIncome(result: Result): BarChart {
  const years = result.years;
  const costs = years.map((y) => y.costs.total);
  const subsidy = years.map((y) => y.income.subsidy);
  const other = years.map((y) => y.income.other);
  const rows: Row[] = years.map((y, i) => ({
    cells: [y.year, formatEuro(costs[i]!), formatEuro(subsidy[i]!), formatEuro(other[i]!), formatEuro(y.income.total)],
    values: [null, costs[i]!, subsidy[i]!, other[i]!, y.income.total],
  }));
  const description = years
    .map((y) => `${y.year}: kosten ${formatEuro(y.costs.total)}, inkomsten ${formatEuro(y.income.total)} (subsidie ${formatEuro(y.income.subsidy)}, overig ${formatEuro(y.income.other)})`)
    .join("; ");
  return {
    title: "Kosten en inkomsten per schooljaar",
    description: `Staafdiagram. Per schooljaar een staaf voor de totale kosten en een staaf voor de inkomsten, opgebouwd uit subsidie en overige inkomsten. ${description}.`,
    groups: years.map((y) => y.year),
    series: [
      { key: "costs", label: "Totale kosten", stack: "costs", values: costs },
      { key: "subsidy", label: "Subsidie", stack: "income", values: subsidy },
      { key: "other", label: "Overige inkomsten", stack: "income", values: other },
    ],
    table: {
      caption: "Kosten en inkomsten per schooljaar (cijfers bij de grafiek)",
      columns: [textColumn("Schooljaar"), ...["Totale kosten", "Subsidie", "Overige inkomsten", "Inkomsten totaal"].map(numberColumn)],
      rows,
    },
  };
}

/** Own investment per partner taking part in the year (may be negative when a share exceeds the costs). */
export function ownInvestmentPerPartner(session: Session, result: Result, year: string): BarChart {
  const y = yearResult(result, year);
  const byId = new Map(y.partners.map((p) => [p.id, p]));
  const partners = session.partners.filter((p) => takesPartIn(p, year));
  const names = partners.map(partnerName);
  const values = partners.map((p) => byId.get(p.id)?.ownInvestment ?? 0);
  const rows: Row[] = partners.map((_, i) => ({ cells: [names[i]!, formatEuro(values[i]!)], values: [null, values[i]!] }));
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
