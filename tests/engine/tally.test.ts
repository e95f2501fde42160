// The year's hour and stipend sums: the plain-number path (the usual case) and the BigInt path (a
// session whose sums could pass 2^52 units) give exactly the same values, and the engine picks
// the BigInt path when the numbers could lose precision.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/engine/decimal.ts";
import { type Prepared, prepare } from "../../src/engine/prepare.ts";
import { type UnitPlan, tallyYear, unitPlan, type YearTally } from "../../src/engine/tally.ts";
import { MAX_COUNT, type Session, computeResult } from "../../src/engine/index.ts";
import { validSession, validSession11 } from "./arbitrary.ts";
import { Y0, Y1, placement, sessionOf } from "./helpers.ts";

/**
 * Everything the engine reads of a tally, in a fixed order: per partner the hours, the role costs
 * and the stipends at the year's index factor; the total hours per role; and the exact cost of the
 * rows apart (as a comparison with the other path's, 0 when equal).
 */
function valuesOf(tally: YearTally, model: Prepared, k: number): number[] {
  const f = model.factors[k]!;
  return [
    ...model.partners.flatMap((p, i) => [
      ...[0, 1, 2].map((r) => tally.hours(i, r)),
      tally.roleCost(i, 0, p.rates.WPB, f),
      tally.roleCost(i, 1, p.rates.SO, f),
      tally.roleCost(i, 2, p.rates.IO, f),
      tally.stipendCost(i, f),
    ]),
    ...[0, 1, 2].map((r) => tally.totalHours(r)),
  ];
}

/** Both paths on every year of a session. */
function bothPaths(session: Session): { units: number[]; exact: number[] }[] {
  const model = prepare(session);
  const plan = model.units ?? unitPlan(model.categories, model.placements, model.school);
  const rates = model.partners.map((p) => p.rates);
  return model.years.map((_, k) => {
    const students = model.placements.map((row) => row.students[k]!);
    const rows = {
      active: model.partners.map(() => true),
      students,
      countable: model.placements.map((row) => row.countable),
    };
    const tally = (with_: UnitPlan | null): YearTally =>
      tallyYear(with_, model.placements, model.categories, model.members, model.school, rows, k);
    const exact = tally(null);
    if (plan === null) return { units: [], exact: [] };
    const units = tally(plan);
    return {
      units: [
        ...valuesOf(units, model, k),
        compare(units.apartCost(rates), exact.apartCost(rates)),
      ],
      exact: [...valuesOf(exact, model, k), 0],
    };
  });
}

describe.each([
  ["valid sessions", validSession],
  ["sessions with byYear and both grant modes", validSession11],
])("%s: plain-number sums equal BigInt sums", (_name, arbitrary) => {
  it("for every partner, role and year", () => {
    fc.assert(
      fc.property(arbitrary, (session) => {
        for (const { units, exact } of bothPaths(session)) {
          if (units.length === 0) continue;
          expect(units).toEqual(exact);
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});

describe("the BigInt path", () => {
  it.each([
    // hours just under the schema's ceiling, in cents of an hour, times the most students: past 2^52 units
    {
      name: "huge hours",
      perStudent: 999_999_999.99,
      students: MAX_COUNT,
      plain: false,
      hours: 99_999_999_999_000,
    },
    // eight decimals and many students: past 2^52 units once scaled to 10^-8
    {
      name: "many decimals",
      perStudent: 1234.12345678,
      students: MAX_COUNT,
      plain: false,
      hours: 123412345.678,
    },
    // eight decimals and few students: plain numbers still hold it
    {
      name: "decimals, few students",
      perStudent: 0.12345678,
      students: 10,
      plain: true,
      hours: 1.2345678,
    },
    // an ordinary session
    { name: "ordinary", perStudent: 40.5, students: 120, plain: true, hours: 4860 },
  ])(
    "$name: plain numbers used = $plain, and the hours are exact either way",
    ({ perStudent, students, plain, hours }) => {
      const session = sessionOf((d) => {
        d.categories[0].perStudent = { WPB: perStudent };
        d.placements.push(placement({ [Y0]: students, [Y1]: students }));
      });
      expect(prepare(session).units !== null).toBe(plain);
      expect(computeResult(session).years[0]!.breakdown.partners[0]!.hours.WPB).toBe(hours);
    },
  );
});
