/** All shipped records in the shape the proposal's annex reads (used at build time by /voorstel/). */
import type { DocRecord, DocRecords } from "../../pdf/types.ts";
import { PRESETS } from "./presets.ts";
import { REGULATIONS } from "./regulations.ts";
import { values } from "./shared.ts";

export type { PresetFile, RegulationRecordFile, Source } from "./shared.ts";
export { PRESETS } from "./presets.ts";
export { REGULATIONS } from "./regulations.ts";

const isRateRecord = (v: unknown): v is DocRecord =>
  typeof v === "object" && v !== null && typeof (v as DocRecord).id === "string" && typeof (v as DocRecord).name === "string";

/** The records the proposal's annex cites, in the shape the document builders read. */
export const DOC_RECORDS: DocRecords = {
  // The annex reads only id, name, note and sources, which both record types carry.
  regulations: REGULATIONS as unknown as DocRecord[],
  rates: values(import.meta.glob("../../../content/rates/*.json", { eager: true, import: "default" }), isRateRecord),
  presets: PRESETS as unknown as DocRecord[],
};
