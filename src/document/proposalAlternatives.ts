/**
 * Chapter 8 of the proposal, "Alternatieven": the chosen scenario beside the other scenarios the
 * partnership worked out (a minimum, an ambition), so the budget body sees what another choice
 * would cost. Present only when the user chose alternatives; chapters 1–7 keep their numbers.
 */
import {
  alternativesCalendarTable,
  alternativesPlanTable,
  alternativesSchoolYearTable,
  planFigures,
} from "../compare/alternatives.ts";
import type { Scenario } from "../compare/compare.ts";
import { inputLabel } from "../compare/inputLabel.ts";
import { differingInputs } from "../compare/inputs.ts";
import { formatEuro, formatNumber } from "../lib/format.ts";
import { bullets, chapter, col, fromView, heading, keep, lead, para, table } from "./blocks.ts";
import type { Block } from "./model.ts";
import type { Alternatives } from "./types.ts";

/** Most differing inputs printed per alternative; the rest are counted. */
export const MAX_DIFFERENCES = 25;

/** The chapter's number and title, as the heading and the table of contents show it. */
export const ALTERNATIVES_TITLE = "8  Alternatieven";

/** "€ 12.000 meer dan", "€ 3.000 minder dan" or "evenveel als" the chosen scenario. */
function compared(euros: number): string {
  if (euros === 0) return "evenveel als";
  return `${formatEuro(Math.abs(euros))} ${euros > 0 ? "meer" : "minder"} dan`;
}

/** One alternative: its figures in one sentence and the inputs that differ from the chosen scenario. */
function alternativeSection(
  chosen: Scenario,
  alternative: Scenario,
  number: number,
  figures: ReturnType<typeof planFigures>["figures"][number],
  year: string,
): Block[] {
  const sentence =
    figures === null
      ? `Dit scenario rekent niet met schooljaar ${year}; de tabellen hierboven tonen de jaren die het wel heeft.`
      : `In ${year} vraagt dit scenario ${formatEuro(figures.needed)} van de Onderwijsregio, ${compared(figures.difference)} het gekozen scenario. De totale kosten zijn ${formatEuro(figures.costs)}, de eigen investering van de partners ${formatEuro(figures.ownInvestment)}, en ${formatNumber(figures.counted)} studenten tellen voor de subsidie.`;
  const differences = differingInputs(chosen.session, alternative.session);
  const out: Block[] = [
    ...keep(heading(`Alternatief ${number}: ${alternative.label}`), para(sentence)),
  ];
  if (differences.length === 0) {
    out.push(para(`De invoer is gelijk aan die van "${chosen.label}".`, "note"));
    return out;
  }
  const shown = differences.slice(0, MAX_DIFFERENCES);
  out.push(
    table(
      [col("Invoer"), col("Gekozen scenario", 110), col("Dit alternatief", 110)],
      shown.map((d) => [inputLabel(d.path, chosen.session, alternative.session), d.from, d.to]),
      {
        caption: `Wat in "${alternative.label}" anders is ingevuld`,
        footnotes:
          differences.length > MAX_DIFFERENCES
            ? [`En nog ${differences.length - MAX_DIFFERENCES} andere verschillen.`]
            : [],
        fontSize: 7.5,
      },
    ),
  );
  return out;
}

/** The proposal's alternatives: the chosen scenario's name, the others, and this chapter's builder. */
export function withAlternatives(chosen: string, scenarios: readonly Scenario[]): Alternatives {
  return { chosen, scenarios, chapter: alternativesChapter, lead: alternativesLead };
}

/** The summary's sentence: how many alternatives, and a link to the chapter. */
export function alternativesLead(alternatives: Alternatives, anchor: string): Block {
  const n = alternatives.scenarios.length;
  return lead("Alternatieven", [
    `Naast dit scenario rekende het partnerschap ${n === 1 ? "een alternatief" : `${n} alternatieven`} door; `,
    { text: "hoofdstuk 8", link: anchor },
    " zet ze naast elkaar, met het verschil in euro's.",
  ]);
}

/** Chapter 8, or nothing when no alternatives were chosen. */
export function alternativesChapter(
  alternatives: Alternatives,
  chosen: Scenario,
  anchor: string,
): Block[] {
  const others = alternatives.scenarios;
  if (others.length === 0) return [];
  const { year, figures } = planFigures(chosen, others);
  const names = others.map((s) => `"${s.label}"`);
  const out: Block[] = [
    chapter(ALTERNATIVES_TITLE, { newPage: true, anchor }),
    para(
      `Dit voorstel vraagt om het gekozen scenario, "${chosen.label}". Het partnerschap rekende ook ${others.length === 1 ? "een alternatief" : `${others.length} alternatieven`} door: ${names.join(", ")}. Dit hoofdstuk zet ze naast elkaar, zodat de begrotingstafel ziet wat een andere keuze kost. Elk bedrag komt uit dezelfde berekening als de rest van het voorstel; het verschil is steeds het alternatief min het gekozen scenario.`,
    ),
    bullets(
      [chosen, ...others].map((s, i) => {
        const partnership = s.session.partnership.name.trim() || "partnerschap zonder naam";
        const who = partnership === s.label ? "" : `${partnership}, `;
        return para([
          { text: s.label, bold: true },
          `${i === 0 ? " (gekozen)" : ""}: ${who}planjaar ${figures[i]?.planYear ?? year}`,
        ]);
      }),
    ),
    fromView(alternativesPlanTable(chosen, others), {
      widths: ["*", 52, 64, 64, 70, 64],
      fontSize: 8,
    }),
  ];
  const askWidths = ["*" as const, ...[chosen, ...others].map(() => "auto" as const)];
  out.push(fromView(alternativesSchoolYearTable(chosen, others), { widths: askWidths }));
  const calendar = alternativesCalendarTable(chosen, others);
  if (calendar !== null) out.push(fromView(calendar, { widths: askWidths }));
  others.forEach((alternative, i) =>
    out.push(...alternativeSection(chosen, alternative, i + 1, figures[i + 1] ?? null, year)),
  );
  return out;
}
