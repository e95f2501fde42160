/** Finding a school year in a result; its own module so the live figures do not pull in the report views. */
import type { Result, YearResult } from "../engine/index.ts";

/** The year's result; throws a Dutch error when the year is not in the result (a caller bug). */
export function yearResult(result: Result, year: string): YearResult {
  const found = result.years.find((y) => y.year === year);
  if (!found) throw new RangeError(`Schooljaar ${year} staat niet in het resultaat.`);
  return found;
}
