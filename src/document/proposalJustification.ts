/**
 * The end of chapter 2, the justification of the ask: the cost and the extra cost per counted
 * student beside the ranges of earlier estimates (the /resultaat/ table, report/benchmark.ts), and
 * what the national quality framework asks that this money secures. The framework's four
 * safeguards are paraphrased from the sources the cards cite; each line names its source as a
 * reader finds it (title, publisher, year, section).
 */
import type { Result } from "../engine/index.ts";
import { citation } from "../lib/citation.ts";
import { costPerStudentTable } from "../report/index.ts";
import { bullets, fromView, heading, keep, para } from "./blocks.ts";
import { chunkColumns } from "./chunkColumns.ts";
import type { Block, Inline } from "./model.ts";
import { ANCHORS } from "./anchors.ts";

/** The four safeguards of the quality framework and what money in this proposal pays for each. */
export const SAFEGUARDS: readonly { name: string; asks: string; secures: string }[] = [
  {
    name: "De lerende leraar",
    asks: "een beroepsbeeld van de leraar dat de partners samen delen en vastleggen",
    secures:
      "de tijd van schoolopleiders en instituutsopleiders voor het gezamenlijke opleidingsprogramma",
  },
  {
    name: "De leeromgeving",
    asks: "een samenhangende leeromgeving op de scholen en bij de opleidingen",
    secures:
      "de begeleidingsuren per student van werkplekbegeleiders, schoolopleiders en instituutsopleiders (de norm hierboven)",
  },
  {
    name: "De organisatie van het partnerschap",
    asks: "heldere en vastgelegde taken, rollen en verantwoordelijkheden",
    secures: "de overhead van het partnerschap: coördinatie, overleg en administratie",
  },
  {
    name: "De kwaliteitscultuur",
    asks: "het onderhouden en verbeteren van de kwaliteit van opleiden en inductie",
    secures: "professionalisering van begeleiders en de jaarlijkse evaluatie van de afspraken",
  },
];

/** Sources of the quality section, as a reader finds them. */
const FRAMEWORK_SOURCE = { doc: "004", section: "§ 1.3 Achtergrond" } as const;
const CARD_SOURCE = {
  doc: "003",
  section: "Vragen m.b.t. kwaliteit en financiën Samen Opleiden, 2e en 3e vraag",
} as const;

/** Cost per student beside the ranges, then the quality framework's safeguards. */
export function justification(result: Result, planYear: string): Block[] {
  const costs = chunkColumns(costPerStudentTable(result, planYear), 5).map((part) =>
    fromView(part, { widths: ["*", ...part.columns.slice(1).map(() => 58)], fontSize: 8 }),
  );
  const intro = para(
    "Wat dit plan per student kost, naast de bandbreedtes uit eerdere landelijke ramingen. Die ramingen zijn oud en niet per sector; ze laten zien of het plan in de gebruikelijke orde van grootte ligt, niet wat de norm moet zijn.",
  );
  const link: Inline = { text: "bijlage A", link: ANCHORS.annexA };
  return [
    // The heading stays with its introduction; the table may start on the next page (its header repeats).
    ...keep(heading("Kosten per student naast eerdere ramingen"), intro),
    ...costs,
    ...keep(
      heading("Wat het kwaliteitskader vraagt en wat dit geld borgt"),
      para(
        `Het landelijk kwaliteitskader Samen Opleiden & Inductie (2020) vraagt van elk partnerschap een basiskwaliteit in vier waarborgen (${citation(FRAMEWORK_SOURCE)}). Het geld van dit voorstel betaalt wat daarvoor nodig is:`,
      ),
    ),
    bullets(
      SAFEGUARDS.map((s) =>
        para([
          { text: `${s.name}: `, bold: true },
          `het kader vraagt ${s.asks}; dit voorstel betaalt ${s.secures}.`,
        ]),
      ),
    ),
    para(
      [
        `De gesprekskaart noemt wat daarvoor op partner- en partnerschapsniveau nodig is: infrastructuur voor opleiden en begeleiden, facilitering, profielen, professionalisering en inbedding in het HR-beleid (${citation(CARD_SOURCE)}). De bronnen staan in `,
        link,
        ".",
      ],
      "small",
    ),
  ];
}
