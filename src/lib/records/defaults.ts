/**
 * The shipped regulation a new session starts from, checked by its schema when this module loads
 * (the site and the tests import it), so a bad record stops them with the file and the field named.
 * Only the regulation is a default, since it holds for every sector; rates are offered by sector
 * (`ratesFor` in src/lib/ratesCheck.ts).
 */
import regulation from "../../../content/regulations/onderwijsregios-2025.json" with { type: "json" };
import { parseRecord } from "./parse.ts";
import type { RegulationRecord } from "./schemas.ts";

/** The regulation a new session computes with: the latest one the sources state. */
export const NEW_SESSION_REGULATION: RegulationRecord = parseRecord("regulations", "onderwijsregios-2025.json", regulation);
