/**
 * The one rule for "does a placement count for the subsidy" (§3.3), with the reason when it does
 * not: the engine counts with it, and the views word its causes. Joining is a separate rule
 * (takesPartIn): a placement whose board or institute has not joined counts 0 students that year.
 */

/** Why a placement is not countable: which of its board, institute or category keeps it out. */
export interface NotCountableCauses {
  board: boolean;
  institute: boolean;
  category: boolean;
}

/** What the rule needs to know of a placement's board, institute and category (absent = unknown, not a cause). */
export interface CountableParts {
  board: { member: boolean } | undefined;
  institute: { member: boolean } | undefined;
  category: { subsidised: boolean } | undefined;
}

/** The causes that keep a placement from counting, or null when it counts (membership and category). */
export function notCountableCausesOf(parts: CountableParts): NotCountableCauses | null {
  const causes = {
    board: parts.board !== undefined && !parts.board.member,
    institute: parts.institute !== undefined && !parts.institute.member,
    category: parts.category !== undefined && !parts.category.subsidised,
  };
  return causes.board || causes.institute || causes.category ? causes : null;
}

/** True when a placement counts: member board, member institute, subsidised category. */
export function isCountable(parts: CountableParts): boolean {
  return (
    parts.board !== undefined &&
    parts.institute !== undefined &&
    parts.category !== undefined &&
    notCountableCausesOf(parts) === null
  );
}
