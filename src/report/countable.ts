/**
 * Which part of a placement keeps it from counting for the subsidy. Its own small module: the
 * report, the PDF and the wizard's panel word the causes differently but find them here once.
 */
import type { Placement, Session } from "../engine/index.ts";

/** Why a placement is not countable (§3.3): which of its board, institute or category keeps it out. */
export interface NotCountableCauses {
  board: boolean;
  institute: boolean;
  category: boolean;
}

/** The causes that keep a placement from counting for the subsidy, or null when it counts (membership and category only). */
export function notCountableCauses(session: Session, placement: Placement): NotCountableCauses | null {
  const board = session.partners.find((p) => p.id === placement.board);
  const institute = session.partners.find((p) => p.id === placement.institute);
  const category = session.categories.find((c) => c.id === placement.category);
  const causes = {
    board: board !== undefined && !board.member,
    institute: institute !== undefined && !institute.member,
    category: category !== undefined && !category.subsidised,
  };
  return causes.board || causes.institute || causes.category ? causes : null;
}
