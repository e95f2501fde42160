// Bench section: the largest session the limits allow (src/engine/limits.ts): MAX_PARTNERS
// partners with names of MAX_NAME_LENGTH characters, MAX_CATEGORIES categories, MAX_PLACEMENTS
// rows, MAX_YEARS school years, and every question of the deck answered with MAX_TEXT_LENGTH characters
// in each of its three fields. Times reading, computing, the proposal and the summary PDF in Node.
import { availableParallelism, loadavg } from "node:os";
import {
  MAX_CATEGORIES,
  MAX_NAME_LENGTH,
  MAX_PARTNERS,
  MAX_PLACEMENTS,
  MAX_TEXT_LENGTH,
  MAX_YEARS,
  computeResult,
  parseSessionText,
} from "../../../src/engine/index.ts";
import { loadCards, loadDocRecords } from "../../../src/pdf/node/content.ts";
import { renderPdf } from "../../../src/pdf/node/render.ts";
import { proposalDocument } from "../../../src/document/proposal.ts";
import { summaryDocument } from "../../../src/document/summary.ts";
import { toPdfmake } from "../../../src/pdf/pdfmake.ts";
import { benchScenario } from "../scenario.ts";
import { ms } from "../timing.ts";

export const name = "Grootste toegestane sessie (limieten)";

/** A text of exactly `length` characters that wraps like prose. */
const prose = (length: number, seed: string): string =>
  `${seed} `
    .concat(
      "Afspraak over begeleiding en facilitering op de werkplek. ".repeat(Math.ceil(length / 57)),
    )
    .slice(0, length);

export async function run(): Promise<string[]> {
  const institutes = 20;
  const draft = benchScenario({
    boards: MAX_PARTNERS - institutes,
    institutes,
    categories: MAX_CATEGORIES,
    placements: MAX_PLACEMENTS,
    years: MAX_YEARS,
  }) as Record<string, unknown> & {
    partners: { name: string }[];
    categories: { name: string }[];
  };
  draft.partners.forEach((p, i) => (p.name = prose(MAX_NAME_LENGTH, `Partner ${i}`)));
  draft.categories.forEach((c, i) => (c.name = prose(MAX_NAME_LENGTH, `Categorie ${i}`)));
  const cards = await loadCards();
  const questions = cards.flatMap((card) => card.questions.map((q) => q.id));
  draft["answers"] = Object.fromEntries(
    questions.map((id) => [
      id,
      {
        notes: prose(MAX_TEXT_LENGTH, "N"),
        agreements: prose(MAX_TEXT_LENGTH, "A"),
        open: prose(MAX_TEXT_LENGTH, "O"),
      },
    ]),
  );
  const text = JSON.stringify(draft);

  let t = performance.now();
  const outcome = parseSessionText(text);
  const readMs = performance.now() - t;
  if (!outcome.ok)
    throw new Error(
      `grootste sessie ongeldig: ${outcome.problems
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join("; ")}`,
    );
  const session = outcome.session;
  t = performance.now();
  const result = computeResult(session);
  const computeMs = performance.now() - t;

  const records = await loadDocRecords();
  const options = { final: false, date: new Date(2026, 10, 23), toolVersion: "bench", records };
  // Processor time next to wall time: on a shared machine the wall time also counts waiting for a core.
  const cpuMs = (since: NodeJS.CpuUsage): number => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  t = performance.now();
  let cpu = process.cpuUsage();
  const proposal = await renderPdf(toPdfmake(proposalDocument(session, result, cards, options)));
  const proposalMs = performance.now() - t;
  const proposalCpu = cpuMs(cpu);
  t = performance.now();
  cpu = process.cpuUsage();
  const summary = await renderPdf(toPdfmake(summaryDocument(session, cards, options)));
  const summaryMs = performance.now() - t;
  const summaryCpu = cpuMs(cpu);
  const pages = (bytes: Buffer): number =>
    (bytes.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

  return [
    `sessie: ${session.partners.length} partners, ${session.categories.length} categorieën, ${session.placements.length} plaatsingen, ${session.years.length} schooljaren, ${questions.length} vragen × 3 velden × ${MAX_TEXT_LENGTH} tekens; ${(text.length / 1_000_000).toFixed(1)} MB JSON`,
    `lezen en controleren: ${ms(readMs)}; rekenen: ${ms(computeMs)}`,
    `voorstel-PDF (bouwen + renderen, incl. eerste keer laden pdfmake): ${ms(proposalMs)} (processortijd ${ms(proposalCpu)}), ${pages(proposal)} pagina's`,
    `gespreksverslag-PDF: ${ms(summaryMs)} (processortijd ${ms(summaryCpu)}), ${pages(summary)} pagina's`,
    `belasting van de machine (load average 1 min): ${loadavg()[0]?.toFixed(1) ?? "?"} op ${availableParallelism()} kernen`,
  ];
}
