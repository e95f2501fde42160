// Changed inputs in words for the budget body: every kind of path the comparison can list, named
// from the session (and from the other session for items that exist only there), and a path this
// file does not know keeps its technical spelling so nothing is hidden.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inputLabel } from "../../src/compare/inputLabel.ts";
import { parseSessionText } from "../../src/engine/index.ts";

const outcome = parseSessionText(
  readFileSync(new URL("../fixtures/voorbeeld-po.json", import.meta.url), "utf8"),
);
if (!outcome.ok) throw new Error("fixture");
const po = outcome.session;

describe("inputLabel", () => {
  it.each([
    ["planYear", "Planjaar"],
    ["indexation", "Indexering per jaar"],
    ["years[1]", "Schooljaren (2e jaar)"],
    ["partnership.name", "Naam van het partnerschap"],
    ["rates.WPB", "Uurtarief werkplekbegeleider (WPB)"],
    ["regulation.perStudent", "Regeling: bedrag per student"],
    ["regulation.counted.2024-2025", "Getelde studenten (DUO) 2024-2025"],
    ["regulation.byYear.2027-2028.perStudent", "Regeling vanaf 2027-2028: bedrag per student"],
    ["regulation.byYear.2027-2028.id", "Regeling vanaf 2027-2028"],
    ["distribution.split", "Verdeling: verdeelsleutel"],
    ["categories[0].perStudent.WPB", "Categorie Pabo voltijd: uren WPB per student"],
    ["categories[2].subsidised", "Categorie Minorstudent: telt voor de subsidie"],
    [
      "partners[1].commitment.percent",
      "Partner Stichting Beek: toezegging (deel van de eigen kosten)",
    ],
    ["partners[0].schools", "Partner Stichting Akker: aantal scholen"],
    [
      "placements[0].students.2026-2027",
      "Studenten Stichting Akker · Pabo Voorbeeld · Pabo voltijd, 2026-2027",
    ],
    ["overhead[0].amount", 'Gezamenlijke kosten "Programmaleiding": bedrag'],
  ])("%s → %s", (path, words) => {
    expect(inputLabel(path, po)).toBe(words);
  });

  it("names an item that exists only in the other session from that session", () => {
    const other = structuredClone(po);
    other.partners.push({
      ...structuredClone(po.partners[0]!),
      id: "nieuw",
      name: "Stichting Nieuw",
    });
    const path = `partners[${po.partners.length}].schools`;
    expect(inputLabel(path, po, other)).toBe("Partner Stichting Nieuw: aantal scholen");
  });

  it("keeps the technical path, with the item's name, for what it does not know", () => {
    expect(inputLabel("categories[0].onbekend", po)).toBe('categories[0] "Pabo voltijd".onbekend');
    expect(inputLabel("meeting.date", po)).toBe("meeting.date");
  });
});
