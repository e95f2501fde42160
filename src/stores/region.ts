/**
 * The region page: the partnerships' sessions opened as files (or taken from this browser), the
 * regional budget as typed, and the region computed from both. The sessions live in memory (they
 * are files on disk already); the budget fields are kept in localStorage so a reload loses nothing.
 */
import { persistentJSON } from "@nanostores/persistent";
import { atom, computed } from "nanostores";
import {
  type Problem,
  type Session,
  computeResult,
  formatProblem,
  parseSession,
} from "../engine/index.ts";
import { parseDutchNumber } from "../lib/format.ts";
import {
  ALLOCATION_RULES,
  type AllocationRule,
  type RegionBudget,
  type RegionMember,
  type RegionResult,
  combineRegion,
} from "../region/index.ts";
import { readSessionFile } from "./files.ts";
import { sessionsOf } from "./library.ts";
import { sessionStore } from "./session.ts";

/** One partnership's session on the region page. */
export interface RegionEntry {
  /** Stable key for lists. */
  id: number;
  /** Where it came from: the file name, or "dit gesprek". */
  source: string;
  session: Session;
}

/** A file that was refused, with its Dutch messages. */
export interface RefusedFile {
  source: string;
  lines: string[];
}

/** The budget fields exactly as typed. */
export interface BudgetFields {
  /** Euros as a person types them ("1.250.000"); "" for no budget. */
  amount: string;
  /** Calendar year as text ("2026"); "" for the first year of the region. */
  year: string;
  /** The rule the proposal puts forward. */
  rule: AllocationRule;
}

export const REGION_BUDGET_KEY = "gesprekswijzer:regio-budget:v1";

export const regionEntriesStore = atom<RegionEntry[]>([]);
export const refusedFilesStore = atom<RefusedFile[]>([]);
export const budgetFieldsStore = persistentJSON<BudgetFields>(REGION_BUDGET_KEY, {
  amount: "",
  year: "",
  rule: "behoefte",
});

let nextId = 1;

/** Reads chosen files; valid sessions join the region, the others are listed with their messages. */
export async function addRegionFiles(files: readonly File[]): Promise<void> {
  const outcomes = await Promise.all(
    files.map(async (file) => ({ file, outcome: await readSessionFile(file) })),
  );
  const added: RegionEntry[] = [];
  const refused: RefusedFile[] = [];
  for (const { file, outcome } of outcomes) {
    if (outcome.ok) added.push({ id: nextId++, source: file.name, session: outcome.session });
    else
      refused.push({
        source: file.name,
        lines: outcome.problems.map((p: Problem) => formatProblem(p)),
      });
  }
  regionEntriesStore.set([...regionEntriesStore.get(), ...added]);
  refusedFilesStore.set(refused);
}

/** Adds the conversation of this browser, when it can be computed. */
export function addCurrentSession(): void {
  const outcome = parseSession(sessionStore.get());
  if (!outcome.ok) {
    refusedFilesStore.set([
      {
        source: "het gesprek in deze browser",
        lines: outcome.problems.map((p) => formatProblem(p)),
      },
    ]);
    return;
  }
  regionEntriesStore.set([
    ...regionEntriesStore.get(),
    { id: nextId++, source: "dit gesprek", session: outcome.session },
  ]);
  refusedFilesStore.set([]);
}

/** Adds conversations from this browser's library (readable ones; see stores/library.ts). */
export function addLibrarySessions(ids: readonly string[]): void {
  const found = sessionsOf(ids).map(({ label, session }) => ({
    id: nextId++,
    source: `bibliotheek: ${label}`,
    session,
  }));
  regionEntriesStore.set([...regionEntriesStore.get(), ...found]);
  refusedFilesStore.set([]);
}

/** Takes one partnership off the page. */
export function removeRegionEntry(id: number): void {
  regionEntriesStore.set(regionEntriesStore.get().filter((entry) => entry.id !== id));
}

/** Changes one budget field. */
export function setBudgetField<K extends keyof BudgetFields>(
  field: K,
  value: BudgetFields[K],
): void {
  budgetFieldsStore.set({ ...budgetFieldsStore.get(), [field]: value });
}

/** The region, the budget as understood, and the Dutch message when the amount cannot be read. */
export interface RegionState {
  region: RegionResult;
  budget: RegionBudget | null;
  budgetProblem: string | null;
}

/** The budget from what was typed, for the region's calendar years (the first year when none is chosen). */
function budgetOf(
  fields: BudgetFields,
  years: readonly number[],
): { budget: RegionBudget | null; problem: string | null } {
  if (fields.amount.trim() === "") return { budget: null, problem: null };
  const parsed = parseDutchNumber(fields.amount);
  if (!parsed.ok) return { budget: null, problem: `Regionaal budget: ${parsed.message}` };
  const year = years.includes(Number(fields.year)) ? Number(fields.year) : years[0];
  if (year === undefined) return { budget: null, problem: null };
  const rule = (ALLOCATION_RULES as readonly string[]).includes(fields.rule)
    ? fields.rule
    : "behoefte";
  return { budget: { year, amount: Math.round(parsed.value * 100), rule }, problem: null };
}

// The engine's result per session object: a session is computed once, whatever else changes
// (another file added, one removed, the budget typed). Entries hold their session unchanged.
const results = new WeakMap<Session, RegionMember>();

/** The session with the engine's result, computed the first time it is asked for. */
function memberOf(session: Session): RegionMember {
  let member = results.get(session);
  if (member === undefined) {
    member = { session, result: computeResult(session) };
    results.set(session, member);
  }
  return member;
}

/** Derived: every entry's session with its result; adding a file computes only that file. */
export const regionMembersStore = computed(regionEntriesStore, (entries) =>
  entries.map(({ session }) => memberOf(session)),
);

/** Derived: the region of the entries with the typed budget; typing the budget computes no session again. */
export const regionStore = computed(
  [regionMembersStore, budgetFieldsStore],
  (members, fields): RegionState => {
    const plain = combineRegion(members);
    const { budget, problem } = budgetOf(
      fields,
      plain.years.map((y) => y.year),
    );
    return {
      region: budget ? combineRegion(members, budget) : plain,
      budget,
      budgetProblem: problem,
    };
  },
);
