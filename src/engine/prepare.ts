/**
 * Turns a checked session into exact decimals and indexes once, so that each year's
 * computation only adds and multiplies (the engine is run on every keystroke).
 */
import { type Dec, type Factor, ZERO, dec, factorOf, pow10Number } from "./decimal.ts";
import type { Grant, RoleHours, Session } from "./schema.ts";
import { type RegulationLookup, regulationTimeline } from "./regulation.ts";
import { ROLES, type Role } from "./schema.ts";
import { indexFactor } from "./amounts.ts";
import { hoursPerStudent } from "./hours.ts";
import { type SchoolHours, type UnitPlan, unitPlan } from "./tally.ts";
import { type NotCountableCauses, isCountable, notCountableCausesOf } from "./countable.ts";

/** Exact hours or rates per role. */
export type RoleDec = Record<Role, Dec>;

/** A category with exact hours, weight and stipend. */
export interface PreparedCategory {
  id: string;
  subsidised: boolean;
  weight: Dec;
  perStudent: RoleDec;
  perGroup: { size: number; hours: RoleDec } | null;
  perDay: { hours: RoleDec; cap: Record<Role, Dec | null> } | null;
  stipend: Dec;
}

/** A partner with exact rates, fixed costs and commitment. */
export interface PreparedPartner {
  id: string;
  kind: "board" | "institute";
  member: boolean;
  schools: number;
  /** First school year of participation; undefined = from the start (see `takesPartIn`). */
  joins: string | undefined;
  rates: RoleDec;
  fixedCosts: Dec[];
  commitment: { percent: Dec } | { amount: Dec } | null;
}

/** A placement row with partners and category as positions, students per year by position. */
export interface PreparedPlacement {
  index: number;
  board: number;
  institute: number;
  category: number;
  /** Students per year, by position in `years` (absent years 0; years outside `years` dropped). */
  students: number[];
  /** Group overrides per year, by position in `years` (shared and empty for the many rows without). */
  groups: readonly (number | undefined)[];
  days: Dec;
  /** Hours per role of one student of this row: per-student plus capped stage-day hours. */
  perStudent: RoleDec;
  /**
   * Membership and category do not change by year, so whether the row can count and why not are
   * worked out once here; joining (`takesPartIn`) is applied per year. `causes` is null when it counts.
   */
  countable: boolean;
  causes: NotCountableCauses | null;
}

/** The whole session in the engine's exact form. */
export interface Prepared {
  years: string[];
  /** (1 + indexation)^k per year, k its position in `years` (exact, with its nearest double). */
  factors: Factor[];
  rates: RoleDec;
  /** The per-school hours and each partner's schools (0 for an institute). */
  school: SchoolHours;
  categories: PreparedCategory[];
  partners: PreparedPartner[];
  placements: PreparedPlacement[];
  overhead: Dec[];
  otherIncome: Dec[];
  benefits: Dec[];
  /** The regulation in force in any school year (top level changed by `byYear`). */
  regulation: RegulationLookup;
  grant: Grant;
  lag: number;
  counted: Map<string, number>;
  distribution: Session["distribution"];
  /** Warnings for counts given for school years outside `years` (ignored), in row order. */
  outsideYears: string[];
  /** Per partner: its rates (own or the session's; partners without own rates share the same objects). */
  partnerRates: RoleDec[];
  /** Per partner: a member (an institute's IO hours count only then, §3.1). */
  members: boolean[];
  /** The largest scale of a category weight, and each category's weight in units of 10^-weightScale; null when that scale passes 15 (then the basis weights are summed with BigInt). */
  weightScale: number;
  weightUnits: number[] | null;
  /** How the yearly hour sums can be added with plain numbers; null: with BigInt (see tally.ts). */
  units: UnitPlan | null;
}

/** Hours per role as decimals; a missing role is 0. */
function roleDec(hours: RoleHours | undefined, fallback?: RoleDec): RoleDec {
  const out = {} as RoleDec;
  for (const role of ROLES) {
    const value = hours?.[role];
    out[role] = value === undefined ? (fallback?.[role] ?? ZERO) : dec(value);
  }
  return out;
}

/** A row without group overrides: every position reads undefined. */
const NO_GROUPS: readonly undefined[] = [];

/**
 * A count per school year as an array by position in `years` (`absent` where none is given). A
 * count for a year outside `years` is ignored, and said so, naming the field (one pass over the keys
 * a row has, instead of a lookup per year).
 */
