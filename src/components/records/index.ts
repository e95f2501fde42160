/** All shipped records in the shape the proposal's annex reads (used at build time by /voorstel/). */
import type { DocRecord, DocRecords } from "../../document/types.ts";
import { PRESETS } from "./presets.ts";
import { REGULATIONS } from "./regulations.ts";
import { parseRecords } from "../../lib/records/parse.ts";

export type { PresetFile, RegulationRecordFile, Source } from "./shared.ts";
export { PRESETS } from "./presets.ts";
export { REGULATIONS } from "./regulations.ts";

/** The records the proposal's annex cites, in the shape the document builders read. */
export const DOC_RECORDS: DocRecords = {
  // The annex reads only id, name, note and sources, which both record types carry.
  regulations: REGULATIONS,
  rates: parseRecords("rates", import.meta.glob("../../../content/rates/*.json", { eager: true, import: "default" })),
  presets: PRESETS as unknown as DocRecord[],
};
