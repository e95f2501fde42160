// Bench section: the region of 30 partnerships of 150 partners each over 10 school years
// (target: median ≤ 300 ms for computing every session plus the totals, sector totals, checks
// and a budget division), and the region's tables as the page and the documents build them.
import { availableParallelism, loadavg } from "node:os";
import { type Session, parseSession } from "../../../src/engine/index.ts";
import {
  allocationTable,
  allocationsFor,
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

export function run(): string[] {
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

  const compute = stats(time(() => computeRegion(sessions, budget), RUNS, WARMUP));
  const cpu = cpuPerRun(() => computeRegion(sessions, budget), RUNS);
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
    `computeRegion CPU:  ${ms(cpu)} processortijd per run`,
    `tabellen van de regiopagina: mediaan ${ms(tables.median)}, p95 ${ms(tables.p95)}`,
    `belasting van de machine (load average 1 min): ${loadavg()[0]?.toFixed(1) ?? "?"} op ${availableParallelism()} kernen`,
  ];
}
