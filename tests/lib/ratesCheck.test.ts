// The GPL helper: hourly rate = GPL ÷ 1 659, rounded by the engine's exact half-up rule.
import { describe, expect, it } from "vitest";
import { rateFromGpl, ratesFor, ratesMissing } from "../../src/lib/ratesCheck.ts";
import type { RateRecord } from "../../src/lib/records/schemas.ts";
import { emptySession } from "../../src/stores/newSession.ts";

describe("rate per hour (GPL ÷ 1 659), exact and half up", () => {
  it.each([
    // the shipped rates: € 87.001,62 → € 52,44 and € 98.671,66 → € 59,48
    { gpl: 87001.62, rate: 52.44 },
    { gpl: 98671.66, rate: 59.48 },
    // exactly half a cent rounds up: 1659 × 0,005 = 8,295
    { gpl: 8.295, rate: 0.01 },
    { gpl: 0, rate: 0 },
  ])("€ $gpl → € $rate", ({ gpl, rate }) => {
    expect(rateFromGpl(gpl)).toBe(rate);
  });
});

describe("ratesFor: a shipped rate record is offered only to its own sector", () => {
  const vo: RateRecord = {
    id: "gpl-vo",
    name: "vo",
    hoursPerYear: 1659,
    rates: { WPB: 52.44, SO: 59.48, IO: 59.48 },
    sector: "vo",
    sources: [{ doc: "007", section: "tabel" }],
  };
  const noSector: RateRecord = { ...vo, id: "zonder" };
  delete noSector.sector;
  it.each([
    { sector: "vo" as const, expected: "gpl-vo" }, // the vo GPL fits a vo partnership
    { sector: "po" as const, expected: undefined }, // vo salary costs are no default for po
    { sector: "mbo" as const, expected: undefined }, // nor for mbo
    { sector: "po-vo" as const, expected: undefined }, // po boards in a po-vo partnership need their own
    { sector: undefined, expected: undefined }, // no sector chosen yet: no default at all
  ])("$sector → $expected", ({ sector, expected }) => {
    expect(ratesFor(sector, [noSector, vo])?.id).toBe(expected);
  });
});

describe("ratesMissing", () => {
  it("names every role of a new session (rates start at 0, not at a guess)", () => {
    expect(ratesMissing(emptySession(new Date(2026, 10, 23)))).toEqual(["WPB", "SO", "IO"]);
  });
  it("names only the roles still at 0", () => {
    const s = emptySession(new Date(2026, 10, 23));
    s.rates.WPB = 50;
    expect(ratesMissing(s)).toEqual(["SO", "IO"]);
  });
});
