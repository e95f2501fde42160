/**
 * Which part of a placement keeps it from counting for the subsidy, by the engine's own rule
 * (engine/countable.ts), for the wizard's panel while a session is being typed: it must answer for
 * rows the engine has not computed yet (an incomplete or invalid session). The results page and
 * the PDF read the engine's verdict per placement and year instead (`YearResult.breakdown`).
 */
import {
  type NotCountableCauses,
  type Placement,
  type Session,
  notCountableCausesOf,
} from "../engine/index.ts";

export type { NotCountableCauses };

/** The causes that keep a placement from counting for the subsidy, or null when it counts (membership and category only). */
export function notCountableCauses(
  session: Session,
  placement: Placement,
): NotCountableCauses | null {
  return notCountableCausesOf({
    board: session.partners.find((p) => p.id === placement.board),
    institute: session.partners.find((p) => p.id === placement.institute),
    category: session.categories.find((c) => c.id === placement.category),
  });
}
