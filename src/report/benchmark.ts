/**
 * Cost per student beside the ranges in the sources (ECBO 2021, §2.2): total cost and the cost
 * above the regulation per student who counts for the subsidy, so a reader sees whether the plan
 * is in the usual range and why it may differ. The ranges are shipped data with their source
 * (content/benchmarks/), checked by a zod schema (benchmarkSchema.ts).
 */
import benchmarkJson from "../../content/benchmarks/ecbo-2021.json" with { type: "json" };
import type { Result } from "../engine/index.ts";
import { citation } from "../lib/citation.ts";
import { formatEuro } from "../lib/format.ts";
import { numberColumn, textColumn, valuesRow } from "./common.ts";
import { storyOf } from "./story.ts";
import { yearHeading } from "./storyViews.ts";
import type { Benchmark } from "./benchmarkSchema.ts";
import type { Table } from "./types.ts";
import { wholeEurosPer } from "./wholeEuros.ts";

/** The shipped ECBO 2021 ranges, as written: tests/report/benchmark.test.ts checks them against
 * benchmarkSchema (the pages then need not load zod to read them). */
export const ECBO_2021: Benchmark = benchmarkJson;

/** "binnen", "boven" or "onder" (the range); "–" without students. */
export function rangeVerdict(value: number | null, r: { low: number; high: number }): string {
  if (value === null) return "–";
  if (value < r.low) return "onder";
  if (value > r.high) return "boven";
  return "binnen";
}

/** "€ 700–€ 4.900" */
const rangeText = (r: { low: number; high: number }): string =>
  `${formatEuro(r.low)}–${formatEuro(r.high)}`;

/** Per school year: students who count, cost and cost above the regulation per such student, beside the ranges. */
export function costPerStudentTable(
  result: Result,
  planYear?: string,
  benchmark: Benchmark = ECBO_2021,
): Table {
  const years = result.years;
  // Whole euros per student from the story's shown amounts, so the table agrees with the key figures.
  const per = (pick: (y: (typeof years)[number]) => number): (number | null)[] =>
    years.map((y) => wholeEurosPer(pick(y), y.students.countable));
  const total = per((y) => storyOf(y).costs.euros);
  const extra = per((y) => storyOf(y).costs.euros - storyOf(y).parts[0]!.euros);
  const show = (v: number | null): string => (v === null ? "–" : formatEuro(v));
  const row = (label: string, values: (number | null)[], format: (v: number | null) => string) => ({
    cells: [label, ...values.map(format)],
    values: [null, ...values],
  });
  const { total: t, extra: e } = benchmark.ranges;
  return {
    caption: "Kosten per student, naast de bandbreedtes uit eerdere ramingen",
    columns: [
      textColumn("Per student die voor de subsidie telt"),
      ...years.map((y) => numberColumn(yearHeading(y.year, planYear))),
    ],
    rows: [
      valuesRow(
        "Studenten die tellen voor de subsidie",
        years.map((y) => y.students.countable),
        (n) => String(n),
      ),
      row("Totale kosten per student", total, show),
      row(`Binnen, boven of onder ${rangeText(t)} (${t.label})`, total, (v) => rangeVerdict(v, t)),
      row("Kosten boven de subsidie per student", extra, show),
      row(`Binnen, boven of onder ${rangeText(e)} (${e.label})`, extra, (v) => rangeVerdict(v, e)),
    ],
    footnotes: [
      `Bandbreedtes: ${t.label} ${rangeText(t)}; ${e.label} ${rangeText(e)}. Bron: ${benchmark.sources.map((s) => citation(s)).join("; ")}.`,
      benchmark.note,
      "Waarom dit plan kan afwijken: hier tellen alle begeleidingsuren van werkplekbegeleiders, schoolopleiders en instituutsopleiders tegen het volle uurtarief, plus overhead, vaste kosten en de kosten van studenten die niet voor de subsidie tellen; de ramingen rekenden met prijzen van toen en met andere afbakeningen.",
    ],
  };
}
