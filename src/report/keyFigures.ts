/** The six key figures of a school year, for the live panel, the results page and the PDF summary. */
import type { Result } from "../engine/index.ts";
import { formatEuro, formatPercent } from "../lib/format.ts";
import { yearResult } from "./years.ts";
import type { KeyFigures } from "./types.ts";

/** Total costs, subsidy, own investment, coverage, needed and gap of the year, formatted. */
export function keyFigures(result: Result, planYear: string): KeyFigures {
  const y = yearResult(result, planYear);
  return {
    year: y.year,
    items: [
      { key: "totalCosts", label: "Totale kosten", value: y.costs.total, text: formatEuro(y.costs.total), hint: "Schoolbesturen, lerarenopleidingen en overhead samen." },
      { key: "subsidy", label: "Subsidie", value: y.income.subsidy, text: formatEuro(y.income.subsidy), hint: "Wat de regeling oplevert op basis van de getelde studenten." },
      { key: "ownInvestment", label: "Eigen investering", value: y.ownInvestment.total, text: formatEuro(y.ownInvestment.total), hint: "Totale kosten min alle inkomsten." },
      { key: "coverage", label: "Dekking", value: y.coverage, text: formatPercent(y.coverage), hint: "Deel van de kosten dat subsidie en overige inkomsten dekken." },
      { key: "needed", label: "Nodig van de Onderwijsregio", value: y.request.needed, text: formatEuro(y.request.needed), hint: "Kosten min toezeggingen van de partners en overige inkomsten." },
      { key: "gap", label: "Verschil met de subsidie", value: y.request.gap, text: formatEuro(y.request.gap), hint: "Wat jullie boven de subsidie moeten vragen (negatief: de subsidie is ruim genoeg)." },
    ],
  };
}
