/** The plan-year key figures for the live panel and the presenter's figures slide, from the report's money story. */
import type { Result } from "../../engine/index.ts";
// Straight from the module, not the report barrel: the barrel would pull every report view into each step page.
import { keyFigures } from "../../report/keyFigures.ts";
import type { KeyFigure, KeyFigures } from "../../report/types.ts";

/** The report's key figures of `planYear`, or null when the result has no such year (the report would throw). */
export function planYearFigures(result: Result, planYear: string): KeyFigures | null {
  return result.years.some((y) => y.year === planYear) ? keyFigures(result, planYear) : null;
}

/** The number behind one figure (0 if the report ever left it out). */
export function figureValue(figures: KeyFigures, key: KeyFigure["key"]): number {
  return figures.items.find((item) => item.key === key)?.value ?? 0;
}

/** True when nothing has been costed or granted yet (an empty session): zeros would only confuse. */
export function isBlank(figures: KeyFigures): boolean {
  return (
    figureValue(figures, "costs") === 0 &&
    figureValue(figures, "subsidy") === 0 &&
    figureValue(figures, "needed") === 0
  );
}
