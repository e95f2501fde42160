// Bench section: the region of 30 partnerships of 150 partners each over 10 school years
// (target: median ≤ 300 ms for computing every session plus the totals, sector totals, checks
// and a budget division), and the region's tables as the page and the documents build them.
import { availableParallelism, loadavg } from "node:os";
import { PerformanceObserver } from "node:perf_hooks";
import { type Session, computeResult, parseSession } from "../../../src/engine/index.ts";
import {
  allocationTable,
  allocationsFor,
  combineRegion,
  computeRegion,
  regionTotalsTable,
  regionYearTable,
} from "../../../src/region/index.ts";
import { benchScenario } from "../scenario.ts";
import { cpuPerRun, ms, stats, time } from "../timing.ts";

export const name = "Regio (30 partnerschappen × 150 partners × 10 jaar)";

const PARTNERSHIPS = 30;
const RUNS = 15;
const WARMUP = 3;
const TARGET_MS = 300;
const SECTORS = ["po", "vo", "mbo", "po-vo"] as const;

export async function run(): Promise<string[]> {
  const sessions: Session[] = Array.from({ length: PARTNERSHIPS }, (_, i) => {
    const draft = benchScenario(undefined, 2025 + i);
    draft.partnership = {
      name: `Partnerschap ${i + 1}`,
      sector: SECTORS[i % SECTORS.length]!,
      region: "Bench",
    };
    const outcome = parseSession(draft);
    if (!outcome.ok) throw new Error(`benchscenario ${i} ongeldig`);
    return outcome.session;
  });
  const first = computeRegion(sessions);
  const year = first.years[Math.floor(first.years.length / 2)]!.year;
  const budget = {
    year,
    amount: Math.round(first.years.find((y) => y.year === year)!.needed * 0.8),
    rule: "regeling-eerst" as const,
  };

  // Garbage collection as V8 reports it (wall time of each pause, waiting for a core included).
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gc.observe({ entryTypes: ["gc"] });
  const compute = stats(time(() => computeRegion(sessions, budget), RUNS, WARMUP));
  // V8 reports the pauses after the synchronous runs: one turn of the event loop delivers them.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const gcPerRun = gcMs / (RUNS + WARMUP);
  gc.disconnect();
  const cpu = cpuPerRun(() => computeRegion(sessions, budget), RUNS);
  // The parts: the engine once per session, then combining (totals, sectors, checks, division).
  const engine = stats(time(() => sessions.map(computeResult), RUNS, 1));
  const members = sessions.map((session) => ({ session, result: computeResult(session) }));
  const combine = stats(time(() => combineRegion(members, budget), 50, 5));
  // What the region page does (src/stores/region.ts): results are kept per session, so a changed
  // budget only combines again, and a file added computes that one session.
  const added = stats(
    time(
      () =>
        combineRegion([...members, { session: sessions[0]!, result: computeResult(sessions[0]!) }]),
      RUNS,
      1,
    ),
  );
  const region = computeRegion(sessions, budget);
  const tables = stats(
    time(
      () => {
        regionTotalsTable(region);
        for (const y of region.years) regionYearTable(region, y.year);
        allocationTable(year, allocationsFor(region, year, budget.amount));
      },
      50,
      5,
    ),
  );
  const verdict = compute.median <= TARGET_MS ? "binnen de norm" : "BOVEN DE NORM";
  return [
    `regio: ${sessions.length} sessies, elk ${sessions[0]!.partners.length} partners, ${sessions[0]!.placements.length} plaatsingen en ${sessions[0]!.years.length} schooljaren; ${region.years.length} kalenderjaren, budget voor ${year}`,
    `computeRegion:      mediaan ${ms(compute.median)}, p95 ${ms(compute.p95)}, min ${ms(compute.min)} (${RUNS} runs na ${WARMUP} opwarmruns; alle sessies + totalen + verdeling; norm ≤ ${TARGET_MS} ms: ${verdict})`,
    `computeRegion CPU:  ${ms(cpu)} processortijd per run (wandklok ÷ CPU = ${(compute.median / cpu).toFixed(1)}: wachten op een kern bij deze belasting)`,
    `  waarvan de rekenkern (30 × computeResult): mediaan ${ms(engine.median)}; samenvoegen (totalen, sectoren, controles, verdeling): mediaan ${ms(combine.median)}`,
    `  garbage collection: ${ms(gcPerRun)} per run (pauzes volgens V8, wachten op een kern inbegrepen)`,
    `regiopagina, budget gewijzigd (alleen samenvoegen, resultaten per sessie bewaard): mediaan ${ms(combine.median)}`,
    `regiopagina, een 31e bestand erbij (één sessie rekenen + samenvoegen): mediaan ${ms(added.median)}`,
    `tabellen van de regiopagina: mediaan ${ms(tables.median)}, p95 ${ms(tables.p95)}`,
    `belasting van de machine (load average 1 min): ${loadavg()[0]?.toFixed(1) ?? "?"} op ${availableParallelism()} kernen`,
  ];
}
