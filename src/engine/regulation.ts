/**
 * The regulation in force in a school year (§3.3): the top-level values, changed by every
 * `byYear` entry whose school year is ≤ that year, oldest first. An entry changes only the keys it
 * gives, and the change carries over to later years. Used by the engine and by views that name
 * the regulation of a year (they must not fold `byYear` themselves).
 */
import { type Dec, dec, mul } from "./decimal.ts";
import type { Session } from "./schema.ts";
import { startOf } from "./schoolYear.ts";

/** The values of a regulation that `byYear` may change, as numbers from the file. */
export interface RegulationValues {
  /** Id of a shipped regulation record; null when the values are the partnership's own. */
  id: string | null;
  base: number;
  perStudent: number;
  ceilingFactor: number;
}

/** The same values in the engine's exact form, with perStudent × ceilingFactor worked out once. */
export interface RegulationInForce {
  values: RegulationValues;
  base: Dec;
  /** perStudent × ceilingFactor: the amount per counted student after the ceiling. */
  rate: Dec;
}

/** The regulation of a session as a lookup by school year. */
export type RegulationLookup = (year: string) => RegulationInForce;

/** Folds the `byYear` entries of a session once; the lookup then costs a short scan per year. */
export function regulationTimeline(regulation: Session["regulation"]): RegulationLookup {
  const top: RegulationValues = {
    id: regulation.id ?? null,
    base: regulation.base,
    perStudent: regulation.perStudent,
    ceilingFactor: regulation.ceilingFactor,
  };
  // Oldest first, each step holding the values after applying its entry to everything before it.
  const steps: { from: number; inForce: RegulationInForce }[] = [];
  let current = top;
  const entries = Object.entries(regulation.byYear ?? {}).sort(
    ([a], [b]) => startOf(a) - startOf(b),
  );
  for (const [year, entry] of entries) {
    current = {
      id: entry.id ?? current.id,
      base: entry.base ?? current.base,
      perStudent: entry.perStudent ?? current.perStudent,
      ceilingFactor: entry.ceilingFactor ?? current.ceilingFactor,
    };
    steps.push({ from: startOf(year), inForce: exact(current) });
  }
  const initial = exact(top);
  return (year) => {
    const start = startOf(year);
    let found = initial;
    for (const step of steps) {
      if (step.from > start) break;
      found = step.inForce;
    }
    return found;
  };
}

function exact(values: RegulationValues): RegulationInForce {
  return {
    values,
    base: dec(values.base),
    rate: mul(dec(values.perStudent), dec(values.ceilingFactor)),
  };
}

/** The regulation values in force in one school year of a session. */
export function regulationIn(session: Session, year: string): RegulationValues {
  return regulationTimeline(session.regulation)(year).values;
}
