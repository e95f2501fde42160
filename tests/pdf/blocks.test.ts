// pdfmake building blocks: long words may wrap, rows that cannot fit a page may split.
import { describe, expect, it } from "vitest";
import { breakable, rowsFitOnAPage } from "../../src/pdf/blocks.ts";

describe("long text", () => {
  it.each([
    // ordinary words stay as they are
    { text: "Een gewone zin.", expected: "Een gewone zin." },
    // a word of more than 30 characters gets a zero-width break every 24 characters
    { text: "a".repeat(50), expected: `${"a".repeat(24)}\u200b${"a".repeat(24)}\u200b${"aa"}` },
  ])("breakable($text)", ({ text, expected }) => {
    expect(breakable(text)).toBe(expected);
  });

  it.each([
    // short cells: rows are never split
    { rows: [["kort", "€ 1"]], fits: true },
    // a note of 200 lines cannot fit in one unsplittable row: the row may split instead
    { rows: [["label", Array.from({ length: 200 }, () => "regel").join("\n")]], fits: false },
  ])("rowsFitOnAPage → $fits", ({ rows, fits }) => {
    expect(rowsFitOnAPage(rows)).toBe(fits);
  });
});
