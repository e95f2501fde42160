/**
 * Which rows of the student grid are on screen. A partnership of 150 partners has hundreds of rows
 * × ten years: drawing all of those inputs makes every keystroke wait for the browser to lay out
 * thousands of cells, so the grid shows one page of rows at a time, optionally filtered by name.
 * Pure, so the grid and its tests page exactly the same way.
 */

/** Rows on one page: a workshop screen full, few enough that a keystroke redraws within a frame. */
export const PAGE_ROWS = 25;

/** Positions (indexes into `labels`) of the rows whose label holds every word of `query` (any case). */
export function filterRows(labels: readonly string[], query: string): number[] {
  const words = query.toLocaleLowerCase("nl").split(/\s+/).filter(Boolean);
  const all = labels.map((_, i) => i);
  if (words.length === 0) return all;
  return all.filter((i) => {
    const label = labels[i]!.toLocaleLowerCase("nl");
    return words.every((word) => label.includes(word));
  });
}

/** Number of pages for `rows` rows (at least one, so an empty grid still has a page). */
export function pageCount(rows: number, size: number = PAGE_ROWS): number {
  return Math.max(1, Math.ceil(rows / size));
}

/** The page that holds the row at `position` (0-based) of the filtered rows. */
export function pageOf(position: number, size: number = PAGE_ROWS): number {
  return Math.max(0, Math.floor(position / size));
}

/** `page` kept within the pages that exist. */
export function clampPage(page: number, rows: number, size: number = PAGE_ROWS): number {
  return Math.min(Math.max(0, page), pageCount(rows, size) - 1);
}

/** First and last position on `page` (0-based, inclusive; last < first when there are no rows). */
export function pageRange(
  page: number,
  rows: number,
  size: number = PAGE_ROWS,
): { first: number; last: number } {
  const first = clampPage(page, rows, size) * size;
  return { first, last: Math.min(rows, first + size) - 1 };
}
