/** The shipped regulation records (content/regulations/*.json), read at build time. */
import { type RegulationRecordFile, isRegulation, values } from "./shared.ts";

/** The shipped regulation records, sorted by file name. */
export const REGULATIONS: RegulationRecordFile[] = values(
  import.meta.glob("../../../content/regulations/*.json", { eager: true, import: "default" }),
  isRegulation,
);
