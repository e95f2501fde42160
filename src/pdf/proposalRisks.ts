/**
 * Chapter 5 of the proposal: the risks that change the ask most, each with its effect in euros from
 * the engine (report/sensitivity.ts), and the alternative the budget body has: grant only what the
 * regulation yields, and what each partner then pays itself.
 */
import type { Content, TableCell } from "pdfmake/interfaces";
import { formatEuro } from "../lib/format.ts";
import { partnerNameOf, sumEuros } from "../report/index.ts";
import { regulationOnly } from "../report/sensitivity.ts";
import { cell, chapter, num, para, table, th } from "./blocks.ts";
import type { ProposalContext } from "./proposal.ts";

/** "€ 12.000 meer", "€ 3.000 minder", "geen verschil". */
export function moreOrLess(amount: number): string {
  if (Math.round(amount) === 0) return "geen verschil";
  return `${formatEuro(Math.abs(amount))} ${amount > 0 ? "meer" : "minder"}`;
}

function sensitivityTable(ctx: ProposalContext): Content {
  const { view } = ctx;
  const rows: TableCell[][] = ctx.sensitivities.map((s) => [cell(`Als ${s.change}`), num(moreOrLess(s.neededPlan)), num(moreOrLess(s.subsidyPlan)), num(moreOrLess(s.gapAhead))]);
  return table(
    [th("Wat anders uitvalt"), th(`Nodig van de regio in ${view.planYear}`, "right"), th(`Regeling levert in ${view.planYear}`, "right"), th("Aanvullende vraag, alle jaren samen", "right")],
    rows,
    ["*", 84, 84, 92],
    { caption: "Gevoeligheden: wat verandert de vraag het meest" },
  );
}

function regulationOnlyTable(ctx: ProposalContext): Content[] {
  const { session, result, view } = ctx;
  const rows = regulationOnly(result, view.planYear).filter((r) => r.costs !== 0 || r.share !== 0);
  const body: TableCell[][] = rows.map((r) => [cell(partnerNameOf(session, r.id)), num(formatEuro(r.costs)), num(formatEuro(r.share)), num(formatEuro(r.remains))]);
  body.push([cell("Totaal", { bold: true }), num(formatEuro(sumEuros(rows.map((r) => r.costs))), true), num(formatEuro(sumEuros(rows.map((r) => r.share))), true), num(formatEuro(sumEuros(rows.map((r) => r.remains))), true)]);
  const total = sumEuros(rows.map((r) => r.remains));
  const whole = view.plan.ownInvestment.total;
  const overhead = whole === total ? "" : ` Voor het partnerschap als geheel, met de overhead, is de eigen investering ${formatEuro(whole)} (hoofdstuk 3).`;
  return [
    para(
      total > 0
        ? `Kent de regio alleen het bedrag van de regeling toe (${formatEuro(view.plan.income.subsidy)}), dan betalen de partners in ${view.planYear} samen ${formatEuro(total)} zelf aan begeleiding, verdeeld volgens de afspraken van hoofdstuk 7.${overhead}`
        : `Kent de regio alleen het bedrag van de regeling toe (${formatEuro(view.plan.income.subsidy)}), dan dekken subsidie en overige inkomsten in ${view.planYear} wat de partners aan begeleiding uitgeven.${overhead}`,
    ),
    table([th("Partner"), th("Kosten", "right"), th("Aandeel uit regeling en overige inkomsten", "right"), th("Betaalt de partner zelf", "right")], body, ["*", 76, 100, 84], { caption: `Als de regio alleen het bedrag van de regeling toekent (${view.planYear})` }),
    para("Een negatief bedrag betekent dat de partner meer ontvangt dan hij in dat jaar zelf aan begeleiding uitgeeft.", "small"),
  ];
}

/** Chapter 5. */
export function risks(ctx: ProposalContext): Content[] {
  return [
    // The heading, its introduction and the short table stay together: no heading alone at a page end.
    {
      stack: [
        chapter("5  Risico's en het alternatief"),
        para("Deze bedragen rekent Gesprekswijzer uit door de berekening opnieuw te maken met één aangepaste aanname; de rest blijft gelijk. Zo ziet de begrotingstafel welke aannames de vraag het sterkst bepalen."),
        sensitivityTable(ctx),
        para("Meer nodig betekent: de vraag aan de regio wordt zoveel hoger. Een lagere plafondfactor verandert alleen wat de regeling oplevert, niet wat nodig is; het verschil komt dan bij de aanvullende vraag.", "small"),
      ],
      unbreakable: true,
    },
    ...regulationOnlyTable(ctx),
  ];
}
