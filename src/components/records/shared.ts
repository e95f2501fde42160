/**
 * Types and helpers for the shipped records under content/. Each kind of record is read in its own
 * module (regulations.ts, presets.ts), so a panel that offers regulations does not also load the
 * presets with their category tables.
 */
import type { Category, Session } from "../../engine/index.ts";
import type { SourceRef } from "../../lib/cardSchema.ts";
import type { RegulationRecord } from "../../lib/records/schemas.ts";
import type { CategoryFields } from "../../stores/editing/categories.ts";

/** One source of a shipped default: a document of content/sources.json and where a reader finds the value in it. */
export type Source = SourceRef;

/** A regulation record from content/regulations/*.json (its schema is in src/lib/records/schemas.ts). */
export type RegulationRecordFile = RegulationRecord;

/** One reading of its source that a preset makes, and the other reading, one click away (step Facilitering). */
export interface PresetInterpretation {
  id: string;
  /** The open point as a short question (Dutch). */
  topic: string;
  /** What the source says, what we chose and why (Dutch). */
  text: string;
  /** Ids of the preset's categories the choice applies to. */
  categories: string[];
  /** Short label of the preset's own choice. */
  current: string;
  /** The other reading: its label and the category fields it sets. */
  alternative: { label: string; change: CategoryChange };
}

/** Category fields an interpretation may switch. */
export type CategoryChange = CategoryFields;

/** A facilitation preset from content/presets/*.json (examples from one region, not national norms). */
export interface PresetFile {
  id: string;
  name: string;
  region?: string;
  sector?: string;
  note?: string;
  /** Choices the preset makes where its source is silent. */
  assumptions?: string[];
  /** Readings of the source the preset makes, each with an alternative the user can switch to in one click. */
  interpretations?: PresetInterpretation[];
  year?: number | string;
  sources?: Source[];
  categories: Category[];
  perSchool?: Session["perSchool"];
}
