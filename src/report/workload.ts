/**
 * The hours behind the costs and what they mean in people: per role and per year, hours and FTE
 * (hours ÷ 1 659, the normjaartaak of a full-time teacher, the same divisor as the hourly rates).
 * Programme leaders use it for task allocation and HRM talks.
 */
import { ROLES, type Result, type Role } from "../engine/index.ts";
import { formatNumber } from "../lib/format.ts";
import { HOURS_PER_YEAR } from "../lib/ratesCheck.ts";
import { headingRow, numberColumn, textColumn } from "./common.ts";
import { yearHeading } from "./storyViews.ts";
import type { Row, Table } from "./types.ts";

/** Dutch names of the roles. */
export const ROLE_NAMES: Record<Role, string> = { WPB: "Werkplekbegeleiders (WPB)", SO: "Schoolopleiders (SO)", IO: "Instituutsopleiders (IO)" };

/** FTE of a number of hours: hours ÷ 1 659 (not rounded; shown with two decimals). */
export function fteOf(hours: number): number {
  return hours / HOURS_PER_YEAR;
}

const fteFormat = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const hoursFormat = (h: number): string => formatNumber(Math.round(h));

/** Hours and FTE per role and in total, one column per school year. */
export function workloadTable(result: Result, planYear?: string): Table {
  const years = result.years;
  const width = years.length + 1;
  const line = (label: string, values: number[], format: (v: number) => string, kind?: Row["kind"]): Row => {
    const row: Row = { cells: [label, ...values.map(format)], values: [null, ...values] };
    if (kind) row.kind = kind;
    return row;
  };
  const totalHours = years.map((y) => ROLES.reduce((s, r) => s + y.hours[r], 0));
  const rows: Row[] = [headingRow("Uren per jaar", width)];
  for (const role of ROLES) rows.push(line(ROLE_NAMES[role], years.map((y) => y.hours[role]), hoursFormat));
  rows.push(line("Totaal uren", totalHours, hoursFormat, "subtotal"));
  rows.push(headingRow(`Fte (uren ÷ ${formatNumber(HOURS_PER_YEAR)})`, width));
  for (const role of ROLES) rows.push(line(ROLE_NAMES[role], years.map((y) => fteOf(y.hours[role])), (v) => fteFormat.format(v)));
  rows.push(line("Totaal fte", totalHours.map(fteOf), (v) => fteFormat.format(v), "subtotal"));
  return {
    caption: "Uren en fte achter de kosten, per rol",
    columns: [textColumn("Rol"), ...years.map((y) => numberColumn(yearHeading(y.year, planYear)))],
    rows,
    footnotes: [
      `Fte = uren ÷ ${formatNumber(HOURS_PER_YEAR)}: de normjaartaak van een voltijdse leraar in de cao's van po en vo, dezelfde deler als bij het uurtarief (GPL ÷ ${formatNumber(HOURS_PER_YEAR)}).`,
      "Uren van studenten die niet voor de subsidie tellen zitten erin; uren van instituutsopleiders van een opleiding die geen partner is niet (die kosten zijn niet van het partnerschap).",
    ],
  };
}