function byPosition<T>(
  counts: Record<string, number>,
  yearIndex: ReadonlyMap<string, number>,
  absent: T,
  field: string,
  outsideYears: string[],
): (number | T)[] {
  const out: (number | T)[] = new Array<number | T>(yearIndex.size).fill(absent);
  for (const year of Object.keys(counts)) {
    const k = yearIndex.get(year);
    if (k === undefined)
      outsideYears.push(
        `${field}.${year}: ${year} valt buiten de schooljaren van het gesprek en telt niet mee`,
      );
    else out[k] = counts[year]!;
  }
  return out;
}

function yearMap(counts: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(counts));
}

/** Converts a checked session to the engine's exact form. */
export function prepare(session: Session): Prepared {
  const rates = roleDec(session.rates);
  const partnerIndex = new Map(session.partners.map((p, i) => [p.id, i]));
  const categoryIndex = new Map(session.categories.map((c, i) => [c.id, i]));
  const categories: PreparedCategory[] = session.categories.map((c) => ({
    id: c.id,
    subsidised: c.subsidised,
    weight: dec(c.weight),
    perStudent: roleDec(c.perStudent),
    perGroup: c.perGroup ? { size: c.perGroup.size, hours: roleDec(c.perGroup.hours) } : null,
    perDay: c.perDay
      ? {
          hours: roleDec(c.perDay.hours),
          cap: {
            WPB: c.perDay.cap.WPB === undefined ? null : dec(c.perDay.cap.WPB),
            SO: c.perDay.cap.SO === undefined ? null : dec(c.perDay.cap.SO),
            IO: c.perDay.cap.IO === undefined ? null : dec(c.perDay.cap.IO),
          },
        }
      : null,
    stipend: dec(c.stipend),
  }));
  const partners: PreparedPartner[] = session.partners.map((p) => ({
    id: p.id,
    kind: p.kind,
    member: p.member,
    schools: p.schools,
    joins: p.joins,
    rates: roleDec(p.rates, rates),
    fixedCosts: p.fixedCosts.map((line) => dec(line.amount)),
    commitment:
      p.commitment?.percent !== undefined
        ? { percent: dec(p.commitment.percent) }
        : p.commitment?.amount !== undefined
          ? { amount: dec(p.commitment.amount) }
          : null,
  }));
  const yearIndex = new Map(session.years.map((year, k) => [year, k]));
  const outsideYears: string[] = [];
  const placements: PreparedPlacement[] = session.placements.map((r, index) => {
    const category = categoryIndex.get(r.category)!;
    const board = partnerIndex.get(r.board)!;
    const institute = partnerIndex.get(r.institute)!;
    const days = dec(r.days);
    const parts = {
      board: partners[board],
      institute: partners[institute],
      category: categories[category],
    };
    return {
      index,
      board,
      institute,
      category,
      students: byPosition(r.students, yearIndex, 0, `placements[${index}].students`, outsideYears),
      groups:
        r.groups === undefined
          ? NO_GROUPS
          : byPosition(r.groups, yearIndex, undefined, `placements[${index}].groups`, outsideYears),
      days,
      perStudent: hoursPerStudent(categories[category]!, days),
      countable: isCountable(parts),
      causes: notCountableCausesOf(parts),
    };
  });
  const school: SchoolHours = {
    perSchool: roleDec(session.perSchool),
    schools: partners.map((p) => (p.kind === "board" ? p.schools : 0)),
  };
  const weightScale = categories.reduce((most, c) => Math.max(most, c.weight.s), 0);
  return {
    years: session.years,
    factors: session.years.map((_, k) => factorOf(indexFactor(session.indexation, k))),
    rates,
    school,
    categories,
    partners,
    placements,
    overhead: session.overhead.map((line) => dec(line.amount)),
    otherIncome: session.otherIncome.map((line) => dec(line.amount)),
    benefits: session.benefits.map((line) => dec(line.amount)),
    regulation: regulationTimeline(session.regulation),
    grant: session.regulation.grant,
    lag: session.regulation.lag,
    counted: yearMap(session.regulation.counted),
    distribution: session.distribution,
    outsideYears,
    partnerRates: partners.map((p) => p.rates),
    members: partners.map((p) => p.member),
    weightScale,
    weightUnits:
      weightScale <= 15
        ? categories.map((c) => Number(c.weight.v) * pow10Number(weightScale - c.weight.s))
        : null,
    units: unitPlan(categories, placements, school),
  };
}
