/**
 * How the subsidy's timing is explained to people, in one place: panels and the PDF say the same.
 * The 2020–2023 regulation paid per school year on the count of the school year before (T-1); the
 * Onderwijsregio regulations grant per calendar year on the last completed school year (2024 on
 * 2022-2023, 2025 on 2023-2024), so a school year's subsidy rests on two counts (kostenmodel §3.3).
 * The texts follow the session's `regulation.grant`.
 */
import type { Session } from "../engine/index.ts";

/** True when the session's regulation grants per calendar year (`regulation.grant`, kostenmodel §3.3). */
export function grantsPerCalendarYear(session: Pick<Session, "regulation">): boolean {
  return session.regulation.grant === "calendarYear";
}

/** What the regulations themselves do, independent of the session. */
export const REGULATION_TIMING =
  "Onder de regeling van 2020–2023 volgde de subsidie van een schooljaar de telling van het schooljaar ervoor (T-1). De regelingen voor de Onderwijsregio's kennen het geld per kalenderjaar toe, op de telling van het laatst afgeronde schooljaar (2024 op 2022-2023, 2025 op 2023-2024); de subsidie van één schooljaar rust dan op twee tellingen.";

/** Short hint: which count the subsidy of a school year rests on in this calculation. */
export function timingHint(session: Session): string {
  const lag = session.regulation.lag;
  if (grantsPerCalendarYear(session)) {
    return "De subsidie van een schooljaar rust op twee eerdere tellingen: het geld van een kalenderjaar volgt de telling van het laatst afgeronde schooljaar.";
  }
  if (lag === 0)
    return "In deze berekening volgt de subsidie van een schooljaar de telling van dat schooljaar zelf.";
  const before = lag === 1 ? "het schooljaar ervoor" : `${lag} schooljaren eerder`;
  return `In deze berekening volgt de subsidie van een schooljaar de telling van ${before} (T-${lag}), zoals onder de regeling van 2020–2023.`;
}

/** What the regulations do, then what this calculation does: for places with room to explain (growth panel, PDF). */
export function timingExplanation(session: Session): string {
  if (grantsPerCalendarYear(session)) return `${REGULATION_TIMING} Deze berekening rekent ook zo.`;
  const lag = session.regulation.lag;
  const own =
    lag === 0
      ? "de telling van dat schooljaar zelf"
      : lag === 1
        ? "de telling van het schooljaar ervoor (T-1)"
        : `de telling van ${lag} schooljaren eerder (T-${lag})`;
  return `${REGULATION_TIMING} Deze berekening laat de subsidie van een schooljaar ${own} volgen.`;
}
