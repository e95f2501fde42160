// parseDutchNumber's message for text that is no number gives an example that fits the field.
import { describe, expect, it } from "vitest";
import { parseDutchNumber } from "../../src/lib/format.ts";

describe.each([
  // an amount or a rate: a decimal comma is a fair example
  { text: "tien", integer: false, message: '"tien" is geen getal. Schrijf bijvoorbeeld 1.250 of 52,44.' },
  // a count (students, minutes): no decimal comma in the example
  { text: "abc", integer: true, message: '"abc" is geen getal. Schrijf bijvoorbeeld 12 of 1.250.' },
])("parseDutchNumber('$text', integer $integer)", ({ text, integer, message }) => {
  it("refuses it with an example that fits", () => {
    expect(parseDutchNumber(text, integer ? { integer } : {})).toEqual({ ok: false, message });
  });
});
