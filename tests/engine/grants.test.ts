// §3.3 how the subsidy of one school year is made up (grants.ts), for the views that explain it in
// words: one grant on C(Y − lag) under school-year grants; under calendar-year grants 5 months of
// G(a) and 7 months of G(a + 1), each with the regulation in force in its own school year. The parts
// must give back the engine's S(Y) to the cent.
import { describe, expect, it } from "vitest";
import { type RegulationValues, type SubsidyPart, subsidyParts } from "../../src/engine/index.ts";
import { type Draft, Y0, Y1, Y2, placement, resultOf, sessionOf } from "./helpers.ts";

/** 10, 14 and 12 countable students in the three school years. */
const students = (d: Draft): void => {
  d.placements.push(placement({ [Y0]: 10, [Y1]: 14, [Y2]: 12 }));
};

const values = (perStudent: number, base = 0, ceilingFactor = 1): RegulationValues => ({
  id: null,
  base,
  perStudent,
  ceilingFactor,
});

/** The parts of every school year of a draft, with the engine's S(Y) beside them. */
function partsOf(change: (d: Draft) => void): { parts: SubsidyPart[][]; subsidy: number[] } {
  const draft = (d: Draft): void => (students(d), change(d));
  const session = sessionOf(draft);
  const result = resultOf(draft);
  return {
    parts: [Y0, Y1, Y2].map((y) => subsidyParts(session, result, y)),
    subsidy: result.years.map((y) => y.income.subsidy),
  };
}

/** S(Y) from its parts as the contract writes it: Σ months × (base + perStudent × ceilingFactor × count) ÷ 12, half up on cents. */
function subsidyOfParts(parts: SubsidyPart[]): number {
  const twelfths = parts.reduce(
    (sum, p) =>
      sum +
      p.months *
        (p.regulation.base + p.regulation.perStudent * p.regulation.ceilingFactor * (p.count ?? 0)),
    0,
  );
  return Math.round((twelfths / 12) * 100) / 100;
}

describe("school-year grants (T-1)", () => {
  // DUO count 8 for 2023-2024; the later years rest on the computed counts 10 and 14
  const { parts, subsidy } = partsOf(
    (d) => (d.regulation = { perStudent: 1000, base: 500, counted: { "2023-2024": 8 } }),
  );

  it("gives one twelve-month part on the count of Y − lag, the DUO count where given", () => {
    expect(parts).toEqual([
      [
        {
          calendarYear: null,
          months: 12,
          regulation: values(1000, 500),
          countYear: "2023-2024",
          count: 8,
        },
      ],
      [{ calendarYear: null, months: 12, regulation: values(1000, 500), countYear: Y0, count: 10 }],
      [{ calendarYear: null, months: 12, regulation: values(1000, 500), countYear: Y1, count: 14 }],
    ]);
  });

  it("adds up to the engine's S(Y)", () => {
    expect(parts.map(subsidyOfParts)).toEqual(subsidy);
  });
});

describe("school-year grants with lag 2 and no count before the years", () => {
  const { parts, subsidy } = partsOf(
    (d) => (d.regulation = { perStudent: 1000, lag: 2, counted: {} }),
  );

  it("names the count year and gives null for a count nobody knows (it counts 0)", () => {
    expect(parts.map((p) => p.map(({ countYear, count }) => [countYear, count]))).toEqual([
      [["2022-2023", null]],
      [["2023-2024", null]],
      [[Y0, 10]],
    ]);
    expect(parts.map(subsidyOfParts)).toEqual(subsidy);
  });
});

describe("calendar-year grants", () => {
  // counts 6 (2022-2023, DUO) and 8 (2023-2024, DUO); from 2026-2027 €1 500 per student at ceiling 0,8
  const { parts, subsidy } = partsOf(
    (d) =>
      (d.regulation = {
        perStudent: 1200,
        grant: "calendarYear",
        counted: { "2022-2023": 6, "2023-2024": 8 },
        byYear: { [Y2]: { perStudent: 1500, ceilingFactor: 0.8 } },
      }),
  );

  it("gives August–December from G(a) and January–July from G(a + 1), each on the last finished count", () => {
    expect(parts[1]).toEqual([
      // G(2025) rests on 2023-2024 and uses the values of 2025-2026
      { calendarYear: 2025, months: 5, regulation: values(1200), countYear: "2023-2024", count: 8 },
      // G(2026) rests on 2024-2025 (computed: 10) and uses the values of 2026-2027
      { calendarYear: 2026, months: 7, regulation: values(1500, 0, 0.8), countYear: Y0, count: 10 },
    ]);
  });

  it("uses the values in force after the last school year for G(K) beyond the years", () => {
    // Y2 = 2026-2027: G(2027) uses the values of 2027-2028, which are the last byYear values
    expect(parts[2]?.map((p) => [p.calendarYear, p.regulation, p.countYear, p.count])).toEqual([
      [2026, values(1500, 0, 0.8), Y0, 10],
      [2027, values(1500, 0, 0.8), Y1, 14],
    ]);
  });

  it("adds up to the engine's S(Y) in every year", () => {
    // Y1: (5 × 9 600 + 7 × 12 000) ÷ 12 = 11 000
    expect(subsidy[1]).toBe(11000);
    expect(parts.map(subsidyOfParts)).toEqual(subsidy);
  });
});
