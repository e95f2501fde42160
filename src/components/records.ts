/**
 * The shipped records under content/ (regulations, rate defaults, facilitation presets), read once at
 * build time: the input panels offer them, the proposal's annex cites them.
 */
import type { Category, RoleHours } from "../engine/index.ts";
import type { DocRecord, DocRecords } from "../pdf/types.ts";

/** One source of a shipped default. */
export interface Source {
  document: string;
  ref?: string;
  year?: number | string;
}

/** A regulation record from content/regulations/*.json. */
export interface RegulationRecordFile {
  id: string;
  name: string;
  base: number;
  perStudent: number;
  lag: number;
  counts?: string;
  years?: string;
  note?: string;
  sources?: Source[];
}

/** A facilitation preset from content/presets/*.json (examples from one region, not national norms). */
export interface PresetFile {
  id: string;
  name: string;
  region?: string;
  sector?: string;
  note?: string;
  /** Choices the preset makes where its source is silent. */
  assumptions?: string[];
  year?: number | string;
  sources?: Source[];
  categories: Category[];
  perSchool?: RoleHours;
}

// Sorted by file name so that lists and the annex keep one order whatever the glob returns.
function values<T>(modules: Record<string, unknown>, keep: (value: unknown) => value is T): T[] {
  return Object.entries(modules)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, value]) => value)
    .filter(keep);
}

const isRegulation = (v: unknown): v is RegulationRecordFile =>
  typeof v === "object" && v !== null && typeof (v as RegulationRecordFile).id === "string" && typeof (v as RegulationRecordFile).perStudent === "number";

const isPreset = (v: unknown): v is PresetFile =>
  typeof v === "object" && v !== null && typeof (v as PresetFile).id === "string" && Array.isArray((v as PresetFile).categories);

/** The shipped regulation records, sorted by file name. */
export const REGULATIONS: RegulationRecordFile[] = values(
  import.meta.glob("../../content/regulations/*.json", { eager: true, import: "default" }),
  isRegulation,
);

/** The shipped facilitation presets, sorted by file name (none until content/presets/ has files). */
export const PRESETS: PresetFile[] = values(import.meta.glob("../../content/presets/*.json", { eager: true, import: "default" }), isPreset);

const isRateRecord = (v: unknown): v is DocRecord =>
  typeof v === "object" && v !== null && typeof (v as DocRecord).id === "string" && typeof (v as DocRecord).name === "string";

/** The records the proposal's annex cites, in the shape the document builders read. */
export const DOC_RECORDS: DocRecords = {
  // The annex reads only id, name, note and sources, which both record types carry.
  regulations: REGULATIONS as unknown as DocRecord[],
  rates: values(import.meta.glob("../../content/rates/*.json", { eager: true, import: "default" }), isRateRecord),
  presets: PRESETS as unknown as DocRecord[],
};
