/**
 * The hours behind the costs and what they mean in people: per role and per year, and per partner
 * and role in one year, hours and FTE (hours ÷ 1 659, the normjaartaak of a full-time teacher, the
 * same divisor as the hourly rates). Programme leaders use it for task allocation and HRM talks.
 * Hours come from the engine (per partner from its breakdown); shown hours and FTE are rounded so
 * that every shown total is the sum of its shown parts (wholeEuros.ts).
 */
import { ROLES, type Result, type Role, type Session } from "../engine/index.ts";
import { formatNumber, formatTwoDecimals } from "../lib/format.ts";
import { HOURS_PER_YEAR } from "../lib/ratesCheck.ts";
import {
  headingRow,
  numberColumn,
  partnerName,
  plusRows,
  takesPartIn,
  textColumn,
  yearResult,
} from "./common.ts";
import { yearHeading } from "./storyViews.ts";
import type { Row, Table } from "./types.ts";
import { shownParts, sumShown } from "./wholeEuros.ts";

/** Dutch names of the roles. */
export const ROLE_NAMES: Record<Role, string> = {
  WPB: "Werkplekbegeleiders (WPB)",
  SO: "Schoolopleiders (SO)",
  IO: "Instituutsopleiders (IO)",
};

/** FTE of a number of hours: hours ÷ 1 659 (not rounded; shown with two decimals). */
export function fteOf(hours: number): number {
  return hours / HOURS_PER_YEAR;
}

/** Shown hours are whole hours; shown FTE has two decimals. */
const HOUR_DECIMALS = 0;
const FTE_DECIMALS = 2;

const FTE_NOTE = `Fte = uren ÷ ${formatNumber(HOURS_PER_YEAR)}: de normjaartaak van een voltijdse leraar in de cao's van po en vo, dezelfde deler als bij het uurtarief (GPL ÷ ${formatNumber(HOURS_PER_YEAR)}).`;

/** A row of formatted shown values; the exact values ride along. */
function shownRow(
  label: string,
  exact: readonly number[],
  shown: readonly number[],
  format: (v: number) => string,
  kind?: Row["kind"],
): Row {
  const row: Row = { cells: [label, ...shown.map(format)], values: [null, ...exact] };
  if (kind) row.kind = kind;
  return row;
}

/** Hours and FTE per role and in total, one column per school year; each year's roles add up to its shown total. */
export function workloadTable(result: Result, planYear?: string): Table {
  const years = result.years;
  const width = years.length + 1;
  const exact = years.map((y) => ROLES.map((r) => y.hours[r]));
  const rows: Row[] = [];
  /** A block of one row per role and a total row, shown with `decimals` decimals. */
  const block = (
    heading: string,
    total: string,
    toShown: (hours: number) => number,
    decimals: number,
    format: (v: number) => string,
  ): void => {
    rows.push(headingRow(heading, width));
    const shown = exact.map((roles) => shownParts(roles.map(toShown), decimals));
    const first = rows.length;
    ROLES.forEach((role, i) =>
      rows.push(
        shownRow(
          ROLE_NAMES[role],
          exact.map((roles) => toShown(roles[i] ?? 0)),
          shown.map((s) => s.parts[i] ?? 0),
          format,
        ),
      ),
    );
    const sums = exact.map((roles) => toShown(roles.reduce((s, h) => s + h, 0)));
    rows.push({
      ...shownRow(
        total,
        sums,
        shown.map((s) => s.total),
        format,
        "subtotal",
      ),
      sumOf: plusRows(first, rows.length),
    });
  };
  block("Uren per jaar", "Totaal uren", (h) => h, HOUR_DECIMALS, formatNumber);
  block(
    `Fte (uren ÷ ${formatNumber(HOURS_PER_YEAR)})`,
    "Totaal fte",
    fteOf,
    FTE_DECIMALS,
    formatTwoDecimals,
  );
  return {
    caption: "Uren en fte achter de kosten, per rol",
    columns: [textColumn("Rol"), ...years.map((y) => numberColumn(yearHeading(y.year, planYear)))],
    rows,
    footnotes: [
      FTE_NOTE,
      "Uren van studenten die niet voor de subsidie tellen zitten erin; uren van instituutsopleiders van een opleiding die geen partner is niet (die kosten zijn niet van het partnerschap).",
      "Uren en fte zo afgerond dat de rollen optellen tot het totaal.",
    ],
  };
}

