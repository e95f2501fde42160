/**
 * The points a budget body must see before it decides, each with its effect in euros: the engine's
 * own figures (more paid out than received, overhead not covered, a reserve while asking for more),
 * a plan year already past, hourly rates not yet checked (effect from the engine run with higher
 * rates). The engine's own warnings reach the summary through report/warnings.ts. Pure.
 */
import { type Result, type Session, startOf } from "../engine/index.ts";
import { formatDate, formatEuro, formatPercent } from "../lib/format.ts";
import { ratesCheckOf } from "../lib/ratesCheck.ts";
import { RATE_RISE, type Sensitivity } from "../report/sensitivity.ts";

/** The attention points, in order: per year the engine's figures, then the plan year, then the rates. */
export function attentionPoints(
  session: Session,
  result: Result,
  planYear: string,
  date: Date,
  sensitivities: readonly Sensitivity[],
): string[] {
  const out: string[] = [];
  for (const y of result.years.filter((x) => x.year >= planYear)) {
    const d = y.distribution;
    if (d.payoutDeficit > 0)
      out.push(
        `${y.year}: er gaat ${formatEuro(d.payoutDeficit)} meer naar de partners dan er aan subsidie en overige inkomsten binnenkomt. Pas de verdeling aan of dek dit tekort.`,
      );
    if (d.overheadUncovered > 0)
      out.push(
        `${y.year}: ${formatEuro(d.overheadUncovered)} van de overhead is niet gedekt door subsidie of overige inkomsten; de partners betalen dit zelf.`,
      );
    if (d.reserve > 0 && y.request.gap > 0)
      out.push(
        `${y.year}: er blijft ${formatEuro(d.reserve)} over als reserve, terwijl het partnerschap ${formatEuro(y.request.gap)} meer vraagt dan de regeling oplevert. Licht die reserve toe of verlaag de vraag.`,
      );
  }
  // A school year ends on 31 July; a proposal for a year that has ended asks for money after the fact.
  const end = new Date(startOf(planYear) + 1, 6, 31);
  const plan = result.years.find((y) => y.year === planYear);
  if (end < date && plan !== undefined)
    out.push(
      `Het planjaar ${planYear} is op ${formatDate(end)} geëindigd; dit voorstel vraagt ${formatEuro(plan.request.needed)} voor een jaar dat voorbij is. Kies een later planjaar.`,
    );
  if (!ratesCheckOf(session).confirmed) {
    const rates = sensitivities.find((s) => s.key === "rates");
    const effect =
      rates === undefined
        ? ""
        : ` Liggen ze ${formatPercent(RATE_RISE)} hoger, dan is in ${planYear} ${formatEuro(rates.neededPlan)} meer nodig.`;
    out.push(
      `De uurtarieven zijn nog niet getoetst aan de actuele gemiddelde personeelslast (GPL).${effect}`,
    );
  }
  return out;
}
