/**
 * Chapter 5 of the proposal: the risks that change the ask most, each with its effect in euros from
 * the engine (report/sensitivity.ts), and the alternative the budget body has: grant only what the
 * regulation yields, and what each partner then pays itself.
 */
import type { Content, TableCell } from "pdfmake/interfaces";
import { formatEuro } from "../lib/format.ts";
import { regulationOnlyTable, toCents, wholeEuros } from "../report/index.ts";
import { cell, chapter, num, para, table, th } from "./blocks.ts";
import type { ProposalContext } from "./proposal.ts";
import { viewTable } from "./viewTable.ts";

/** "€ 12.000 meer", "€ 3.000 minder", "geen verschil". */
export function moreOrLess(amount: number): string {
  const shown = wholeEuros(toCents(amount));
  if (shown === 0) return "geen verschil";
  return `${formatEuro(Math.abs(shown))} ${shown > 0 ? "meer" : "minder"}`;
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

function regulationOnlyPart(ctx: ProposalContext): Content[] {
  const { session, result, view } = ctx;
  const { table: shown, remains, shownRemains } = regulationOnlyTable(session, result, view.planYear);
  const whole = view.plan.ownInvestment.total;
  const overhead = whole === remains ? "" : ` Voor het partnerschap als geheel, met de overhead, is de eigen investering ${formatEuro(whole)} (hoofdstuk 3).`;
  return [
    para(
      remains > 0
        ? `Kent de regio alleen het bedrag van de regeling toe (${formatEuro(view.plan.income.subsidy)}), dan betalen de partners in ${view.planYear} samen ${formatEuro(shownRemains)} zelf aan begeleiding, verdeeld volgens de afspraken van hoofdstuk 7.${overhead}`
        : `Kent de regio alleen het bedrag van de regeling toe (${formatEuro(view.plan.income.subsidy)}), dan dekken subsidie en overige inkomsten in ${view.planYear} wat de partners aan begeleiding uitgeven.${overhead}`,
    ),
    ...viewTable(shown, { widths: ["*", 76, 100, 84] }),
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
    ...regulationOnlyPart(ctx),
  ];
}
