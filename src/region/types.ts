/**
 * The region's view of several partnerships (issue 14): per partnership and in total per calendar
 * year. Amounts are integer cents inside the program; `toRegionJson` turns them into euros at the
 * file boundary, as the engine's result does.
 */
import type { Session } from "../engine/index.ts";

/** The format marker of the region's JSON. */
export const REGION_FORMAT = "gesprekswijzer-regio/1";

/** Sector of a partnership, as the session file names it. */
export type Sector = Session["partnership"]["sector"];

/** The three plain rules for dividing a regional budget that the asks exceed. */
export const ALLOCATION_RULES = ["behoefte", "regeling-eerst", "studenten"] as const;

/** One of `ALLOCATION_RULES`. */
export type AllocationRule = (typeof ALLOCATION_RULES)[number];

/** One calendar year of one partnership or of a total; money in integer cents. */
export interface CalendarRow {
  /** Calendar year (1 January – 31 December). */
  year: number;
  /** Counted students the grant of this calendar year rests on. */
  counted: number;
  /** Total costs. */
  costs: number;
  /** Regulation amount (the subsidy). */
  subsidy: number;
  /** Other income. */
  other: number;
  /** Commitments of the partners. */
  committed: number;
  /** Needed from the Onderwijsregio. */
  needed: number;
  /** Extra asked beyond the regulation amount (needed − subsidy; negative when the regulation yields more). */
  gap: number;
}

/** One partnership of the region. */
export interface RegionPartnership {
  /** Name as shown and as the allocation names it (unique within the region). */
  name: string;
  sector: Sector;
  planYear: string;
  /** What identifies the regulation the session rests on ("onderwijsregios-2025", or the amounts). */
  regulation: string;
  years: CalendarRow[];
}

/** The share of one partnership in a divided budget. */
export interface Share {
  name: string;
  /** Cents. */
  amount: number;
  /** What the partnership asked (needed), cents. */
  needed: number;
}

/** Which weights a rule ended up using (a rule falls back when all its weights are 0). */
export type AllocationBasis = "needed" | "regulationFirst" | "counted" | "equal";

/** A regional budget for one calendar year, divided under one rule. */
export interface Allocation {
  rule: AllocationRule;
  /** Cents. */
  budget: number;
  /** True when the asks (Σ needed) exceed the budget. */
  exceeded: boolean;
  /** The weights actually used (differs from the rule's own only when those are all 0). */
  basis: AllocationBasis;
  /** One per partnership, in the region's order; the amounts add up to the budget exactly. */
  shares: Share[];
}

/** A total calendar year of the region, with the allocation when a budget was given for it. */
export interface RegionYear extends CalendarRow {
  allocation?: Allocation;
}

/** Something the region should look at before the proposal goes to the budget body. */
export interface RegionCheck {
  kind: "noCounted" | "planYears" | "regulations" | "calendarYears";
  /** Dutch sentence. */
  message: string;
  /** Where the rule comes from, as a reader finds it. */
  source: string;
}

/** A budget to divide: cents for one calendar year, under one rule. */
export interface RegionBudget {
  year: number;
  amount: number;
  rule: AllocationRule;
}

/** Everything the region page, the command line and the documents show. */
export interface RegionResult {
  partnerships: RegionPartnership[];
  /** Totals per calendar year over all partnerships, oldest first. */
  years: RegionYear[];
  /** Totals per sector (only sectors that occur), in the order po, vo, mbo, po-vo. */
  sectors: { sector: Sector; years: CalendarRow[] }[];
  checks: RegionCheck[];
  budget?: RegionBudget;
}
