// Single amounts for views that show the parts of a total (amounts.ts): they must be the very
// numbers the engine added up, so each is checked by hand and against the engine's own totals.
import { describe, expect, it } from "vitest";
import { type Line, indexedLines, plainLines, ratePerHour, ratePerStudent } from "../../src/engine/index.ts";
import { type Draft, Y0, Y1, Y2, cents, resultOf, sessionOf, yearOf } from "./helpers.ts";

const line = (amount: number): Line => ({ label: "Regel", amount });

describe.each<[string, number, number[], string, number[]]>([
  // the first school year is not indexed
  ["first year", 0.02, [1000, 333.33], Y0, [1000, 333.33]],
  // k = 1: × 1,02; 333,33 × 1,02 = 339,9966 → 340,00 (rounded per line, half up)
  ["second year", 0.02, [1000, 333.33], Y1, [1020, 340]],
  // k = 2: × 1,0404 exactly
  ["third year", 0.02, [1000, 333.33], Y2, [1040.4, 346.8]],
  // a year outside the session is priced as the first year (no negative power)
  ["year outside the session", 0.02, [1000], "2030-2031", [1000]],
  // no indexation: the amounts themselves, rounded to cents
  ["no indexation", 0, [10.005], Y2, [10.01]],
])("indexedLines: %s", (_label, indexation, amounts, year, expected) => {
  it("indexes with (1 + indexation)^k and rounds each line to cents", () => {
    const session = sessionOf((d) => {
      d.indexation = indexation;
    });
    expect(indexedLines(session, amounts.map(line), year)).toEqual(expected);
  });
});

describe("indexedLines adds up to the engine's overhead", () => {
  it("gives, per year, the parts of costs.overhead to the cent", () => {
    // 3,1 % a year: 12 345,67 → 12 728,39 → 13 122,97; the half cents fall differently per line
    const change = (d: Draft): void => {
      d.indexation = 0.031;
      d.overhead = [line(12345.67), line(0.05), line(999.99)];
    };
    const session = sessionOf(change);
    const result = resultOf(change);
    for (const year of [Y0, Y1, Y2]) {
      const parts = indexedLines(session, session.overhead, year);
      expect(parts.reduce((sum, euros) => sum + cents(euros), 0)).toBe(cents(yearOf(result, year).costs.overhead));
    }
  });
});

describe.each<[string, number[], number[]]>([
  // each line on its own rounded half up on the exact decimal (10,005 is 10,00499… as a float)
  ["half cents up", [10.005, 0.004, 2.675], [10.01, 0, 2.68]],
  // whole amounts unchanged, an empty list stays empty
  ["whole amounts", [1500, 0], [1500, 0]],
  ["no lines", [], []],
])("plainLines: %s", (_label, amounts, expected) => {
  it("rounds each line to cents without indexing", () => {
    expect(plainLines(amounts.map(line))).toEqual(expected);
  });
});

describe("plainLines adds up to the engine's other income", () => {
  it("gives the parts of income.other to the cent, also after indexation", () => {
    const change = (d: Draft): void => {
      d.indexation = 0.05;
      d.otherIncome = [line(1000.005), line(250.5)];
    };
    const parts = plainLines(sessionOf(change).otherIncome);
    expect(parts).toEqual([1000.01, 250.5]);
    expect(yearOf(resultOf(change), Y2).income.other).toBe(1250.51);
  });
});

describe.each<[string, number, number, number]>([
  // GPL ÷ 1 659 (normjaartaak): 85 000 ÷ 1 659 = 51,2356… → 51,24
  ["GPL 85 000", 85000, 1659, 51.24],
  // 52 000 ÷ 1 659 = 31,3441… → 31,34
  ["GPL 52 000", 52000, 1659, 31.34],
  // exactly half a cent goes up: 0,05 ÷ 2 = 0,025 → 0,03
  ["half a cent", 0.05, 2, 0.03],
  // 1,005 over one hour is 1,01, not the float's 1,00
  ["1,005 in one hour", 1.005, 1, 1.01],
  // nothing to spread, or no hours: 0 (no division by zero, no negative rate)
  ["amount 0", 0, 1659, 0],
  ["0 hours", 85000, 0, 0],
  ["negative amount", -100, 10, 0],
])("ratePerHour: %s", (_label, amount, hours, expected) => {
  it("divides exactly and rounds half up to whole cents", () => {
    expect(ratePerHour(amount, hours)).toBe(expected);
  });
});

describe.each<[string, Draft["regulation"], string, number]>([
  // the top-level values: perStudent × ceilingFactor
  ["no byYear", { perStudent: 1000, ceilingFactor: 0.9 }, Y0, 900],
  // a byYear entry from Y1 on lowers the ceiling factor; the product is not rounded
  ["byYear ceiling factor", { perStudent: 1234.56, byYear: { [Y1]: { ceilingFactor: 0.333 } } }, Y2, 411.10848],
  // before that entry the top-level values still hold
  ["before the entry", { perStudent: 1234.56, byYear: { [Y1]: { ceilingFactor: 0.333 } } }, Y0, 1234.56],
])("ratePerStudent: %s", (_label, regulation, year, expected) => {
  it("is the amount per counted student in force that year", () => {
    expect(ratePerStudent(sessionOf((d) => (d.regulation = regulation)), year)).toBe(expected);
  });
});
