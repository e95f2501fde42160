/**
 * The session format's fixed words, without zod: the pages read these at load, while the schema
 * (and zod with it) loads only when a session is checked (schema.ts re-exports them).
 */

/** The format marker a session file must carry. */
export const SESSION_FORMAT = "gesprekswijzer/1";

/** The three roles whose hours are costed. */
export const ROLES = ["WPB", "SO", "IO"] as const;
export type Role = (typeof ROLES)[number];

/** The keys a `byYear` entry may change; the others (lag, counted, grant) hold for every year. */
export const BY_YEAR_KEYS = ["id", "base", "perStudent", "ceilingFactor"] as const;

/** How the subsidy is paid: per school year, or per calendar year on the last completed school year (§3.3). */
export const GRANTS = ["schoolYear", "calendarYear"] as const;
export type Grant = (typeof GRANTS)[number];