/**
 * Per partner that takes part in `year`: hours and FTE per role and in total (from the engine's
 * breakdown). Each role column adds up to the role's total of the year as the role table shows it,
 * and each partner's total is the sum of its shown roles, so rows and columns both add up.
 */
export function partnerWorkloadTable(session: Session, result: Result, year: string): Table {
  const y = yearResult(result, year);
  const byId = new Map(y.breakdown.partners.map((p) => [p.id, p]));
  const taking = session.partners.filter((p) => takesPartIn(p, year));
  const hours = taking.map((p) => ROLES.map((r) => byId.get(p.id)?.hours[r] ?? 0));
  /** Shown values per partner (rows) and role (columns) in one unit; column totals as the role table shows them. */
  const grid = (
    toShown: (h: number) => number,
    decimals: number,
  ): { cells: number[][]; totals: number[] } => {
    const totals = shownParts(
      ROLES.map((r) => toShown(y.hours[r])),
      decimals,
    ).parts;
    const columns = ROLES.map(
      (_, i) =>
        shownParts(
          hours.map((row) => toShown(row[i] ?? 0)),
          decimals,
          totals[i],
        ).parts,
    );
    return { cells: taking.map((_, p) => columns.map((column) => column[p] ?? 0)), totals };
  };
  const sumHours = (values: number[]): number => sumShown(values, HOUR_DECIMALS);
  const sumFte = (values: number[]): number => sumShown(values, FTE_DECIMALS);
  const h = grid((v) => v, HOUR_DECIMALS);
  const f = grid(fteOf, FTE_DECIMALS);
  const cellsOf = (hs: number[], fs: number[]): string[] => [
    ...hs.map(formatNumber),
    formatNumber(sumHours(hs)),
    ...fs.map(formatTwoDecimals),
    formatTwoDecimals(sumFte(fs)),
  ];
  const valuesOf = (exact: number[]): number[] => {
    const total = exact.reduce((s, v) => s + v, 0);
    return [...exact, total, ...exact.map(fteOf), fteOf(total)];
  };
  const rows: Row[] = taking.map((partner, p) => ({
    cells: [
      `${partnerName(partner)}${partner.member ? "" : " (geen lid)"}`,
      ...cellsOf(h.cells[p] ?? [], f.cells[p] ?? []),
    ],
    values: [null, ...valuesOf(hours[p] ?? [])],
  }));
  rows.push({
    cells: ["Totaal partners", ...cellsOf(h.totals, f.totals)],
    values: [null, ...valuesOf(ROLES.map((r) => y.hours[r]))],
    kind: "total",
    sumOf: plusRows(0, rows.length),
  });
  const later = session.partners.filter((p) => !takesPartIn(p, year));
  return {
    caption: `Uren en fte per partner in ${year}`,
    columns: [
      textColumn("Partner"),
      ...[
        "Uren WPB",
        "Uren SO",
        "Uren IO",
        "Uren totaal",
        "Fte WPB",
        "Fte SO",
        "Fte IO",
        "Fte totaal",
      ].map(numberColumn),
    ],
    rows,
    footnotes: [
      FTE_NOTE,
      "WPB en SO werken bij de schoolbesturen, IO bij de lerarenopleidingen; een opleiding die geen partner is heeft hier 0 uur (die kosten zijn niet van het partnerschap).",
      "Uren en fte zo afgerond dat elke rij en elke kolom optelt tot haar totaal; de totalen per rol zijn die van de tabel met uren en fte per rol.",
      ...(later.length > 0
        ? [`Doet in ${year} nog niet mee: ${later.map(partnerName).join(", ")}.`]
        : []),
    ],
  };
}
