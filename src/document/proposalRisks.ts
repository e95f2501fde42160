/**
 * Chapter 5 of the proposal: the risks that change the ask most, each with its effect in euros from
 * the engine (report/sensitivity.ts), and the alternative the budget body has: grant only what the
 * regulation yields, and what each partner then pays itself.
 */
import { formatEuro } from "../lib/format.ts";
import { regulationOnlyTable, toCents, wholeEuros } from "../report/index.ts";
import { chapter, col, fromView, numCol, para, table } from "./blocks.ts";
import type { Block, DocTable } from "./model.ts";
import { ANCHORS, linked } from "./anchors.ts";
import type { ProposalContext } from "./proposal.ts";

/** "€ 12.000 meer", "€ 3.000 minder", "geen verschil". */
export function moreOrLess(amount: number): string {
  const shown = wholeEuros(toCents(amount));
  if (shown === 0) return "geen verschil";
  return `${formatEuro(Math.abs(shown))} ${shown > 0 ? "meer" : "minder"}`;
}

function sensitivityTable(ctx: ProposalContext): DocTable {
  const { view } = ctx;
  const rows = ctx.sensitivities.map((s) => [
    `Als ${s.change}`,
    moreOrLess(s.neededPlan),
    moreOrLess(s.subsidyPlan),
    moreOrLess(s.gapAhead),
  ]);
  return table(
    [
      col("Wat anders uitvalt"),
      numCol(`Nodig van de regio in ${view.planYear}`, 84),
      numCol(`Regeling levert in ${view.planYear}`, 84),
      numCol("Aanvullende vraag, alle jaren samen", 92),
    ],
    rows,
    {
      caption: "Gevoeligheden: wat verandert de vraag het meest",
    },
  );
}

function regulationOnlyPart(ctx: ProposalContext): Block[] {
  const { session, result, view } = ctx;
  const {
    table: shown,
    remains,
    shownRemains,
  } = regulationOnlyTable(session, result, view.planYear);
  const whole = view.plan.ownInvestment.total;
  const overhead =
    whole === remains
      ? ""
      : ` Voor het partnerschap als geheel, met de overhead, is de eigen investering ${formatEuro(whole)} (hoofdstuk 3).`;
  return [
    para(
      linked(
        remains > 0
          ? `Kent de regio alleen het bedrag van de regeling toe (${formatEuro(view.plan.income.subsidy)}), dan betalen de partners in ${view.planYear} samen ${formatEuro(shownRemains)} zelf aan begeleiding, verdeeld volgens de afspraken van hoofdstuk 7.${overhead}`
          : `Kent de regio alleen het bedrag van de regeling toe (${formatEuro(view.plan.income.subsidy)}), dan dekken subsidie en overige inkomsten in ${view.planYear} wat de partners aan begeleiding uitgeven.${overhead}`,
      ),
    ),
    fromView(shown, { widths: ["*", 76, 100, 84] }),
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
        para(
          "Deze bedragen rekent Gesprekswijzer uit door de berekening opnieuw te maken met één aangepaste aanname; de rest blijft gelijk. Zo ziet de begrotingstafel welke aannames de vraag het sterkst bepalen.",
        ),
        sensitivityTable(ctx),
        para(
          "Meer nodig betekent: de vraag aan de regio wordt zoveel hoger. Een lagere plafondfactor verandert alleen wat de regeling oplevert, niet wat nodig is; het verschil komt dan bij de aanvullende vraag.",
          "small",
        ),
      ],
    },
    ...regulationOnlyPart(ctx),
  ];
}
