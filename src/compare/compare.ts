/**
 * Scenarios side by side: two to four sessions in one table per school year and per calendar year,
 * the difference with the first marked, the money-story chart per scenario, and the inputs that
 * differ. Pure: (sessions, results) → view tables; the page renders them.
 */
import { type Result, type Session, planYearOf } from "../engine/index.ts";
import { formatEuro, formatNumber } from "../lib/format.ts";
import { inputLabel } from "./inputLabel.ts";
import { differingInputs } from "./inputs.ts";
import { combineRegion } from "../region/index.ts";
import {
  type BarChart,
  type Row,
  type Table,
  moneyStory,
  numberColumn,
  storyChart,
  textColumn,
} from "../report/index.ts";

export { type InputDifference, differingInputs, namedPath } from "./inputs.ts";

/** One scenario: the name the library gives it, its session and the engine's result. */
export interface Scenario {
  label: string;
  session: Session;
  result: Result;
}

/** Hours in one FTE: the normjaartaak of 1659 hours, the same divisor as the hourly-rate default (GPL ÷ 1659). */
export const HOURS_PER_FTE = 1659;

type Metric = {
  label: string;
  value: (s: Scenario, year: string) => number | null;
  kind: "euro" | "number";
};

const yearOf = (s: Scenario, year: string) => s.result.years.find((y) => y.year === year);

const METRICS: Metric[] = [
  { label: "Totale kosten", kind: "euro", value: (s, y) => yearOf(s, y)?.costs.total ?? null },
  {
    label: "Subsidie (regeling)",
    kind: "euro",
    value: (s, y) => yearOf(s, y)?.income.subsidy ?? null,
  },
  { label: "Overige inkomsten", kind: "euro", value: (s, y) => yearOf(s, y)?.income.other ?? null },
  {
    label: "Toezeggingen partners",
    kind: "euro",
    value: (s, y) => yearOf(s, y)?.request.committed ?? null,
  },
  {
    label: "Nodig van de Onderwijsregio",
    kind: "euro",
    value: (s, y) => yearOf(s, y)?.request.needed ?? null,
  },
  {
    label: "Extra boven de regeling",
    kind: "euro",
    value: (s, y) => yearOf(s, y)?.request.gap ?? null,
  },
  {
    label: "Uren werkplekbegeleiding (WPB)",
    kind: "number",
    value: (s, y) => yearOf(s, y)?.hours.WPB ?? null,
  },
  {
    label: "Uren schoolopleider (SO)",
    kind: "number",
    value: (s, y) => yearOf(s, y)?.hours.SO ?? null,
  },
  {
    label: "Uren instituutsopleider (IO)",
    kind: "number",
    value: (s, y) => yearOf(s, y)?.hours.IO ?? null,
  },
  {
    label: `FTE (alle uren ÷ ${HOURS_PER_FTE})`,
    kind: "number",
    value: (s, y) => {
      const h = yearOf(s, y)?.hours;
      return h ? Math.round(((h.WPB + h.SO + h.IO) / HOURS_PER_FTE) * 100) / 100 : null;
    },
  },
  { label: "Studenten", kind: "number", value: (s, y) => yearOf(s, y)?.students.total ?? null },
  {
    label: "Kosten per student",
    kind: "euro",
    value: (s, y) => {
      const r = yearOf(s, y);
      return r && r.students.total > 0 ? r.costs.total / r.students.total : null;
    },
  },
];

function cell(
  value: number | null,
  base: number | null,
  kind: Metric["kind"],
  first: boolean,
): string {
  if (value === null) return "—";
  const show = kind === "euro" ? formatEuro : formatNumber;
  if (first || base === null) return show(value);
  const diff = Math.round((value - base) * 100) / 100;
  if (Math.abs(diff) < 0.005) return `${show(value)} (gelijk)`;
  return `${show(value)} (${diff > 0 ? "+" : "−"}${show(Math.abs(diff))})`;
}

/** Every metric for one school year; each later column says how it differs from the first. */
export function compareYearTable(scenarios: readonly Scenario[], year: string): Table {
  const rows: Row[] = METRICS.map((m) => {
    const values = scenarios.map((s) => m.value(s, year));
    return {
      cells: [m.label, ...values.map((v, i) => cell(v, values[0] ?? null, m.kind, i === 0))],
      values: [null, ...values],
    };
  });
  return {
    caption: `Schooljaar ${year}: scenario's naast elkaar`,
    columns: [textColumn("Schooljaar " + year), ...scenarios.map((s) => numberColumn(s.label))],
    rows,
    footnotes: [
      "Tussen haakjes: het verschil met de eerste kolom.",
      `FTE: alle begeleidingsuren gedeeld door ${HOURS_PER_FTE} uur (normjaartaak).`,
    ],
  };
}

/** Per calendar year: what each scenario needs of the region (and the extra beyond the regulation). */
export function compareCalendarTable(scenarios: readonly Scenario[]): Table {
  const region = combineRegion(scenarios.map((s) => ({ session: s.session, result: s.result })));
  const rows: Row[] = region.years.flatMap((total) => {
    const pick = (key: "needed" | "gap" | "costs") =>
      region.partnerships.map((p) => {
        const row = p.years.find((r) => r.year === total.year);
        return row ? row[key] / 100 : null;
      });
    return (
      [
        ["Kosten", pick("costs")],
        ["Nodig van de Onderwijsregio", pick("needed")],
        ["Extra boven de regeling", pick("gap")],
      ] as const
    ).map(([label, values]) => ({
      cells: [
        `${total.year}: ${label}`,
        ...values.map((v, i) => cell(v, values[0] ?? null, "euro", i === 0)),
      ],
      values: [null, ...values],
    }));
  });
  return {
    caption: "Per kalenderjaar (de begroting van de Onderwijsregio)",
    columns: [textColumn("Kalenderjaar"), ...scenarios.map((s) => numberColumn(s.label))],
    rows,
  };
}

/** The money story of one school year per scenario, as a stacked bar chart with its table. */
export function compareChart(scenarios: readonly Scenario[], year: string): BarChart {
  const present = scenarios.filter((s) => yearOf(s, year) !== undefined);
  const base = storyChart(present.map((s) => moneyStory(s.result, year)));
  const labels = present.map((s) => s.label);
  return {
    ...base,
    title: `Waar de kosten van ${year} van betaald worden, per scenario`,
    groups: labels,
    table: {
      ...base.table,
      caption: `Waar de kosten van ${year} van betaald worden, per scenario (cijfers bij de grafiek)`,
      columns: [base.table.columns[0]!, ...labels.map(numberColumn)],
    },
  };
}

/** The inputs that differ from the first scenario, one Dutch line each (answers left out: they are text, not figures). */
export function inputDifferences(scenarios: readonly Scenario[], limit = 40): string[] {
  const [first, ...others] = scenarios;
  if (!first) return [];
  const lines: string[] = [];
  for (const other of others) {
    const differences = differingInputs(first.session, other.session);
    const shown = differences
      .slice(0, limit)
      .map(
        (d) =>
          `${other.label} — ${inputLabel(d.path, first.session, other.session)}: ${d.from} → ${d.to}`,
      );
    lines.push(
      ...(differences.length === 0
        ? [`${other.label}: dezelfde invoer als ${first.label}.`]
        : shown),
    );
    if (differences.length > limit)
      lines.push(`${other.label}: en nog ${differences.length - limit} andere verschillen.`);
  }
  return lines;
}

/** The school year to compare: the first scenario's plan year. */
export function compareYear(scenarios: readonly Scenario[]): string | null {
  return scenarios[0] ? planYearOf(scenarios[0].session) : null;
}
