/** What the document builders need besides the session and the engine's result. */
import type { Scenario } from "../compare/compare.ts";
import type { Block } from "./model.ts";

/** One question of a conversation card, as far as the documents need it. */
export interface DocQuestion {
  id: string;
  text: string;
}

/** One conversation card (step) as far as the documents need it; src/lib/cards.ts data fits. */
export interface DocCard {
  step: number;
  slug: string;
  title: string;
  inputs?: readonly string[] | undefined;
  questions: readonly DocQuestion[];
}

/** A source of a shipped record (content/regulations, content/rates, content/presets): a document of content/sources.json and where in it. */
export interface RecordSource {
  doc: string;
  section: string;
}

/** A shipped regulation or rate record, as far as the annex needs it. */
export interface DocRecord {
  id: string;
  name: string;
  note?: string | undefined;
  sources?: readonly RecordSource[] | undefined;
  [key: string]: unknown;
}

/** Records the annex cites (regulations, rate defaults, facilitation presets). */
export interface DocRecords {
  regulations: readonly DocRecord[];
  rates: readonly DocRecord[];
  /** Example facilitation norms (content/presets); optional for older callers. */
  presets?: readonly DocRecord[] | undefined;
}

/** Options of both builders. */
export interface BuildOptions {
  /** True when the user marked the proposal final; otherwise it is a "concept". */
  final: boolean;
  /** The date printed on the document. */
  date: Date;
  /** Version of Gesprekswijzer that made the document. */
  toolVersion: string;
  /** Shipped records for the annex; without them the annex cites the session's values only. */
  records?: DocRecords | undefined;
  /** Other scenarios for the proposal's chapter "Alternatieven"; absent or empty: no such chapter. */
  alternatives?: Alternatives | undefined;
}

/**
 * The scenarios the proposal compares its own with (library sessions or files), each computed by
 * the engine. Make it with `withAlternatives` (proposalAlternatives.ts): the chapter's builder
 * travels with its data, so the proposal page loads that code only once alternatives are chosen.
 */
export interface Alternatives {
  /** The name of the chosen scenario (the session the proposal is about), as the library shows it. */
  chosen: string;
  /** The alternatives, in the order the user listed them. */
  scenarios: readonly Scenario[];
  /** Builds chapter 8 from these alternatives and the chosen scenario; `anchor` is the chapter's. */
  chapter: (alternatives: Alternatives, chosen: Scenario, anchor: string) => Block[];
  /** The summary's sentence about the alternatives, linking to the chapter's `anchor`. */
  lead: (alternatives: Alternatives, anchor: string) => Block;
}
