/**
 * All shipped records in the shape the proposal's annex reads (used at build time by /voorstel/):
 * each checked by its schema here, so a record that breaks it stops the build.
 */
import type { DocRecords } from "../../document/types.ts";
import { parseRecords } from "../../lib/records/parse.ts";

export type { PresetFile, RegulationRecordFile, Source } from "./shared.ts";
export { PRESETS } from "./presets.ts";
export { REGULATIONS } from "./regulations.ts";
export { RATES } from "./rates.ts";

/** The records the proposal's annex cites, in the shape the document builders read. */
export const DOC_RECORDS: DocRecords = {
  // The annex reads only id, name, note and sources, which both record types carry.
  regulations: parseRecords(
    "regulations",
    import.meta.glob("../../../content/regulations/*.json", { eager: true, import: "default" }),
  ),
  rates: parseRecords(
    "rates",
    import.meta.glob("../../../content/rates/*.json", { eager: true, import: "default" }),
  ),
  presets: parseRecords(
    "presets",
    import.meta.glob("../../../content/presets/*.json", { eager: true, import: "default" }),
  ),
};
