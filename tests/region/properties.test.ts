// Invariants of the region over random sets of valid sessions (fast-check): totals and sector
// totals are the sums of the single results in every calendar year, and a divided budget adds up
// to the budget to the cent under each rule.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeResult } from "../../src/engine/index.ts";
import { calendarRowsOf } from "../../src/region/calendar.ts";
import { ALLOCATION_RULES, computeRegion } from "../../src/region/index.ts";
import { validSession } from "../engine/arbitrary.ts";

const options = { numRuns: 200, seed: 20261202 };
const sessions = fc.array(validSession, { minLength: 1, maxLength: 5 });
const KEYS = ["counted", "costs", "subsidy", "other", "committed", "needed", "gap"] as const;

describe("properties of the region over random sets of sessions", () => {
  it("has totals equal to the sums of the single results in every calendar year", () => {
    fc.assert(
      fc.property(sessions, (list) => {
        const region = computeRegion(list);
        const singles = list.map((s) => calendarRowsOf(computeResult(s)));
        const years = new Set(singles.flatMap((rows) => rows.map((r) => r.year)));
        expect(region.years.map((y) => y.year)).toEqual([...years].sort((a, b) => a - b));
        for (const total of region.years) {
          for (const key of KEYS) {
            const sum = singles.reduce(
              (s, rows) => s + (rows.find((r) => r.year === total.year)?.[key] ?? 0),
              0,
            );
            expect(total[key]).toBe(sum);
          }
          for (const key of KEYS) {
            const bySector = region.sectors.reduce(
              (s, sector) => s + (sector.years.find((r) => r.year === total.year)?.[key] ?? 0),
              0,
            );
            expect(bySector).toBe(total[key]);
          }
        }
      }),
      options,
    );
  });

  it("divides a budget so that the shares add up to it to the cent, none negative, under each rule", () => {
    fc.assert(
      fc.property(
        sessions,
        fc.constantFrom(...ALLOCATION_RULES),
        fc.integer({ min: 0, max: 2_000_000_000 }),
        (list, rule, amount) => {
          const first = computeRegion(list).years[0];
          fc.pre(first !== undefined);
          const region = computeRegion(list, { year: first.year, amount, rule });
          const allocation = region.years[0]!.allocation!;
          expect(allocation.shares).toHaveLength(list.length);
          expect(allocation.shares.reduce((s, share) => s + share.amount, 0)).toBe(amount);
          for (const share of allocation.shares) expect(share.amount).toBeGreaterThanOrEqual(0);
          expect(allocation.exceeded).toBe(region.years[0]!.needed > amount);
        },
      ),
      options,
    );
  });
});
