/**
 * Chapter 5 of the proposal: the risks that change the ask most, each with its effect in euros from
 * the engine (report/sensitivity.ts), and the alternative the budget body has: grant only what the
 * regulation yields, and what each partner then pays itself.
 */
import { formatEuro } from "../lib/format.ts";
import { partnerNameOf, sumEuros } from "../report/index.ts";
import { regulationOnly } from "../report/sensitivity.ts";
import { chapter, col, numCol, para, table } from "./blocks.ts";
import type { Block, DocRow, DocTable } from "./model.ts";
import { ANCHORS, linked } from "./anchors.ts";
import type { ProposalContext } from "./proposal.ts";

/** "€ 12.000 meer", "€ 3.000 minder", "geen verschil". */
export function moreOrLess(amount: number): string {
  if (Math.round(amount) === 0) return "geen verschil";
  return `${formatEuro(Math.abs(amount))} ${amount > 0 ? "meer" : "minder"}`;
}

function sensitivityTable(ctx: ProposalContext): DocTable {
  const { view } = ctx;
  const rows = ctx.sensitivities.map((s) => [`Als ${s.change}`, moreOrLess(s.neededPlan), moreOrLess(s.subsidyPlan), moreOrLess(s.gapAhead)]);
  return table([col("Wat anders uitvalt"), numCol(`Nodig van de regio in ${view.planYear}`, 84), numCol(`Regeling levert in ${view.planYear}`, 84), numCol("Aanvullende vraag, alle jaren samen", 92)], rows, {
    caption: "Gevoeligheden: wat verandert de vraag het meest",
  });
}

function regulationOnlyTable(ctx: ProposalContext): Block[] {
  const { session, result, view } = ctx;
  const rows = regulationOnly(result, view.planYear).filter((r) => r.costs !== 0 || r.share !== 0);
  const body: DocRow[] = rows.map((r) => ({ cells: [partnerNameOf(session, r.id), formatEuro(r.costs), formatEuro(r.share), formatEuro(r.remains)] }));
  body.push({ kind: "total", cells: ["Totaal", formatEuro(sumEuros(rows.map((r) => r.costs))), formatEuro(sumEuros(rows.map((r) => r.share))), formatEuro(sumEuros(rows.map((r) => r.remains)))] });
  const total = sumEuros(rows.map((r) => r.remains));
  const whole = view.plan.ownInvestment.total;
  const overhead = whole === total ? "" : ` Voor het partnerschap als geheel, met de overhead, is de eigen investering ${formatEuro(whole)} (hoofdstuk 3).`;
  return [
    para(
      linked(
      total > 0
        ? `Kent de regio alleen het bedrag van de regeling toe (${formatEuro(view.plan.income.subsidy)}), dan betalen de partners in ${view.planYear} samen ${formatEuro(total)} zelf aan begeleiding, verdeeld volgens de afspraken van hoofdstuk 7.${overhead}`
        : `Kent de regio alleen het bedrag van de regeling toe (${formatEuro(view.plan.income.subsidy)}), dan dekken subsidie en overige inkomsten in ${view.planYear} wat de partners aan begeleiding uitgeven.${overhead}`,
      ),
    ),
    table([col("Partner"), numCol("Kosten", 76), numCol("Aandeel uit regeling en overige inkomsten", 100), numCol("Betaalt de partner zelf", 84)], body, {
      caption: `Als de regio alleen het bedrag van de regeling toekent (${view.planYear})`,
    }),
    para("Een negatief bedrag betekent dat de partner meer ontvangt dan hij in dat jaar zelf aan begeleiding uitgeeft.", "small"),
  ];
}

/** Chapter 5. */
export function risks(ctx: ProposalContext): Block[] {
  return [
    // The heading, its introduction and the short table stay together: no heading alone at a page end.
    {
      kind: "keep",
      blocks: [
        chapter("5  Risico's en het alternatief", { anchor: ANCHORS.risks }),
        para("Deze bedragen rekent Gesprekswijzer uit door de berekening opnieuw te maken met één aangepaste aanname; de rest blijft gelijk. Zo ziet de begrotingstafel welke aannames de vraag het sterkst bepalen."),
        sensitivityTable(ctx),
        para("Meer nodig betekent: de vraag aan de regio wordt zoveel hoger. Een lagere plafondfactor verandert alleen wat de regeling oplevert, niet wat nodig is; het verschil komt dan bij de aanvullende vraag.", "small"),
      ],
    },
    ...regulationOnlyTable(ctx),
  ];
}
