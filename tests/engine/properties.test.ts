// Invariants of the cost engine over random valid sessions (fast-check): the own-investment
// identity of §3.5 to the cent, shares that add up to the pot, no NaN or Infinity, no negative
// costs, and costs that never fall when a count rises.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_AMOUNT,
  MAX_COUNT,
  MAX_TEXT_LENGTH,
  type Result,
  type Session,
  computeResult,
  parseSession,
  repairSession,
} from "../../src/engine/index.ts";
import { emptySession } from "../../src/stores/newSession.ts";
import { sessionDraft, validSession, validSession11 } from "./arbitrary.ts";
import { type Draft, cents } from "./helpers.ts";

const RUNS = 1000;
/** A fixed seed keeps CI reproducible; fast-check prints it with any counterexample anyway. */
const options = { numRuns: RUNS, seed: 20251101 };

/** Every numeric leaf of a value, with its path. */
function numbers(value: unknown, path = "result"): [string, number][] {
  if (typeof value === "number") return [[path, value]];
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) =>
      numbers(v, Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`),
    );
  }
  return [];
}

/** Amounts in the result must be whole cents. */
const isWholeCents = (euros: number): boolean =>
  Math.abs(euros * 100 - Math.round(euros * 100)) < 1e-6;

describe.each([
  // sessions as the first version knew them
  ["valid sessions", validSession],
  // the same with a grant mode and byYear entries (cost model 1.1): every invariant still holds
  ["valid sessions with byYear and both grant modes", validSession11],
] as const)("properties of computeResult over random %s", (_label, sessions) => {
  it("keeps own investment total = Σ partners + overhead uncovered + payout deficit − reserve, to the cent", () => {
    fc.assert(
      fc.property(sessions, (session) => {
        for (const y of computeResult(session).years) {
          const d = y.distribution;
          const partners = y.partners.reduce((sum, p) => sum + cents(p.ownInvestment), 0);
          expect(cents(y.ownInvestment.total)).toBe(
            partners + cents(d.overheadUncovered) + cents(d.payoutDeficit) - cents(d.reserve),
          );
          expect(cents(y.ownInvestment.total)).toBe(cents(y.costs.total) - cents(y.income.total));
          expect(cents(y.ownInvestment.boards) + cents(y.ownInvestment.institutes)).toBe(partners);
        }
      }),
      options,
    );
  });

  it("splits toPartners exactly over the partners, members taking part only", () => {
    fc.assert(
      fc.property(sessions, (session) => {
        const result = computeResult(session);
        for (const y of result.years) {
          expect(y.partners.reduce((sum, p) => sum + cents(p.share), 0)).toBe(
            cents(y.distribution.toPartners),
          );
          y.partners.forEach((p, i) => {
            const partner = session.partners[i]!;
            expect(p.share).toBeGreaterThanOrEqual(0);
            if (!partner.member || (partner.joins !== undefined && partner.joins > y.year))
              expect(p.share).toBe(0);
          });
        }
      }),
      options,
    );
  });

  it("never yields NaN or Infinity, and every amount is whole cents", () => {
    fc.assert(
      fc.property(sessions, (session) => {
        const result = computeResult(session);
        // Collect first, assert once: an expect per leaf would dominate the run time.
        const bad = numbers(result).filter(
          ([path, value]) =>
            !Number.isFinite(value) ||
            (!/\.(coverage|hours\.\w+|students\.\w+|regulation\.\w+)$/.test(path) &&
              !isWholeCents(value)),
        );
        expect(bad).toEqual([]);
        expect(result.years.map((y) => y.year)).toEqual(session.years);
      }),
      options,
    );
  });

  it("never has negative costs, hours, counts or leftovers", () => {
    fc.assert(
      fc.property(sessions, (session) => {
        for (const y of computeResult(session).years) {
          const nonNegative = [
            ...Object.values(y.costs),
            ...Object.values(y.hours),
            ...Object.values(y.students),
            ...Object.values(y.distribution),
            ...Object.values(y.income),
            y.growthPrefinancing,
            y.request.committed,
            y.request.needed,
            y.benefits,
            y.coverage,
            ...y.partners.flatMap((p) => [p.costs, p.share, p.commitment]),
          ];
          expect(nonNegative.filter((value) => !(value >= 0))).toEqual([]);
          expect(cents(y.costs.total)).toBe(
            cents(y.costs.boards) + cents(y.costs.institutes) + cents(y.costs.overhead),
          );
        }
      }),
      options,
    );
  });

  it("never lowers a year's costs when one placement count in that year rises", () => {
    const raised = fc
      .tuple(sessions, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 25 }))
      .filter(([session]) => session.placements.length > 0);
    fc.assert(
      fc.property(raised, ([session, row, yearIndex, extra]) => {
        const r = row % session.placements.length;
        const year = session.years[yearIndex % session.years.length]!;
        const more = structuredClone<Session>(session);
        const students = more.placements[r]!.students;
        students[year] = (students[year] ?? 0) + extra;
        const before = yearResult(computeResult(session), year);
        const after = yearResult(computeResult(more), year);
        expect(after.costs.total).toBeGreaterThanOrEqual(before.costs.total);
        after.partners.forEach((p, i) =>
          expect(p.costs).toBeGreaterThanOrEqual(before.partners[i]!.costs),
        );
        for (const role of ["WPB", "SO", "IO"] as const)
          expect(after.hours[role]).toBeGreaterThanOrEqual(before.hours[role]);
      }),
      options,
    );
  });
});

describe("properties of cost model 1.1 (byYear, grants, calendarYears) over random valid sessions", () => {
  const sessions = validSession11;
  it("lists one calendar year per pair of school years, its costs, other income and commitments between theirs", () => {
    fc.assert(
      fc.property(sessions, (session) => {
        const result = computeResult(session);
        expect(result.calendarYears.map((c) => c.year)).toEqual(
          result.years.slice(1).map((y) => Number(y.year.slice(0, 4))),
        );
        result.calendarYears.forEach((row, i) => {
          const [ending, starting] = [result.years[i]!, result.years[i + 1]!];
          const between = (value: number, a: number, b: number): void => {
            expect(cents(value)).toBeGreaterThanOrEqual(Math.min(cents(a), cents(b)));
            expect(cents(value)).toBeLessThanOrEqual(Math.max(cents(a), cents(b)));
          };
          between(row.costs, ending.costs.total, starting.costs.total);
          between(row.other, ending.income.other, starting.income.other);
          between(row.committed, ending.request.committed, starting.request.committed);
          if (session.regulation.grant === "schoolYear")
            between(row.subsidy, ending.income.subsidy, starting.income.subsidy);
          expect(cents(row.needed)).toBe(
            Math.max(0, cents(row.costs) - cents(row.committed) - cents(row.other)),
          );
          expect(cents(row.gap)).toBe(cents(row.needed) - cents(row.subsidy));
        });
      }),
      options,
    );
  });

  it("keeps a year's regulation unless a byYear entry of that very year changes it", () => {
    fc.assert(
      fc.property(sessions, (session) => {
        const result = computeResult(session);
        result.years.forEach((y, i) => {
          const entry = session.regulation.byYear?.[y.year];
          const before = i === 0 ? null : result.years[i - 1]!.regulation;
          for (const key of ["id", "base", "perStudent", "ceilingFactor"] as const) {
            if (entry?.[key] !== undefined) expect(y.regulation[key]).toBe(entry[key]);
            else if (before !== null) expect(y.regulation[key]).toBe(before[key]);
          }
        });
      }),
      options,
    );
  });

  it("gives the same result when the top-level values are restated as a byYear entry for the first year", () => {
    fc.assert(
      fc.property(sessions, (session) => {
        const plain = structuredClone<Session>(session);
        delete plain.regulation.byYear;
        const { id, base, perStudent, ceilingFactor } = plain.regulation;
        const restated = structuredClone<Session>(plain);
        restated.regulation.byYear = {
          [session.years[0]!]: {
            ...(id === undefined ? {} : { id }),
            base,
            perStudent,
            ceilingFactor,
          },
        };
        expect(computeResult(restated)).toEqual(computeResult(plain));
      }),
      options,
    );
  });
});

function yearResult(result: Result, year: string): Result["years"][number] {
  return result.years.find((y) => y.year === year)!;
}

/** Every path (as keys) into a JSON value, the value itself included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

/** A copy of `draft` with the value at `path` replaced (or the whole file when the path is empty). */
function replaced(draft: Draft, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(draft);
  let at: Draft = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Draft;
  at[path.at(-1)!] = value;
  return copy;
}

/** An array nested `depth` deep: [[[…]]]. */
const nested = (depth: number): unknown =>
  Array.from({ length: depth }).reduce<unknown>((inner) => [inner], []);

/** Values people (or buggy code) put where they do not belong. */
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    -1,
    1.5,
    0,
    1e21,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    "",
    "2025-2026",
    null,
    [],
    {},
    true,
    undefined,
  ),
  // Huge but finite numbers, just over the limits, and a count beyond the safe integers.
  fc.constantFrom(
    1e308,
    Number.MAX_VALUE,
    Number("12345678901234567"),
    MAX_AMOUNT + 1,
    MAX_COUNT + 1,
    MAX_AMOUNT,
    MAX_COUNT,
  ),
  // Very long texts, deep nesting and prototype keys (as JSON.parse makes them: own properties).
  fc.constantFrom(
    "x".repeat(MAX_TEXT_LENGTH + 1),
    "é".repeat(300_000),
    nested(2000),
    JSON.parse('{"__proto__": {"notes": 1}, "constructor": 2}'),
  ),
);

describe("reading damaged files", () => {
  it("never throws: a damaged file is refused with Dutch problems, or computes to finite numbers", () => {
    const damaged = sessionDraft.chain((draft) =>
      fc.tuple(fc.constant(draft), fc.constantFrom(...paths(draft)), oddValue),
    );
    fc.assert(
      fc.property(damaged, ([draft, path, value]) => {
        const damagedDraft = replaced(draft, path, value);
        const outcome = parseSession(damagedDraft);
        // Reading it back from storage repairs it: never a throw, and what loads passes the checks.
        const repaired = repairSession(damagedDraft, emptySession(new Date(2026, 10, 23)));
        if (repaired !== null) expect(parseSession(repaired.session).ok).toBe(true);
        if (!outcome.ok) {
          expect(outcome.problems.length).toBeGreaterThan(0);
          for (const problem of outcome.problems) {
            expect(typeof problem.path).toBe("string");
            expect(problem.message).not.toMatch(/^(Invalid|Expected|Too)|undefined|\[object/);
          }
          return;
        }
        const bad = numbers(computeResult(outcome.session)).filter(([, v]) => !Number.isFinite(v));
        expect(bad).toEqual([]);
      }),
      { numRuns: 1000, seed: 20251102 },
    );
  });
});
