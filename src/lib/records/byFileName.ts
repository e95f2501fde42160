/**
 * Shipped records as written, sorted by file name, without their schema: what the browser reads.
 * Every record is checked by its schema when the site is built (/voorstel/ reads them all through
 * parseRecords) and by tests/lib/records/parse.test.ts, which also holds each record equal to its
 * checked form (no default left to fill in), so the pages need not load zod to read them.
 */
export function byFileName<T>(files: Record<string, unknown>): T[] {
  return Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, value]) => value as T);
}
