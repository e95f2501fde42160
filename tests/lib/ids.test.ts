// slugify makes the ids of partners and categories and the name part of every file name.
import { describe, expect, it } from "vitest";
import { slugify, uniqueId } from "../../src/lib/ids.ts";

describe.each([
  // accents dropped, spaces and punctuation become one dash
  { name: "Stichting Één & Akker", max: undefined, slug: "stichting-een-akker" },
  // leading and trailing punctuation leaves no dash behind
  { name: "  (Pabo) ", max: undefined, slug: "pabo" },
  // cut at the maximum length, and no dash is left at the cut
  { name: "aaaa bbbb", max: 5, slug: "aaaa" },
  // file names allow a longer slug than ids
  { name: "x".repeat(70), max: 60, slug: "x".repeat(60) },
  // nothing usable: empty, so callers pick their own fallback
  { name: "???", max: undefined, slug: "" },
])("slugify('$name', $max)", ({ name, max, slug }) => {
  it(`is '${slug}'`, () => expect(slugify(name, max)).toBe(slug));
});

describe("uniqueId", () => {
  it("numbers a taken slug and falls back for an empty one", () => {
    expect(uniqueId("Akker", ["akker", "akker-2"])).toBe("akker-3");
    expect(uniqueId("???", [], "bestuur")).toBe("bestuur");
  });
});
