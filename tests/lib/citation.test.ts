// One citation format everywhere: title (publisher, year), section; "ca." and "ongedateerd" shown as such.
import { describe, expect, it } from "vitest";
import { citation, citations, datingOf, yearLabel } from "../../src/lib/citation.ts";

describe("citation", () => {
  it.each([
    // a dated document
    [{ year: 2024 }, "2024"],
    // a year derived from the content
    [{ year: 2022, circa: true }, "ca. 2022"],
    // no date at all
    [{ year: "ongedateerd" as const }, "ongedateerd"],
  ])("yearLabel(%o) = %s", (doc, label) => expect(yearLabel(doc)).toBe(label));

  it("names the shipped documents with their year and the section", () => {
    expect(citation({ doc: "003", section: "Bijlage 1" })).toBe(
      "Gesprekskaart: het gesprek over kwaliteit en financiën in de Onderwijsregio (Platform SO&P, 2024), Bijlage 1",
    );
    expect(
      citations([
        { doc: "005", section: "subsidiebedrag" },
        { doc: "007", section: "schoolsoortgroep 1 en 2" },
      ]),
    ).toBe(
      "Subsidieregeling landelijk dekkend netwerk onderwijsregio's (OCW, 2024), subsidiebedrag; Landelijke gemiddelde personeelslast (GPL) voortgezet onderwijs per 1 januari 2021 (OCW, 2021), schoolsoortgroep 1 en 2",
    );
  });

  it("keeps the reason for an uncertain year", () => {
    expect(datingOf({ doc: "000", section: "Baten" })).toMatch(/2022/);
  });
});
