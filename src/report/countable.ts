/**
 * Which part of a placement keeps it from counting for the subsidy, found by the engine's own rule
 * (engine/countable.ts); the report, the PDF and the wizard's panel word the causes differently.
 */
import { type NotCountableCauses, type Placement, type Session, notCountableCausesOf } from "../engine/index.ts";

export type { NotCountableCauses };

/** The causes that keep a placement from counting for the subsidy, or null when it counts (membership and category only). */
export function notCountableCauses(session: Session, placement: Placement): NotCountableCauses | null {
  return notCountableCausesOf({
    board: session.partners.find((p) => p.id === placement.board),
    institute: session.partners.find((p) => p.id === placement.institute),
    category: session.categories.find((c) => c.id === placement.category),
  });
}
