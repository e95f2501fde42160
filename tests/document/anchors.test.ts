// "hoofdstuk 2" and "bijlage B" in a sentence become links to those chapters; other text stays as it is.
import { describe, expect, it } from "vitest";
import { ANCHORS, linked } from "../../src/document/anchors.ts";

describe("linked", () => {
  it.each([
    // no reference: the sentence as one piece
    { text: "Geen verwijzing.", expected: ["Geen verwijzing."] },
    // one reference in the middle
    {
      text: "Zie hoofdstuk 2 voor de norm.",
      expected: ["Zie ", { text: "hoofdstuk 2", link: ANCHORS.quality }, " voor de norm."],
    },
    // two references, one at the end
    {
      text: "In hoofdstuk 4 en bijlage B",
      expected: [
        "In ",
        { text: "hoofdstuk 4", link: ANCHORS.years },
        " en ",
        { text: "bijlage B", link: ANCHORS.annexB },
      ],
    },
    // a chapter that does not exist and a longer number stay text
    { text: "hoofdstuk 9 en hoofdstuk 23", expected: ["hoofdstuk 9 en hoofdstuk 23"] },
  ])("$text", ({ text, expected }) => {
    expect(linked(text)).toEqual(expected);
  });
});
