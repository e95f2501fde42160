// The region's joint proposal as a document model: the regional summary first, then one new page
// per partnership (bookmarked), landscape for the wide tables; the same model gives PDF and Word.
import { describe, expect, it } from "vitest";
import { regionDocument } from "../../src/document/region.ts";
import { plainText } from "../../src/document/text.ts";
import { computeRegion } from "../../src/region/index.ts";
import { example } from "../pdf/helpers.ts";

describe("regionDocument", () => {
  const region = computeRegion([example("po"), example("vo")], {
    year: 2026,
    amount: 1_000_000_00,
    rule: "behoefte",
  });
  const doc = regionDocument(region, {
    regionName: "Onderwijsregio Voorbeeld",
    date: new Date(2026, 10, 23),
    toolVersion: "1",
  });

  it("puts the region first and gives every partnership its own page and bookmark", () => {
    const names = region.partnerships.map((p) => p.name);
    expect(doc.bookmarks.map((b) => b.text)).toEqual([
      "Gezamenlijk voorstel van de partnerschappen SO&P in Onderwijsregio Voorbeeld",
      ...names,
    ]);
    const pages = doc.blocks
      .filter((b) => b.kind === "heading" && b.newPage === true)
      .map((b) => (b.kind === "heading" ? b.text : ""));
    expect(pages).toEqual(names);
  });

  it("is landscape, in Dutch, with the budget's division", () => {
    expect(doc.meta.orientation).toBe("landscape");
    expect(doc.meta.language).toBe("nl-NL");
    expect(plainText(doc)).toContain("Het regionale budget voor 2026");
  });
});
