/**
 * The shipped regulation a new session starts from. The browser reads it as written (no zod on
 * every page); tests/lib/records/defaults.test.ts and the build check it against its schema, so a
 * bad record still stops them with the file and the field named. Only the regulation is a default,
 * since it holds for every sector; rates are offered by sector (`ratesFor` in src/lib/ratesCheck.ts).
 */
import regulation from "../../../content/regulations/onderwijsregios-2025.json" with { type: "json" };
import type { RegulationRecord } from "./schemas.ts";

/** The regulation a new session computes with: the latest one the sources state. */
export const NEW_SESSION_REGULATION = regulation as unknown as RegulationRecord;
