/** The shipped regulation records (content/regulations/*.json), checked by their schema at build time (see byFileName). */
import { byFileName } from "../../lib/records/byFileName.ts";
import type { RegulationRecord } from "../../lib/records/schemas.ts";

/** The shipped regulation records, sorted by file name. */
export const REGULATIONS: RegulationRecord[] = byFileName(
  import.meta.glob("../../../content/regulations/*.json", { eager: true, import: "default" }),
);

/** The first calendar year a record covers ("2020–2023" → 2020), or 0 when its years are not stated. */
const firstYear = (record: RegulationRecord): number =>
  Number(/\d{4}/.exec(record.years ?? "")?.[0] ?? 0);

/** The most recent shipped regulation: what a change "from school year X" most likely moves to. */
export function newestRegulation(): RegulationRecord | undefined {
  return REGULATIONS.reduce<RegulationRecord | undefined>(
    (newest, r) => (newest === undefined || firstYear(r) > firstYear(newest) ? r : newest),
    undefined,
  );
}
