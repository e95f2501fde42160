/**
 * What changes the ask most: the engine run again on changed copies of the session (rates 5 %
 * higher, a lower ceiling factor, fewer students, slower growth). Every effect is the difference of
 * two engine results, so the proposal never re-derives a rule. Pure; amounts in euros with cents.
 */
import { type Result, type Session, type YearResult, computeResult } from "../engine/index.ts";
import { formatPercent } from "../lib/format.ts";
import { toCents } from "./wholeEuros.ts";

/** Which sensitivity. */
export type SensitivityKey = "rates" | "ceiling" | "fewer" | "growth";

/** One sensitivity: what was changed, and what that does to the plan year and the years after it. */
export interface Sensitivity {
  key: SensitivityKey;
  /** The changed assumption as a clause after "Als" ("de uurtarieven 5 % hoger zijn"). */
  change: string;
  /** Change of the amount needed from the region in the plan year (positive = more needed). */
  neededPlan: number;
  /** Change of what the regulation yields in the plan year. */
  subsidyPlan: number;
  /** Change of the amount needed over the plan year and all years after it. */
  neededAhead: number;
  /** Change of the gap (needed − regulation) over the plan year and all years after it. */
  gapAhead: number;
}

/** Share by which the rates rise in the rates sensitivity. */
export const RATE_RISE = 0.05;
/** Share by which the ceiling factor drops. */
export const CEILING_DROP = 0.1;
/** Share of students that does not come. */
export const FEWER_STUDENTS = 0.1;

/** b − a of two engine amounts, subtracted in whole cents so no float error shows. */
const delta = (a: number, b: number): number => (toCents(b) - toCents(a)) / 100;

function copy(session: Session): Session {
  return structuredClone(session);
}

/** Sums one figure over the years from `planYear` on. */
function ahead(result: Result, planYear: string, pick: (y: YearResult) => number): number {
  return (
    result.years.filter((y) => y.year >= planYear).reduce((sum, y) => sum + toCents(pick(y)), 0) /
    100
  );
}

function plan(result: Result, planYear: string): YearResult | undefined {
  return result.years.find((y) => y.year === planYear);
}

function compare(
  key: SensitivityKey,
  change: string,
  base: Result,
  changed: Result,
  planYear: string,
): Sensitivity {
  const a = plan(base, planYear);
  const b = plan(changed, planYear);
  return {
    key,
    change,
    neededPlan: delta(a?.request.needed ?? 0, b?.request.needed ?? 0),
    subsidyPlan: delta(a?.income.subsidy ?? 0, b?.income.subsidy ?? 0),
    neededAhead: delta(
      ahead(base, planYear, (y) => y.request.needed),
      ahead(changed, planYear, (y) => y.request.needed),
    ),
    gapAhead: delta(
      ahead(base, planYear, (y) => y.request.gap),
      ahead(changed, planYear, (y) => y.request.gap),
    ),
  };
}

/** Every hourly rate (also a partner's own) `RATE_RISE` higher, rounded to cents. */
export function withHigherRates(session: Session): Session {
  const s = copy(session);
  const up = (n: number): number => toCents(n * (1 + RATE_RISE)) / 100;
  s.rates = { ...s.rates, WPB: up(s.rates.WPB), SO: up(s.rates.SO), IO: up(s.rates.IO) };
  for (const p of s.partners) {
    if (p.rates === undefined) continue;
    const own = p.rates as Record<string, number | undefined>;
    for (const role of Object.keys(own))
      if (typeof own[role] === "number") own[role] = up(own[role]);
  }
  return s;
}

/** The ceiling factor `CEILING_DROP` lower (0,9 × the current factor). */
export function withLowerCeiling(session: Session): Session {
  const s = copy(session);
  s.regulation = {
    ...s.regulation,
    ceilingFactor: Number((s.regulation.ceilingFactor * (1 - CEILING_DROP)).toPrecision(12)),
  };
  return s;
}

/** From the plan year on, `FEWER_STUDENTS` fewer students in every placement (rounded down). */
export function withFewerStudents(session: Session, planYear: string): Session {
  const s = copy(session);
  for (const p of s.placements) {
    for (const [year, n] of Object.entries(p.students))
      if (year >= planYear) p.students[year] = Math.floor(n * (1 - FEWER_STUDENTS));
  }
  return s;
}

/** After the plan year, every placement grows half as fast (half its growth on the plan year, rounded down). */
export function withSlowerGrowth(session: Session, planYear: string): Session {
  const s = copy(session);
  for (const p of s.placements) {
    const base = p.students[planYear] ?? 0;
    for (const [year, n] of Object.entries(p.students))
      if (year > planYear && n > base) p.students[year] = base + Math.floor((n - base) / 2);
  }
  return s;
}

/** The four sensitivities of the plan year (growth only when students grow after the plan year). */
export function sensitivities(session: Session, result: Result, planYear: string): Sensitivity[] {
  const pct = formatPercent;
  const out = [
    compare(
      "rates",
      `de uurtarieven ${pct(RATE_RISE)} hoger zijn (bijvoorbeeld na toetsing aan de actuele GPL)`,
      result,
      computeResult(withHigherRates(session)),
      planYear,
    ),
    compare(
      "ceiling",
      `de plafondfactor ${pct(CEILING_DROP)} lager is (${pct(session.regulation.ceilingFactor * (1 - CEILING_DROP))} in plaats van ${pct(session.regulation.ceilingFactor)})`,
      result,
      computeResult(withLowerCeiling(session)),
      planYear,
    ),
    compare(
      "fewer",
      `er vanaf het planjaar ${pct(FEWER_STUDENTS)} minder studenten komen dan gepland`,
      result,
      computeResult(withFewerStudents(session, planYear)),
      planYear,
    ),
  ];
  const grows = session.placements.some((p) =>
    Object.entries(p.students).some(([y, n]) => y > planYear && n > (p.students[planYear] ?? 0)),
  );
  if (grows)
    out.push(
      compare(
        "growth",
        "de groei na het planjaar half zo snel gaat",
        result,
        computeResult(withSlowerGrowth(session, planYear)),
        planYear,
      ),
    );
  return out;
}

/** One partner's position when the region grants only what the regulation yields (the plan year). */
export interface RegulationOnlyRow {
  id: string;
  costs: number;
  /** The partner's share of subsidy and other income. */
  share: number;
  /** What remains for the partner to pay itself: costs − share (negative = it receives more). */
  remains: number;
}

/** Per partner, the plan year if the region grants only the regulation amount (the engine's own split). */
export function regulationOnly(result: Result, planYear: string): RegulationOnlyRow[] {
  return (plan(result, planYear)?.partners ?? []).map((p) => ({
    id: p.id,
    costs: p.costs,
    share: p.share,
    remains: p.ownInvestment,
  }));
}
