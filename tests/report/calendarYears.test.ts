// The calendar-year table formats the engine's calendarYears: one column per calendar year, the values as they are.
import { describe, expect, it } from "vitest";
import { calendarYearTable } from "../../src/report/index.ts";
import { example, row, variant } from "./helpers.ts";

describe.each(["po", "vo"] as const)("calendar-year table of example %s", (name) => {
  const { session, result } = example(name);
  const table = calendarYearTable(session, result)!;
  it("has one column per calendar year of the engine, values taken as they are", () => {
    expect(table.columns.slice(1).map((c) => c.label)).toEqual(
      result.calendarYears.map((c) => String(c.year)),
    );
    expect(row(table, "Totale kosten").values?.slice(1)).toEqual(
      result.calendarYears.map((c) => c.costs),
    );
    expect(row(table, "Subsidie: toekenning van het kalenderjaar").values?.slice(1)).toEqual(
      result.calendarYears.map((c) => c.subsidy),
    );
    expect(row(table, "Nodig van de Onderwijsregio").values?.slice(1)).toEqual(
      result.calendarYears.map((c) => c.needed),
    );
  });
});

describe("calendar-year table", () => {
  it("is left out for a single school year", () => {
    const { session, result } = variant(
      "po",
      (raw) => ((raw.years = ["2025-2026"]), (raw.planYear = "2025-2026")),
    );
    expect(calendarYearTable(session, result)).toBeNull();
  });
  it("names the blended subsidy under school-year grants", () => {
    const { session, result } = variant(
      "po",
      (raw) => ((raw.regulation as Record<string, unknown>).grant = "schoolYear"),
    );
    expect(row(calendarYearTable(session, result)!, "Subsidie").cells[0]).toBe("Subsidie");
  });
});
