/**
 * The one sentence that says when a session uses a shipped regulation beyond the years its sources
 * state (the 2025 amounts for 2026 and later): panel, results and proposal annex show the same.
 */
import { type Session, regulationIn, schoolYear, startOf } from "../engine/index.ts";

/** The part of a regulation record this needs: its id, name and the school years it is sourced for. */
export interface SourcedRecord {
  id: string;
  name: string;
  sourcedFor: { from: string; to: string };
}

/** "Voor 2026 en later …" when some year's grant uses a record past its sourced years; null when none does. */
export function regulationAssumption(
  session: Session,
  records: readonly SourcedRecord[],
): string | null {
  const calendar = session.regulation.grant === "calendarYear";
  // Under calendar-year grants a school year's second grant uses the values of the next school year.
  const used = calendar
    ? [...session.years, schoolYear(startOf(session.years.at(-1)!) + 1)]
    : session.years;
  for (const year of used) {
    const id = regulationIn(session, year).id;
    const record = records.find((r) => r.id === id);
    if (record !== undefined && startOf(year) > startOf(record.sourcedFor.to)) {
      const from = calendar ? String(startOf(year)) : year;
      return `Voor ${from} en later is nog geen regeling bekend: de bedragen van de ${record.name} zijn doorgetrokken (aanname).`;
    }
  }
  return null;
}
