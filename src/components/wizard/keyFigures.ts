/** The handful of plan-year figures the live panel shows, picked from the engine's result. */
import type { Result } from "../../engine/index.ts";

/** Plan-year figures in euros (coverage as a fraction). */
export interface KeyFigures {
  year: string;
  costs: number;
  subsidy: number;
  ownInvestment: number;
  coverage: number;
  needed: number;
  gap: number;
}

/** The figures of `planYear`, or null when the result has no such year. */
export function keyFigures(result: Result, planYear: string): KeyFigures | null {
  const year = result.years.find((y) => y.year === planYear);
  if (!year) return null;
  return {
    year: year.year,
    costs: year.costs.total,
    subsidy: year.income.subsidy,
    ownInvestment: year.ownInvestment.total,
    coverage: year.coverage,
    needed: year.request.needed,
    gap: year.request.gap,
  };
}

/** True when nothing has been costed or granted yet (an empty session): zeros would only confuse. */
export function isBlank(figures: KeyFigures): boolean {
  return figures.costs === 0 && figures.subsidy === 0 && figures.needed === 0;
}
