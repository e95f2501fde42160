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

/** Everything the engine computes for one school year; amounts in euros with cents. */
export interface YearResult {
  year: string;
  students: { total: number; countable: number; nonSubsidised: number; counted: number };
  hours: RoleTotals;
  costs: { boards: number; institutes: number; overhead: number; total: number; nonSubsidised: number };
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
}

/** The whole result. */
export interface Result {
  format: typeof RESULT_FORMAT;
  warnings: string[];
  years: YearResult[];
}
