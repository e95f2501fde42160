// Rate actions: GPL ÷ 1659 to whole cents, the confirmation flag kept as an extra session key.
import { describe, expect, it } from "vitest";
import * as r from "../../../src/stores/editing/rates.ts";
import type { RateRecord } from "../../../src/lib/records/schemas.ts";
import { drive, example, valid } from "./helpers.ts";

describe.each([
  { gpl: 87001.62, rate: 52.44 }, // low end of the 2021 vo GPL (kostenmodel §5)
  { gpl: 98671.66, rate: 59.48 }, // high end
  { gpl: 82950, rate: 50 }, // exactly 50,00
  { gpl: 0, rate: 0 },
  { gpl: 16.59 * 1.005, rate: 0.01 }, // 0,005 rounds half up
])("rateFromGpl($gpl)", ({ gpl, rate }) => {
  it(`is ${rate}`, () => expect(r.rateFromGpl(gpl)).toBe(rate));
});

describe("rates", () => {
  it("applyGpl sets the rate and remembers the GPL", () => {
    const s = drive(example(), () => r.applyGpl("SO", 98671.66));
    expect(s.rates.SO).toBe(59.48);
    expect(r.ratesCheckOf(s)).toEqual({ confirmed: false, gpl: { SO: 98671.66 } });
    expect(valid(s)).toBe(true);
  });
  it.each([
    { confirmed: true }, // checked
    { confirmed: false }, // unchecked again
  ])("setRatesConfirmed($confirmed) survives a parse (unknown keys are kept)", ({ confirmed }) => {
    const s = drive(example(), () => {
      r.setRatesConfirmed(true);
      r.setRatesConfirmed(confirmed);
    });
    expect(r.ratesCheckOf(JSON.parse(JSON.stringify(s)))).toEqual({ confirmed });
    expect(valid(s)).toBe(true);
  });
  it("setRate and setIndexation", () => {
    const s = drive(example(), () => {
      r.setRate("WPB", 50.1);
      r.setIndexation(0.03);
    });
    expect(s.rates.WPB).toBe(50.1);
    expect(s.indexation).toBe(0.03);
  });
  it("a malformed flag reads as not confirmed", () => {
    expect(r.ratesCheckOf({ ...example(), ratesCheck: "ja" })).toEqual({ confirmed: false });
  });
});

describe("applyRateRecord", () => {
  const record: RateRecord = {
    id: "test-vo",
    name: "Test",
    hoursPerYear: 1659,
    rates: { WPB: 52.44, SO: 59.48, IO: 59.48 },
    sector: "vo",
    sources: [{ doc: "007", section: "tabel" }],
  };
  it("takes over every role's rate and withdraws an earlier confirmation (the example is an assumption)", () => {
    const s = drive(example(), () => {
      r.setRatesConfirmed(true);
      r.applyRateRecord(record);
    });
    expect(s.rates).toEqual({ WPB: 52.44, SO: 59.48, IO: 59.48 });
    expect(r.ratesCheckOf(s).confirmed).toBe(false);
    expect(valid(s)).toBe(true);
  });
});
