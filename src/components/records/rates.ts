/** The shipped rate records (content/rates/*.json), checked by their schema at build time (see byFileName). */
import { byFileName } from "../../lib/records/byFileName.ts";
import type { RateRecord } from "../../lib/records/schemas.ts";

/** The shipped rate records, sorted by file name. */
export const RATES: RateRecord[] = byFileName(
  import.meta.glob("../../../content/rates/*.json", { eager: true, import: "default" }),
);
