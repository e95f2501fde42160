/**
 * Types and helpers for the shipped records under content/. Each kind of record is read in its own
 * module (regulations.ts, presets.ts), so a panel that offers regulations does not also load the
 * presets with their category tables.
 */
import type { Category, RoleHours } from "../../engine/index.ts";

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
/** The JSON values of a glob, sorted by file name; values that are not records of the kind are left out. */
export function values<T>(modules: Record<string, unknown>, keep: (value: unknown) => value is T): T[] {
  return Object.entries(modules)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, value]) => value)
    .filter(keep);
}

/** True for a regulation record. */
export const isRegulation = (v: unknown): v is RegulationRecordFile =>
  typeof v === "object" && v !== null && typeof (v as RegulationRecordFile).id === "string" && typeof (v as RegulationRecordFile).perStudent === "number";

/** True for a facilitation preset. */
export const isPreset = (v: unknown): v is PresetFile =>
  typeof v === "object" && v !== null && typeof (v as PresetFile).id === "string" && Array.isArray((v as PresetFile).categories);

