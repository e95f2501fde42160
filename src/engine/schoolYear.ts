/** School years ("2025-2026", 1 August to 31 July) and their arithmetic. */

const PATTERN = /^(\d{4})-(\d{4})$/;

/** Earliest and latest first calendar year of a school year; the arithmetic keeps four digits between them. */
const MIN_START = 1900;
const MAX_START = 2998;

/** True for "2025-2026": consecutive four-digit years from 1900-1901 to 2998-2999. */
export function isSchoolYear(text: string): boolean {
  const m = PATTERN.exec(text);
  // Four-digit years only: before 1000 the year arithmetic would write "1-2" for "0001-0002".
  return (
    m !== null &&
    Number(m[1]) >= MIN_START &&
    Number(m[1]) <= MAX_START &&
    Number(m[2]) === Number(m[1]) + 1
  );
}

/** The first calendar year of a school year: "2025-2026" → 2025. */
export function startOf(year: string): number {
  return Number(year.slice(0, 4));
}

/** The school year that starts in calendar year `start`. */
export function schoolYear(start: number): string {
  return `${start}-${start + 1}`;
}

/** Y + k: shifts a school year by k (negative k goes back). */
export function shiftYear(year: string, k: number): string {
  return schoolYear(startOf(year) + k);
}

/** True when a partner that joins in school year `joins` (undefined: from the start) takes part in `year`. */
export function takesPartIn(
  partner: { readonly joins?: string | undefined },
  year: string,
): boolean {
  return partner.joins === undefined || startOf(partner.joins) <= startOf(year);
}

/** Consecutive school years from `first`, `count` long. */
export function yearRange(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftYear(first, i));
}
