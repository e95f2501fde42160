// The result file (`gesprekswijzer-resultaat/1`, §4): `resultFile` is what the command line
// writes. It leaves out only the views' breakdowns and leaves the result it is given intact.
import { describe, expect, it } from "vitest";
import { RESULT_FORMAT, resultFile } from "../../src/engine/index.ts";
import { Y0, Y1, Y2, placement, resultOf } from "./helpers.ts";

describe("resultFile", () => {
  const result = resultOf((d) => {
    d.placements.push(placement({ [Y0]: 10, [Y1]: 14, [Y2]: 12 }));
    d.overhead = [{ label: "Programmaleiding", amount: 5000 }];
  });
  const before = structuredClone(result);
  const file = resultFile(result);

  it("keeps the format and every figure of every year", () => {
    expect(file.format).toBe(RESULT_FORMAT);
    expect(file.years.map((y) => y.year)).toEqual([Y0, Y1, Y2]);
    for (const [k, year] of file.years.entries()) {
      const { breakdown: _dropped, ...figures } = result.years[k]!;
      expect(year).toEqual(figures);
    }
    expect(file.calendarYears).toEqual(result.calendarYears);
    expect(file.warnings).toEqual(result.warnings);
  });

  it("has no breakdown in any year, also after a JSON round trip", () => {
    const written: unknown = JSON.parse(JSON.stringify(file));
    expect(written).toEqual(file);
    expect(file.years.every((y) => !("breakdown" in y))).toBe(true);
  });

  it("leaves the result it was given unchanged (the views still read its breakdowns)", () => {
    expect(result).toEqual(before);
    expect(result.years.every((y) => y.breakdown.partners.length === 2)).toBe(true);
  });
});
