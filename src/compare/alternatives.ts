/**
 * The chosen scenario beside its alternatives, as the budget body reads them: per scenario the
 * plan year's costs, counted students, own investment and ask, and the ask per school year and per
 * calendar year, each with its difference to the chosen scenario in whole euros. Pure view tables
 * from the engine's results (the money story's shown amounts); the proposal's chapter prints them.
 */
import { type YearResult, planYearOf } from "../engine/index.ts";
import { formatEuro, formatNumber } from "../lib/format.ts";
import { type Row, type Table, numberColumn, storyOf, textColumn } from "../report/index.ts";
import { toCents, wholeEuros } from "../report/wholeEuros.ts";
import type { Scenario } from "./compare.ts";

/** "+€ 12.000", "−€ 3.000" or "gelijk": a difference to the chosen scenario in whole euros. */
export function differenceText(euros: number): string {
  if (euros === 0) return "gelijk";
  return `${euros > 0 ? "+" : "−"}${formatEuro(Math.abs(euros))}`;
}

/** The school year of a scenario's result, if it has that year. */
function yearOf(scenario: Scenario, year: string): YearResult | undefined {
  return scenario.result.years.find((y) => y.year === year);
}

/** The plan-year figures of one scenario, as the money story shows them (whole euros). */
export interface PlanFigures {
  label: string;
  /** The scenario's own plan year. */
  planYear: string;
  costs: number;
  counted: number;
  ownInvestment: number;
  needed: number;
  /** needed − the chosen scenario's needed; 0 for the chosen one. */
  difference: number;
}

/** The figures of each scenario in the chosen scenario's plan year (null where a scenario lacks that year). */
export function planFigures(
  chosen: Scenario,
  others: readonly Scenario[],
): { year: string; figures: (PlanFigures | null)[] } {
  const year = planYearOf(chosen.session);
  const of = (s: Scenario): Omit<PlanFigures, "difference"> | null => {
    const y = yearOf(s, year);
    if (y === undefined) return null;
    const story = storyOf(y);
    return {
      label: s.label,
      planYear: planYearOf(s.session),
      costs: story.costs.euros,
      counted: y.students.counted,
      ownInvestment: story.ownInvestment.euros,
      needed: story.needed.euros,
    };
  };
  const base = of(chosen);
  const figures = [chosen, ...others].map((s) => {
    const f = of(s);
    return f === null ? null : { ...f, difference: base === null ? 0 : f.needed - base.needed };
  });
  return { year, figures };
}

/** One row per scenario (the chosen first): costs, counted students, own investment, the ask and its difference. */
export function alternativesPlanTable(chosen: Scenario, others: readonly Scenario[]): Table {
  const { year, figures } = planFigures(chosen, others);
  const labels = [chosen, ...others].map((s, i) => (i === 0 ? `${s.label} (gekozen)` : s.label));
  const rows: Row[] = figures.map((f, i) =>
    f === null
      ? { cells: [labels[i]!, "—", "—", "—", "—", "—"] }
      : {
          cells: [
            labels[i]!,
            formatNumber(f.counted),
            formatEuro(f.costs),
            formatEuro(f.ownInvestment),
            formatEuro(f.needed),
            i === 0 ? "—" : differenceText(f.difference),
          ],
          values: [
            null,
            f.counted,
            f.costs,
            f.ownInvestment,
            f.needed,
            i === 0 ? null : f.difference,
          ],
          ...(i === 0 ? { kind: "subtotal" as const } : {}),
        },
  );
  return {
    caption: `Schooljaar ${year}: het gekozen scenario en de alternatieven`,
    columns: [
      textColumn("Scenario"),
      numberColumn("Getelde studenten"),
      numberColumn("Totale kosten"),
      numberColumn("Eigen investering"),
      numberColumn("Nodig van de Onderwijsregio"),
      numberColumn("Verschil met gekozen"),
    ],
    rows,
    footnotes: [
      "Getelde studenten: de studenten waarop de regeling de subsidie van dit schooljaar berekent. Eigen investering: wat de partners zelf dragen als de Onderwijsregio alleen het bedrag van de regeling betaalt.",
      ...(figures.some((f) => f === null)
        ? [`Een streepje: dat scenario rekent niet met schooljaar ${year}.`]
        : []),
    ],
  };
}

/**
 * One row per year, one column per scenario (the chosen first): the ask, and in each alternative's
 * column its difference to the chosen scenario. Years down the page, so ten years fit on A4.
 */
function askTable(
  caption: string,
  yearLabel: string,
  years: readonly string[],
  scenarios: readonly Scenario[],
  amounts: readonly (readonly (number | null)[])[],
): Table {
  const rows: Row[] = years.map((year, j) => {
    const base = amounts[0]?.[j] ?? null;
    const values = amounts.map((row) => row[j] ?? null);
    return {
      cells: [
        year,
        ...values.map((v, i) =>
          v === null
            ? "—"
            : i === 0 || base === null
              ? formatEuro(v)
              : `${formatEuro(v)} (${differenceText(v - base)})`,
        ),
      ],
      values: [null, ...values],
    };
  });
  return {
    caption,
    columns: [
      textColumn(yearLabel),
      ...scenarios.map((s, i) => numberColumn(i === 0 ? `${s.label} (gekozen)` : s.label)),
    ],
    rows,
    footnotes: ["Tussen haakjes: het verschil met het gekozen scenario."],
  };
}

/** The ask (nodig van de Onderwijsregio) per school year from the chosen plan year on, per scenario. */
export function alternativesSchoolYearTable(chosen: Scenario, others: readonly Scenario[]): Table {
  const planYear = planYearOf(chosen.session);
  const years = chosen.result.years.map((y) => y.year).filter((y) => y >= planYear);
  const scenarios = [chosen, ...others];
  const amounts = scenarios.map((s) =>
    years.map((year) => {
      const y = yearOf(s, year);
      return y === undefined ? null : storyOf(y).needed.euros;
    }),
  );
  return askTable(
    "Nodig van de Onderwijsregio per schooljaar, per scenario",
    "Schooljaar",
    years,
    scenarios,
    amounts,
  );
}

/** The ask per calendar year (the budget body's year, as the engine blends it) per scenario; null without calendar years. */
export function alternativesCalendarTable(
  chosen: Scenario,
  others: readonly Scenario[],
): Table | null {
  const years = chosen.result.calendarYears.map((c) => c.year);
  if (years.length === 0) return null;
  const scenarios = [chosen, ...others];
  const amounts = scenarios.map((s) =>
    years.map((year) => {
      const c = s.result.calendarYears.find((r) => r.year === year);
      return c === undefined ? null : wholeEuros(toCents(c.needed));
    }),
  );
  const table = askTable(
    "Nodig van de Onderwijsregio per kalenderjaar, per scenario",
    "Kalenderjaar",
    years.map(String),
    scenarios,
    amounts,
  );
  table.footnotes = [
    ...(table.footnotes ?? []),
    "Een kalenderjaar telt zeven maanden van het schooljaar dat erin eindigt en vijf van het schooljaar dat erin begint, zoals in hoofdstuk 4.",
  ];
  return table;
}
