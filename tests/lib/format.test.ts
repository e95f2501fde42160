// parseDutchNumber's message for text that is no number gives an example that fits the field.
import { describe, expect, it } from "vitest";
import {
  formatEuro,
  formatEuroCents,
  formatIsoDate,
  formatNumber,
  formatPercent,
  parseDutchNumber,
} from "../../src/lib/format.ts";
import { formatDateTime } from "../../src/lib/formatDateTime.ts";

describe.each([
  // an amount or a rate: a decimal comma is a fair example
  {
    text: "tien",
    integer: false,
    message: '"tien" is geen getal. Schrijf bijvoorbeeld 1.250 of 52,44.',
  },
  // a count (students, minutes): no decimal comma in the example
  { text: "abc", integer: true, message: '"abc" is geen getal. Schrijf bijvoorbeeld 12 of 1.250.' },
])("parseDutchNumber('$text', integer $integer)", ({ text, integer, message }) => {
  it("refuses it with an example that fits", () => {
    expect(parseDutchNumber(text, integer ? { integer } : {})).toEqual({ ok: false, message });
  });
});

describe.each([
  // month and day get a leading zero
  { date: new Date(2026, 0, 5), text: "2026-01-05" },
  // the local calendar date, also late in the evening
  { date: new Date(2026, 10, 23, 23, 30), text: "2026-11-23" },
])("formatIsoDate($text)", ({ date, text }) => {
  it("writes year-month-day", () => expect(formatIsoDate(date)).toBe(text));
});

describe("formatDateTime", () => {
  it("writes the day, the short month, the year and the time, the same on every call", () => {
    const moment = new Date(2026, 11, 3, 14, 32).getTime();
    expect(formatDateTime(moment)).toMatch(/^3 dec 2026.*14:32$/);
    expect(formatDateTime(moment)).toBe(formatDateTime(moment));
  });
});

describe("negative amounts", () => {
  it.each([
    [formatEuro(-237500), "\u2212€\u00a0237.500"],
    [formatEuroCents(-12.5), "\u2212€\u00a012,50"],
    [formatNumber(-3), "\u22123"],
    [formatPercent(-0.05), "\u22125%"],
    [formatEuro(-0.4), "€\u00a00"],
  ])("%s has a true minus sign before the euro sign", (actual, expected) => {
    expect(actual.replace(/\u202f/g, "")).toBe(expected.replace(/\u202f/g, ""));
  });

  it("reads what it writes back", () => {
    expect(parseDutchNumber(formatEuro(-237500), { min: -1e9 })).toEqual({
      ok: true,
      value: -237500,
    });
    expect(parseDutchNumber("\u221212,5", { min: -100 })).toEqual({ ok: true, value: -12.5 });
  });
});
