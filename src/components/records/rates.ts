/** The shipped rate records (content/rates/*.json), read at build time and checked by their schema. */
import { parseRecords } from "../../lib/records/parse.ts";
import type { RateRecord } from "../../lib/records/schemas.ts";

/** The shipped rate records, sorted by file name; a record that breaks the schema stops the build. */
export const RATES: RateRecord[] = parseRecords("rates", import.meta.glob("../../../content/rates/*.json", { eager: true, import: "default" }));
