/** The shipped regulation records (content/regulations/*.json), read at build time and checked by their schema. */
import { parseRecords } from "../../lib/records/parse.ts";
import type { RegulationRecord } from "../../lib/records/schemas.ts";

/** The shipped regulation records, sorted by file name; a record that breaks the schema stops the build. */
export const REGULATIONS: RegulationRecord[] = parseRecords("regulations", import.meta.glob("../../../content/regulations/*.json", { eager: true, import: "default" }));
