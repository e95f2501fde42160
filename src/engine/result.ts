/** The result of the engine (format `gesprekswijzer-resultaat/1`, §4 of the cost model). */

/** The format marker of a result. */
export const RESULT_FORMAT = "gesprekswijzer-resultaat/1";

/** Per role, hours (not rounded). */
export interface RoleTotals {
  WPB: number;
  SO: number;
  IO: number;
}

/** One partner in one year; amounts in euros with cents. */
export interface PartnerYear {
  id: string;
  costs: number;
  share: number;
  /** costs − share; negative when the partner receives more than it spends. */
  ownInvestment: number;
  commitment: number;
}

/** Cost per student of one category (Bijlage 2 of the gesprekskaart). */
export interface CategoryYear {
  id: string;
  perStudent: { boards: number; institutes: number };
}

/** The regulation values in force in a school year (§3.3, after `byYear`); id null when none. */
export interface RegulationYear {
  id: string | null;
  base: number;
  perStudent: number;
  ceilingFactor: number;
}

/** Everything the engine computes for one school year; amounts in euros with cents. */
export interface YearResult {
  year: string;
  regulation: RegulationYear;
  students: { total: number; countable: number; nonSubsidised: number; counted: number };
  hours: RoleTotals;
  costs: {
    boards: number;
    institutes: number;
    overhead: number;
    total: number;
    nonSubsidised: number;
  };
  income: { subsidy: number; other: number; total: number };
  distribution: {
    toPartners: number;
    overheadFunded: number;
    overheadUncovered: number;
    payoutDeficit: number;
    reserve: number;
  };
  ownInvestment: { total: number; boards: number; institutes: number };
  /** income ÷ total costs, not rounded; 0 when there are no costs. */
  coverage: number;
  growthPrefinancing: number;
  request: { committed: number; needed: number; gap: number };
  benefits: number;
  partners: PartnerYear[];
  categories: CategoryYear[];
  /** The parts behind the totals, in integer cents, for the views; not part of the result file (resultFile drops it). */
  breakdown: YearBreakdown;
}

/** One partner's costs in parts (integer cents) and the hours behind them; the parts add up to `costs`. */
export interface PartnerBreakdown {
  id: string;
  /** Hours per role (not rounded), placements and per-school hours together. */
  hours: RoleTotals;
  /** Hour costs per role, rounded per partner per role (§3.6). */
  roles: RoleTotals;
  /** Stipends (stagevergoedingen), one rounding. */
  stipends: number;
  /** Each fixed-cost line, in the order of the session. */
  fixedCosts: number[];
}

/** Whether a placement counts in the year, and why not. */
export interface PlacementBreakdown {
  /** Students of the placement in the year (0 when its board or institute does not take part). */
  students: number;
  /** Both its board and its institute take part in the year. */
  takesPart: boolean;
  /** It counts for the subsidy (member board and institute taking part, subsidised category). */
  countable: boolean;
  /** What keeps it from counting: a non-member board or institute, a category without subsidy (all false when these allow it). */
  causes: { board: boolean; institute: boolean; category: boolean };
}

/** The parts of a year's totals, in integer cents: what every view shows beside a total. */
export interface YearBreakdown {
  partners: PartnerBreakdown[];
  /** Each overhead line, indexed and rounded. */
  overhead: number[];
  /** Each other-income line, rounded. */
  otherIncome: number[];
  /** Each benefits line, rounded. */
  benefits: number[];
  /** Per placement, in the order of the session. */
  placements: PlacementBreakdown[];
}

/**
 * One calendar year K as the region's budget body reads it (§4): costs, other income and
 * commitments blend 7/12 of school year (K−1)-K with 5/12 of K-(K+1); subsidy is the grant G(K)
 * under calendar-year grants, else the same blend of S. Euros with cents.
 */
export interface CalendarYearResult {
  year: number;
  costs: number;
  subsidy: number;
  other: number;
  committed: number;
  /** max(0, costs − committed − other), from the rounded calendar figures. */
  needed: number;
  /** needed − subsidy. */
  gap: number;
}

/** The result as the command line writes it (format `gesprekswijzer-resultaat/1`): without the views' breakdowns. */
export function resultFile(result: Result): ResultFile {
  return { ...result, years: result.years.map((year) => omitBreakdown(year)) };
}

/** A result file: the result without the views' breakdowns. */
export type ResultFile = Omit<Result, "years"> & { years: Omit<YearResult, "breakdown">[] };

function omitBreakdown(year: YearResult): Omit<YearResult, "breakdown"> {
  const copy: Partial<YearResult> = { ...year };
  delete copy.breakdown;
  return copy as Omit<YearResult, "breakdown">;
}

/** The whole result. */
export interface Result {
  format: typeof RESULT_FORMAT;
  warnings: string[];
  years: YearResult[];
  /** One row per calendar year whose two school years are both in `years`, oldest first. */
  calendarYears: CalendarYearResult[];
}
