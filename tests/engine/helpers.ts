// Small sessions for the rule tests: one board, one institute, one category, three school years.
// Each test changes only what its rule is about, so the expected figures stay hand-checkable.
import {
  type Result,
  type Session,
  type YearResult,
  computeResult,
  parseSession,
} from "../../src/engine/index.ts";

/** A session as written in a file, loosely typed so that tests can change any field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests build files by hand, including unusual shapes
export type Draft = Record<string, any>;

/** The three school years of every small session. */
export const Y0 = "2024-2025";
export const Y1 = "2025-2026";
export const Y2 = "2026-2027";

/** The base file: WPB €50, SO €60, IO €70 per hour; €1 000 per counted student; no students yet. */
export function baseDraft(): Draft {
  return {
    format: "gesprekswijzer/1",
    partnership: { name: "Proef", sector: "vo" },
    years: [Y0, Y1, Y2],
    regulation: { perStudent: 1000, counted: { "2023-2024": 0 } },
    rates: { WPB: 50, SO: 60, IO: 70 },
    categories: [
      { id: "c", name: "Regulier", subsidised: true, perStudent: { WPB: 10, SO: 5, IO: 2 } },
    ],
    partners: [
      { id: "b", name: "Bestuur", kind: "board" },
      { id: "i", name: "Opleiding", kind: "institute" },
    ],
    placements: [],
  };
}

/** Parses a draft (after `change`) and fails the test loudly when it is not a valid session. */
export function sessionOf(change: (draft: Draft) => void = () => {}): Session {
  const draft = baseDraft();
  change(draft);
  const outcome = parseSession(draft);
  if (!outcome.ok) throw new Error(`test session is invalid: ${JSON.stringify(outcome.problems)}`);
  return outcome.session;
}

/** Computes a draft (after `change`). */
export function resultOf(change: (draft: Draft) => void = () => {}): Result {
  return computeResult(sessionOf(change));
}

/** One school year of the base draft after `changes`, applied in order (a scenario, then a table row's change). */
export function yearAfter(year: string, ...changes: ((draft: Draft) => void)[]): YearResult {
  return yearOf(
    resultOf((d) => {
      for (const change of changes) change(d);
    }),
    year,
  );
}

/** The result of one school year. */
export function yearOf(result: Result, year: string): YearResult {
  const found = result.years.find((y) => y.year === year);
  if (found === undefined) throw new Error(`no year ${year} in result`);
  return found;
}

/** The partner line of one partner in one year. */
export function partnerOf(year: YearResult, id: string): YearResult["partners"][number] {
  const found = year.partners.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no partner ${id} in ${year.year}`);
  return found;
}

/** Euros → integer cents, for comparisons that must hold to the cent. */
export function cents(euros: number): number {
  return Math.round(euros * 100);
}

/** A placement row of `n` students of category `c` from `i` at `b` in every listed year. */
export function placement(counts: Record<string, number>, extra: Draft = {}): Draft {
  return { board: "b", institute: "i", category: "c", students: counts, ...extra };
}
