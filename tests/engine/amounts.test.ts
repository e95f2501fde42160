// Single amounts the engine and the views share (amounts.ts): the hourly rate from a GPL and the
// amount per counted student in force in a year. (Line amounts are in the result's breakdown.)
import { describe, expect, it } from "vitest";
import { ratePerHour, ratePerStudent } from "../../src/engine/index.ts";
import { type Draft, Y0, Y1, Y2, sessionOf } from "./helpers.ts";

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
  [
    "byYear ceiling factor",
    { perStudent: 1234.56, byYear: { [Y1]: { ceilingFactor: 0.333 } } },
    Y2,
    411.10848,
  ],
  // before that entry the top-level values still hold
  [
    "before the entry",
    { perStudent: 1234.56, byYear: { [Y1]: { ceilingFactor: 0.333 } } },
    Y0,
    1234.56,
  ],
])("ratePerStudent: %s", (_label, regulation, year, expected) => {
  it("is the amount per counted student in force that year", () => {
    expect(
      ratePerStudent(
        sessionOf((d) => (d.regulation = regulation)),
        year,
      ),
    ).toBe(expected);
  });
});
