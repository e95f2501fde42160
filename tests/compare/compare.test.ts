// Scenarios side by side: differences with the first column, the inputs that differ, calendar years.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compareCalendarTable,
  compareChart,
  compareYearTable,
  inputDifferences,
  type Scenario,
} from "../../src/compare/compare.ts";
import { type Session, computeResult, parseSessionText } from "../../src/engine/index.ts";

const outcome = parseSessionText(
  readFileSync(new URL("../fixtures/voorbeeld-po.json", import.meta.url), "utf8"),
);
if (!outcome.ok) throw new Error("fixture");
const scenario = (label: string, session: Session): Scenario => ({
  label,
  session,
  result: computeResult(session),
});
const base = scenario("Minimum", outcome.session);
const more = structuredClone(outcome.session);
more.categories[0]!.perStudent.WPB = (more.categories[0]!.perStudent.WPB ?? 0) + 10;
const ambition = scenario("Ambitie", more);
const year = outcome.session.planYear!;

describe("comparing scenarios", () => {
  it("marks the difference with the first scenario in every later column", () => {
    const table = compareYearTable([base, ambition], year);
    const costs = table.rows.find((r) => r.cells[0] === "Totale kosten")!;
    expect(costs.cells[1]).not.toContain("(");
    expect(costs.cells[2]).toMatch(/\(\+€/);
    const subsidy = table.rows.find((r) => r.cells[0] === "Subsidie (regeling)")!;
    expect(subsidy.cells[2]).toContain("(gelijk)");
  });

  it("lists the inputs that differ, and says so when none do", () => {
    expect(inputDifferences([base, ambition])).toEqual([
      expect.stringMatching(/^Ambitie — Categorie Pabo voltijd: uren WPB per student: \d+ → \d+$/),
    ]);
    expect(inputDifferences([base, scenario("Kopie", outcome.session)])).toEqual([
      "Kopie: dezelfde invoer als Minimum.",
    ]);
  });

  it("has three rows per calendar year and one bar per scenario", () => {
    expect(compareCalendarTable([base, ambition]).rows.length % 3).toBe(0);
    expect(compareChart([base, ambition], year).groups).toEqual(["Minimum", "Ambitie"]);
  });
});
