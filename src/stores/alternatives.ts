/**
 * Which library conversations the proposal adds as alternatives (chapter 8), per conversation the
 * proposal is about: library id → the ids of its alternatives, in the order they were ticked.
 * Library ids live only in this browser, so the choice stays out of the session file. The proposal
 * page loads this module (and the library) after its first paint.
 */
import { persistentAtom } from "@nanostores/persistent";
import type { Scenario } from "../compare/compare.ts";
import { computeResult } from "../engine/index.ts";
import { entryText, sessionsOf } from "./library.ts";

/** localStorage key of the choice. */
export const ALTERNATIVES_KEY = "gesprekswijzer:voorstel-alternatieven:v1";

/** Library id of a conversation → the library ids of its alternatives. */
export type AlternativesChoice = Record<string, string[]>;

/** The stored choice if it has the right shape; anything else reads as "nothing chosen". */
export function decodeChoice(text: string): AlternativesChoice {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, ids]) =>
        Array.isArray(ids) && ids.every((id) => typeof id === "string") ? [[key, ids]] : [],
      ),
    );
  } catch {
    return {};
  }
}

/** The choice, kept in this browser. */
export const alternativeChoiceStore = persistentAtom<AlternativesChoice>(
  ALTERNATIVES_KEY,
  {},
  { encode: JSON.stringify, decode: decodeChoice },
);

/** Adds (`on`) or removes an alternative of the conversation `current`. */
export function chooseAlternative(current: string, id: string, on: boolean): void {
  const all = alternativeChoiceStore.get();
  const chosen = (all[current] ?? []).filter((x) => x !== id);
  try {
    alternativeChoiceStore.set({ ...all, [current]: on ? [...chosen, id] : chosen });
  } catch {
    // Full or blocked storage: the storage notice on the page says so; the choice is not kept.
  }
}

/** The alternatives of `current` that are still in the library, in the order they were chosen. */
export function alternativesOf(
  choice: AlternativesChoice,
  current: string | null,
  existing: readonly string[],
): string[] {
  if (current === null) return [];
  return (choice[current] ?? []).filter((id) => id !== current && existing.includes(id));
}

// The engine's result per stored text: ticking a third alternative does not compute the first two again.
const computed = new Map<string, { text: string; scenario: Scenario }>();

/** The chosen conversations as scenarios, each with the engine's result (damaged ones left out). */
export function alternativeScenarios(ids: readonly string[]): Scenario[] {
  return sessionsOf(ids).map(({ id, label, session }) => {
    const text = entryText(id) ?? "";
    const known = computed.get(id);
    if (known !== undefined && known.text === text) return { ...known.scenario, label };
    const scenario = { label, session, result: computeResult(session) };
    computed.set(id, { text, scenario });
    return scenario;
  });
}
