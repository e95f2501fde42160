/** The shipped regulation records (content/regulations/*.json), checked by their schema at build time (see byFileName). */
import { byFileName } from "../../lib/records/byFileName.ts";
import type { RegulationRecord } from "../../lib/records/schemas.ts";

/** The shipped regulation records, sorted by file name. */
export const REGULATIONS: RegulationRecord[] = byFileName(import.meta.glob("../../../content/regulations/*.json", { eager: true, import: "default" }));
