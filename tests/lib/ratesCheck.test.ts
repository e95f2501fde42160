// The GPL helper: hourly rate = GPL ÷ 1 659, rounded by the engine's exact half-up rule.
import { describe, expect, it } from "vitest";
import { rateFromGpl } from "../../src/lib/ratesCheck.ts";

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
