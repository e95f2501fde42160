/** Combining several partnerships' results into the region's table, totals and sector totals. */
import { type Result, type Session, computeResult, planYearOf } from "../engine/index.ts";
import { formatEuro } from "../lib/format.ts";
import { allocateBudget } from "./allocation.ts";
import { calendarRowsOf } from "./calendar.ts";
import { regionChecks } from "./checks.ts";
import type {
  CalendarRow,
  RegionBudget,
  RegionPartnership,
  RegionResult,
  RegionYear,
  Sector,
} from "./types.ts";

/** One partnership as the region receives it: its session and the engine's result of it. */
export interface RegionMember {
  session: Session;
  result: Result;
}

// A session without a sector gets its own subtotal, last, so the sector rows still add up to the region.
const SECTOR_ORDER: readonly Sector[] = ["po", "vo", "mbo", "po-vo", undefined];
const AMOUNT_KEYS = ["counted", "costs", "subsidy", "other", "committed", "needed", "gap"] as const;

/** The sum of rows per calendar year, for the given years (a row that is absent adds nothing). */
export function sumRows(
  rowSets: readonly (readonly CalendarRow[])[],
  years: readonly number[],
): CalendarRow[] {
  return years.map((year) => {
    const total: CalendarRow = {
      year,
      counted: 0,
      costs: 0,
      subsidy: 0,
      other: 0,
      committed: 0,
      needed: 0,
      gap: 0,
    };
    for (const rows of rowSets) {
      const row = rows.find((r) => r.year === year);
      if (row) for (const key of AMOUNT_KEYS) total[key] += row[key];
    }
    return total;
  });
}

/** What identifies a session's regulation: its record id, else its amounts. */
function regulationLabel(session: Session): string {
  const r = session.regulation;
  return (
    r.id ??
    `eigen bedragen (${formatEuro(r.perStudent)} per student, vaste voet ${formatEuro(r.base)})`
  );
}

/** Names as the region shows them: a missing name gets a number, a repeated one a suffix. */
function uniqueNames(sessions: readonly Session[]): string[] {
  const seen = new Map<string, number>();
  return sessions.map((session, i) => {
    const base = session.partnership.name.trim() || `Partnerschap ${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** The region from sessions and their results; `budget` (cents) is divided when given. */
export function combineRegion(
  members: readonly RegionMember[],
  budget?: RegionBudget,
): RegionResult {
  const names = uniqueNames(members.map((m) => m.session));
  const partnerships: RegionPartnership[] = members.map(({ session, result }, i) => ({
    name: names[i]!,
    sector: session.partnership.sector,
    planYear: planYearOf(session),
    regulation: regulationLabel(session),
    years: calendarRowsOf(result),
  }));
  const calendarYears = [
    ...new Set(partnerships.flatMap((p) => p.years.map((row) => row.year))),
  ].sort((a, b) => a - b);
  const years: RegionYear[] = sumRows(
    partnerships.map((p) => p.years),
    calendarYears,
  );
  if (budget !== undefined) {
    const row = years.find((y) => y.year === budget.year);
    const claims = partnerships.map((p) => ({
      name: p.name,
      row: p.years.find((r) => r.year === budget.year),
    }));
    if (row && claims.length > 0)
      row.allocation = allocateBudget(budget.amount, budget.rule, claims);
  }
  const sectors = SECTOR_ORDER.filter((sector) =>
    partnerships.some((p) => p.sector === sector),
  ).map((sector) => ({
    sector,
    years: sumRows(
      partnerships.filter((p) => p.sector === sector).map((p) => p.years),
      calendarYears,
    ),
  }));
  const region: RegionResult = {
    partnerships,
    years,
    sectors,
    checks: regionChecks(partnerships, calendarYears),
  };
  if (budget !== undefined) region.budget = budget;
  return region;
}

/** Computes every session with the engine and combines them. */
export function computeRegion(sessions: readonly Session[], budget?: RegionBudget): RegionResult {
  return combineRegion(
    sessions.map((session) => ({ session, result: computeResult(session) })),
    budget,
  );
}
