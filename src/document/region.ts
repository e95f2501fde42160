/**
 * The region's joint proposal for the Onderwijsregio's budget body, as a document model (PDF and
 * Word render it): the regional summary first, then one page per partnership. Pure: it renders the
 * region's view tables (src/region/tables.ts), the same ones the region page and Excel show.
 */
import { formatDate, formatEuro } from "../lib/format.ts";
import {
  type RegionResult,
  RULE_EXPLANATIONS,
  RULE_LABELS,
  allocationTable,
  allocationsFor,
  partnershipTable,
  regionTotalsTable,
  regionYearTable,
  sectorLabel,
} from "../region/index.ts";
import { bullets, chapter, document, fromView, heading, para } from "./blocks.ts";
import type { Block, DocModel } from "./model.ts";

/** What the region document needs besides the region. */
export interface RegionDocOptions {
  /** The Onderwijsregio's name ("" when unknown). */
  regionName: string;
  date: Date;
  toolVersion: string;
}

const FONT = 7.5;

function summary(region: RegionResult, options: RegionDocOptions): Block[] {
  const out: Block[] = [
    chapter(
      `Gezamenlijk voorstel van de partnerschappen SO&P${options.regionName ? ` in ${options.regionName}` : ""}`,
      { anchor: "regio" },
    ),
    para(
      `Dit voorstel bundelt de berekeningen van ${region.partnerships.length} partnerschap${region.partnerships.length === 1 ? "" : "pen"} (${region.partnerships.map((p) => `${p.name}, ${sectorLabel(p.sector)}`).join("; ")}) per kalenderjaar, het jaar waarin de Onderwijsregio begroot. Per partnerschap staat wat het kost, wat de regeling oplevert, wat de partners zelf toezeggen en wat het partnerschap minimaal van de Onderwijsregio nodig heeft. Datum: ${formatDate(options.date)}.`,
    ),
    fromView(regionTotalsTable(region), { fontSize: FONT }),
  ];
  const budget = region.budget;
  if (budget !== undefined && region.years.some((y) => y.year === budget.year)) {
    const allocations = allocationsFor(region, budget.year, budget.amount);
    const asked = region.years.find((y) => y.year === budget.year)?.needed ?? 0;
    out.push(heading(`Het regionale budget voor ${budget.year}`));
    out.push(
      para(
        asked > budget.amount
          ? `De partnerschappen vragen samen ${formatEuro(asked / 100)}; het budget is ${formatEuro(budget.amount / 100)}. De tabel laat zien hoe het budget onder elk van drie eenvoudige regels verdeeld zou worden. Voorgesteld: ${RULE_LABELS[budget.rule].toLowerCase()}. ${RULE_EXPLANATIONS[budget.rule]}`
          : `Het budget van ${formatEuro(budget.amount / 100)} dekt wat de partnerschappen samen vragen (${formatEuro(asked / 100)}). De tabel laat zien hoe het hele budget onder elk van de drie regels verdeeld zou worden.`,
      ),
    );
    out.push(fromView(allocationTable(budget.year, allocations), { fontSize: FONT }));
  }
  if (region.checks.length > 0) {
    out.push(heading("Aandachtspunten"));
    out.push(
      bullets(region.checks.map((c) => [para(c.message), para(`Bron: ${c.source}`, "footnote")])),
    );
  }
  for (const year of region.years)
    out.push(fromView(regionYearTable(region, year.year), { fontSize: FONT }));
  return out;
}

/** The joint proposal: regional summary first, then one page per partnership. */
export function regionDocument(region: RegionResult, options: RegionDocOptions): DocModel {
  const pages = region.partnerships.flatMap((p, i): Block[] => [
    chapter(p.name, { newPage: true }),
    para(`Sector: ${sectorLabel(p.sector)}. Planjaar: ${p.planYear}. Regeling: ${p.regulation}.`),
    fromView(partnershipTable(region, i), { fontSize: FONT }),
  ]);
  return document(
    {
      title: `Gezamenlijk voorstel SO&P${options.regionName ? ` — ${options.regionName}` : ""}`,
      subject: "Voorstel van de partnerschappen SO&P aan de begrotingstafel van de Onderwijsregio",
      author: region.partnerships.map((p) => p.name).join(", "),
      keywords: "Samen Opleiden, Onderwijsregio, begroting, partnerschappen",
      creator: `Gesprekswijzer ${options.toolVersion}`,
      running: `Gezamenlijk voorstel SO&P${options.regionName ? ` — ${options.regionName}` : ""}`,
      status: "Concept",
      language: "nl-NL",
      // Nine columns of amounts need the width of a landscape page.
      orientation: "landscape",
    },
    [...summary(region, options), ...pages],
  );
}
