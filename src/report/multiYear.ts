/** All school years side by side: students, the money story of each year, T-1 prefinancing and coverage. */
import type { Result, Session, YearResult } from "../engine/index.ts";
import { ratePerStudent, subsidyParts } from "../engine/index.ts";
import { formatEuro, formatNumber, formatPercent } from "../lib/format.ts";
import { lagLabel } from "./budget.ts";
import { headingRow, numberColumn, textColumn, valuesRow } from "./common.ts";
import { moneyStories } from "./story.ts";
import { storyTable } from "./storyViews.ts";
import type { Row, Table } from "./types.ts";
import { timingHint } from "../lib/subsidyTiming.ts";

type Metric = {
  label: string;
  pick: (y: YearResult) => number;
  format: (n: number) => string;
  kind?: Row["kind"];
};

/** The multi-year view: one column per school year, the plan year marked. */
export function multiYearTable(session: Session, result: Result, planYear?: string): Table {
  const lag = session.regulation.lag;
  const tag = lagLabel(lag);
  const students: Metric[] = [
    { label: "Studenten totaal", pick: (y) => y.students.total, format: formatNumber },
    {
      label: "waarvan telbaar voor de subsidie",
      pick: (y) => y.students.countable,
      format: formatNumber,
    },
    {
      label: `Geteld voor de subsidie (${tag})`,
      pick: (y) => y.students.counted,
      format: formatNumber,
    },
  ];
  const after: Metric[] = [
    {
      label: `Voorfinanciering groei (${tag})`,
      pick: (y) => y.growthPrefinancing,
      format: formatEuro,
    },
    {
      label: "Dekking (subsidie en overige inkomsten)",
      pick: (y) => y.coverage,
      format: formatPercent,
    },
  ];
  const width = result.years.length + 1;
  const toRow = (m: Metric): Row => valuesRow(m.label, result.years.map(m.pick), m.format, m.kind);
  const rows: Row[] = [
    headingRow("Studenten", width),
    ...students.map(toRow),
    headingRow("Bedragen: de kosten en waar ze van betaald worden", width),
  ];
  // The money rows are the story's own table (same names, order and rounding); its row references shift by the rows above.
  const offset = rows.length;
  const story = storyTable(moneyStories(result), planYear);
  rows.push(
    ...story.rows.map((r) =>
      r.sumOf ? { ...r, sumOf: r.sumOf.map((s) => ({ ...s, row: s.row + offset })) } : r,
    ),
    ...after.map(toRow),
  );
  const footnotes = [
    `${timingHint(session)} ${prefinancingSentence(session, result)}`,
    ...(story.footnotes ?? []),
  ];
  const missing = missingCounts(session, result);
  if (missing.length > 0) {
    footnotes.push(
      `De telling van ${joinAnd(missing)} ontbreekt nog; zonder die telling telt de subsidie daar 0 studenten. Vul de DUO-telling in bij de studenten.`,
    );
  }
  return {
    caption: "Meerjarenoverzicht per schooljaar",
    columns: [
      textColumn("Schooljaar"),
      ...result.years.map((y) =>
        numberColumn(y.year === planYear ? `${y.year} (planjaar)` : y.year),
      ),
    ],
    rows,
    footnotes,
  };
}

/** What the growth prefinancing is, for the grant mode of the session. */
function prefinancingSentence(session: Session, result: Result): string {
  const intro =
    "Groeit het aantal studenten dat voor de subsidie telt, dan komt het geld voor de extra studenten pas later: de voorfinanciering van groei is";
  if (session.regulation.grant === "calendarYear") {
    return `${intro} wat de telbare studenten van het jaar zouden opleveren min wat de twee toekenningen (5/12 en 7/12) voor studenten betalen.`;
  }
  const rates = new Set(result.years.map((y) => ratePerStudent(session, y.year)));
  const rate =
    rates.size === 1 ? formatEuro([...rates][0]!) : "het bedrag per student van dat jaar";
  return `${intro} (telbare studenten van het jaar − getelde studenten) × ${rate} per student.`;
}

/** The school years whose count some year's subsidy needs but nobody entered, oldest first. */
export function missingCounts(session: Session, result: Result): string[] {
  const years = new Set<string>();
  for (const y of result.years)
    for (const part of subsidyParts(session, result, y.year))
      if (part.count === null) years.add(part.countYear);
  return [...years].sort();
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} en ${items.at(-1)!}`;
}
