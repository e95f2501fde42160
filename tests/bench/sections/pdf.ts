// Bench section: the proposal PDF for the 150-partner scenario in Node (target: build + render
// ≤ 2 s). Times the pure document builder and pdfmake's rendering separately; reports pages.
import { availableParallelism, loadavg } from "node:os";
import { computeResult, parseSessionText } from "../../../src/engine/index.ts";
import { loadCards, loadDocRecords } from "../../../src/pdf/node/content.ts";
import { renderPdf } from "../../../src/pdf/node/render.ts";
import { proposalDocument } from "../../../src/document/proposal.ts";
import { toPdfmake } from "../../../src/pdf/pdfmake.ts";
import { benchScenario } from "../scenario.ts";
import { ms, stats } from "../timing.ts";

export const name = "Voorstel-PDF (bouwen + renderen)";

const RUNS = 3;
const TARGET_MS = 2000;

export async function run(): Promise<string[]> {
  const outcome = parseSessionText(JSON.stringify(benchScenario()));
  if (!outcome.ok) throw new Error("benchscenario ongeldig");
  const session = outcome.session;
  const result = computeResult(session);
  const [cards, records] = await Promise.all([loadCards(), loadDocRecords()]);
  const options = { final: false, date: new Date(2026, 10, 23), toolVersion: "bench", records };

  // One untimed round loads pdfmake and the fonts (a command-line run pays this once too).
  const first = performance.now();
  await renderPdf(toPdfmake(proposalDocument(session, result, cards, options)));
  const cold = performance.now() - first;

  const build: number[] = [];
  const render: number[] = [];
  const cpu: number[] = [];
  let bytes: Buffer = Buffer.alloc(0);
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const doc = toPdfmake(proposalDocument(session, result, cards, options));
    const t1 = performance.now();
    bytes = await renderPdf(doc);
    build.push(t1 - t0);
    render.push(performance.now() - t1);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const b = stats(build);
  const r = stats(render);
  const total = b.median + r.median;
  // On a shared machine the wall time also counts waiting for a core; CPU time shows the work itself.
  const cpuMedian = stats(cpu).median;
  const pages = (bytes.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return [
    `scenario: ${session.partners.length} partners, ${session.placements.length} plaatsingen, ${session.years.length} schooljaren → ${pages} pagina's, ${(bytes.length / 1024).toFixed(0)} kB`,
    `documentdefinitie bouwen: mediaan ${ms(b.median)} (${RUNS} runs)`,
    `renderen met pdfmake:     mediaan ${ms(r.median)}`,
    `samen: ${ms(total)} (norm ≤ ${TARGET_MS} ms: ${total <= TARGET_MS ? "binnen de norm" : "BOVEN DE NORM"}); processortijd ${ms(cpuMedian)}; eerste keer incl. laden pdfmake en fonts ${ms(cold)}`,
    `belasting van de machine (load average 1 min): ${loadavg()[0]?.toFixed(1) ?? "?"} op ${availableParallelism()} kernen`,
  ];
}
