// Bench section: the cost engine on the 150-partner scenario (target: median ≤ 5 ms per full
// computation). Times parseSessionText, parseSession and computeResult separately.
import { availableParallelism, loadavg } from "node:os";
import {
  computeResult,
  parseSession,
  parseSessionText,
  type Session,
} from "../../../src/engine/index.ts";
import { BENCH_SIZE, benchScenario } from "../scenario.ts";
import { cpuPerRun, heapUsedMB, ms, stats, time } from "../timing.ts";

export const name = "Rekenkern (computeResult)";

const RUNS = 300;
const WARMUP = 50;
const TARGET_MS = 5;

export function run(): string[] {
  const draft = benchScenario();
  const text = JSON.stringify(draft);
  const outcome = parseSessionText(text);
  if (!outcome.ok)
    throw new Error(
      `benchscenario ongeldig: ${outcome.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
    );
  const session: Session = outcome.session;
  // The target of issue 8 is for this exact shape: calendar-year grants and five byYear entries.
  const changes = Object.keys(session.regulation.byYear ?? {}).length;
  if (session.regulation.grant !== "calendarYear" || changes !== 5) {
    throw new Error(
      `benchscenario moet per kalenderjaar toekennen met vijf byYear-regels (nu ${session.regulation.grant}, ${changes})`,
    );
  }

  const heapBefore = heapUsedMB();
  let kept = computeResult(session);
  const heapAfter = heapUsedMB();

  const compute = stats(time(() => (kept = computeResult(session)), RUNS, WARMUP));
  const computeCpu = cpuPerRun(() => computeResult(session), RUNS);
  const parseText = stats(time(() => parseSessionText(text), RUNS, WARMUP));
  const parseValue = stats(time(() => parseSession(draft), RUNS, WARMUP));
  const both = stats(
    time(
      () => {
        const parsed = parseSessionText(text);
        if (parsed.ok) computeResult(parsed.session);
      },
      RUNS,
      WARMUP,
    ),
  );

  const placements = session.placements.length;
  const members = session.partners.filter((p) => p.member).length;
  const joiners = session.partners.filter((p) => p.joins !== undefined).length;
  const verdict = compute.median <= TARGET_MS ? "binnen de norm" : "BOVEN DE NORM";
  return [
    `scenario: ${session.partners.length} partners (${BENCH_SIZE.boards} besturen, ${BENCH_SIZE.institutes} opleidingen; ${members} leden, ${joiners} later ingestapt), ` +
      `${session.categories.length} categorieën, ${placements} plaatsingen, ${session.years.length} schooljaren, toekenning per kalenderjaar, ${changes} byYear-regels; sessie ${(text.length / 1024).toFixed(0)} kB JSON`,
    `computeResult:      mediaan ${ms(compute.median)}, p95 ${ms(compute.p95)}, min ${ms(compute.min)} (${RUNS} runs na ${WARMUP} opwarmruns; norm ≤ ${TARGET_MS} ms: ${verdict})`,
    `computeResult CPU:  ${ms(computeCpu)} processortijd per run (gemiddeld; minder gevoelig voor andere processen op de machine)`,
    `parseSessionText:   mediaan ${ms(parseText.median)}, p95 ${ms(parseText.p95)}`,
    `parseSession:       mediaan ${ms(parseValue.median)}, p95 ${ms(parseValue.p95)} (zonder JSON.parse)`,
    `inlezen + rekenen:  mediaan ${ms(both.median)}, p95 ${ms(both.p95)}`,
    `heap na GC:         ${heapBefore.mb.toFixed(1)} MB zonder resultaat, ${heapAfter.mb.toFixed(1)} MB met één resultaat` +
      `${heapAfter.collected ? "" : " (geen GC beschikbaar)"}; resultaat ${(JSON.stringify(kept).length / 1024).toFixed(0)} kB JSON, ${kept.warnings.length} waarschuwingen`,
    // Wall-clock figures on a shared machine say as much about the neighbours as about the engine.
    `belasting van de machine (load average 1 min): ${loadavg()[0]?.toFixed(1) ?? "?"} op ${availableParallelism()} kernen`,
  ];
}
