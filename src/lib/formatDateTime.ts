/**
 * The moment of a last change as the library lists it. Apart from format.ts so that the pages that
 * never list a moment do not carry it (format.ts is in every page's first load).
 */
// Made once, on first use: an Intl formatter costs far more to build than to use (50 rows on /gesprekken/).
let dateTime: Intl.DateTimeFormat | undefined;

/** "3 dec 2026, 14:32": a moment as the library lists the last change. */
export function formatDateTime(ms: number): string {
  dateTime ??= new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short" });
  return dateTime.format(ms);
}
