/** All school years side by side: students, costs, income, own investment, T-1 prefinancing, request. */
import type { Result, Session, YearResult } from "../engine/index.ts";
import { ratePerStudent, subsidyParts } from "../engine/index.ts";
import { formatEuro, formatNumber, formatPercent } from "../lib/format.ts";
import { lagLabel } from "./budget.ts";
import { headingRow, numberColumn, textColumn, valuesRow } from "./common.ts";
import type { Row, Table } from "./types.ts";

type Metric = { label: string; pick: (y: YearResult) => number; format: (n: number) => string; kind?: Row["kind"] };

/** The multi-year view: one column per school year, the plan year marked. */
export function multiYearTable(session: Session, result: Result, planYear?: string): Table {
  const lag = session.regulation.lag;
  const tag = lagLabel(lag);
  const students: Metric[] = [
    { label: "Studenten totaal", pick: (y) => y.students.total, format: formatNumber },
    { label: "waarvan telbaar voor de subsidie", pick: (y) => y.students.countable, format: formatNumber },
    { label: `Geteld voor de subsidie (${tag})`, pick: (y) => y.students.counted, format: formatNumber },
  ];
  const money: Metric[] = [
    { label: "Totale kosten", pick: (y) => y.costs.total, format: formatEuro, kind: "subtotal" },
    { label: `Subsidie (op basis van ${tag})`, pick: (y) => y.income.subsidy, format: formatEuro },
    { label: "Overige inkomsten", pick: (y) => y.income.other, format: formatEuro },
    { label: "Eigen investering (kosten − inkomsten)", pick: (y) => y.ownInvestment.total, format: formatEuro },
    { label: `Voorfinanciering groei (${tag})`, pick: (y) => y.growthPrefinancing, format: formatEuro },
    { label: "Toegezegd door de partners", pick: (y) => y.request.committed, format: formatEuro },
    { label: "Nodig van de Onderwijsregio", pick: (y) => y.request.needed, format: formatEuro, kind: "total" },
    { label: "Verschil met de subsidie", pick: (y) => y.request.gap, format: formatEuro },
    { label: "Dekking (subsidie en overige inkomsten)", pick: (y) => y.coverage, format: formatPercent },
  ];
  const width = result.years.length + 1;
  const toRow = (m: Metric): Row => valuesRow(m.label, result.years.map(m.pick), m.format, m.kind);
  const rows: Row[] = [
    headingRow("Studenten", width),
    ...students.map(toRow),
    headingRow("Bedragen", width),
    ...money.map(toRow),
  ];
  const footnotes = [subsidyFootnote(session, result), "Nodig van de Onderwijsregio = totale kosten − toezeggingen van de partners − overige inkomsten. Verschil met de subsidie = nodig − subsidie."];
  const missing = missingCounts(session, result);
  if (missing.length > 0) {
    footnotes.push(`De telling van ${joinAnd(missing)} ontbreekt nog; zonder die telling telt de subsidie daar 0 studenten. Vul de DUO-telling in bij de studenten.`);
  }
  return {
    caption: "Meerjarenoverzicht per schooljaar",
    columns: [textColumn("Schooljaar"), ...result.years.map((y) => numberColumn(y.year === planYear ? `${y.year} (planjaar)` : y.year))],
    rows,
    footnotes,
  };
}

/** How the subsidy follows the counts, and what the growth prefinancing is, for the grant mode of the session. */
function subsidyFootnote(session: Session, result: Result): string {
  const lag = session.regulation.lag;
  if (session.regulation.grant === "calendarYear") {
    return "De Onderwijsregio krijgt de subsidie per kalenderjaar, berekend op de telling van het laatste schooljaar dat vóór dat kalenderjaar is afgerond. Een schooljaar loopt van augustus tot en met juli: het krijgt 5/12 van de toekenning van het kalenderjaar waarin het begint en 7/12 van die van het jaar erna. De voorfinanciering van groei is wat de telbare studenten van het jaar zouden opleveren min wat die twee toekenningen voor studenten betalen.";
  }
  const rates = new Set(result.years.map((y) => ratePerStudent(session, y.year)));
  const rate = rates.size === 1 ? formatEuro([...rates][0]!) : "het bedrag per student van dat jaar";
  return `De subsidie van een schooljaar volgt de telling van ${lag === 0 ? "hetzelfde jaar" : `${lag === 1 ? "het jaar" : `${lag} jaar`} ervoor (${lagLabel(lag)})`}. Groeit het aantal studenten dat voor de subsidie telt, dan komt het geld voor de extra studenten pas later: de voorfinanciering van groei is (telbare studenten van het jaar − getelde studenten) × ${rate} per student.`;
}

/** The school years whose count some year's subsidy needs but nobody entered, oldest first. */
export function missingCounts(session: Session, result: Result): string[] {
  const years = new Set<string>();
  for (const y of result.years) for (const part of subsidyParts(session, result, y.year)) if (part.count === null) years.add(part.countYear);
  return [...years].sort();
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} en ${items.at(-1)!}`;
}
