// The document model itself: built once from the session and the engine, the same for every renderer.
// Chapters become bookmarks with anchors, every internal link points at an existing anchor, the
// justification sets the cost per student beside the ECBO ranges and names the quality framework.
import { describe, expect, it } from "vitest";
import { computeResult, planYearOf } from "../../src/engine/index.ts";
import { ANCHORS } from "../../src/document/anchors.ts";
import { anchorOf, document, headingsOf, para } from "../../src/document/blocks.ts";
import type { Block, DocModel, Inline } from "../../src/document/model.ts";
import { proposalDocument } from "../../src/document/proposal.ts";
import { summaryDocument } from "../../src/document/summary.ts";
import { plainText } from "../../src/document/text.ts";
import { formatEuro } from "../../src/lib/format.ts";
import { ECBO_2021, costPerStudentTable, storyOf } from "../../src/report/index.ts";
import { CARDS, OPTIONS, example, manyPartners } from "../pdf/helpers.ts";

const plain = (s: string): string => s.replace(/\u00a0/g, " ");

/** Every link target in the blocks (runs of paragraphs and of table cells). */
function links(blocks: readonly Block[]): string[] {
  const of = (runs: readonly Inline[]): string[] =>
    runs.flatMap((r) => (typeof r === "object" && r.link !== undefined ? [r.link] : []));
  return blocks.flatMap((b): string[] => {
    if (b.kind === "paragraph") return of(b.runs);
    if (b.kind === "list") return b.items.flatMap(links);
    if (b.kind === "keep") return links(b.blocks);
    if (b.kind === "table")
      return b.rows.flatMap((r) =>
        r.cells.flatMap((c) => (typeof c === "object" && c.runs !== undefined ? of(c.runs) : [])),
      );
    return [];
  });
}

describe.each([
  { name: "po", make: () => example("po") },
  { name: "vo", make: () => example("vo") },
  { name: "30 partners", make: () => manyPartners(26) },
])("proposal model of $name", ({ make }) => {
  const session = make();
  const result = computeResult(session);
  const planYear = planYearOf(session);
  const plan = result.years.find((y) => y.year === planYear)!;
  const doc = proposalDocument(session, result, CARDS, OPTIONS);
  const text = plainText(doc);

  it("has the chapters as bookmarks, each with a unique anchor, the cover title not among them", () => {
    expect(doc.bookmarks.map((b) => b.text)).toEqual([
      "1  Samenvatting",
      "2  Kwaliteit: de minimale facilitering",
      `3  Begroting ${planYear}`,
      "4  Meerjarenoverzicht",
      "5  Risico's en het alternatief",
      "6  Niet-gesubsidieerde studenten en opbrengsten",
      "7  Verdeling en afspraken",
      "Bijlage A  Aannames en bronnen",
      "Bijlage B  Partners",
    ]);
    expect(new Set(doc.bookmarks.map((b) => b.anchor)).size).toBe(doc.bookmarks.length);
    expect(doc.meta.language).toBe("nl-NL");
    expect(doc.meta.title).toBe(`Voorstel financiering ${planYear} — ${session.partnership.name}`);
  });

  it("links only to anchors that exist, and page 1 links to chapter 2", () => {
    const anchors = new Set(
      headingsOf(doc.blocks).flatMap((h) => (h.anchor === undefined ? [] : [h.anchor])),
    );
    const targets = links(doc.blocks);
    expect(targets).toContain(ANCHORS.quality);
    for (const target of targets) expect(anchors).toContain(target);
  });

  it("puts the ask and the money story of the plan year in the text", () => {
    const story = storyOf(plan);
    for (const amount of [story.costs.euros, story.needed.euros, story.parts[0]!.euros])
      expect(text).toContain(plain(formatEuro(amount)));
  });

  it("sets the cost per student beside the ECBO 2021 ranges in chapter 2, with the /resultaat/ table's verdicts", () => {
    const chapter2 = text.slice(
      text.indexOf("2  Kwaliteit"),
      text.indexOf(`3  Begroting ${planYear}`),
    );
    const view = costPerStudentTable(result, planYear);
    expect(chapter2).toContain(view.caption);
    for (const row of view.rows)
      for (const cell of row.cells.slice(1)) expect(chapter2).toContain(plain(cell));
    expect(chapter2).toContain(ECBO_2021.ranges.extra.label);
  });

  it("names what the quality framework asks, with its source as a reader finds it", () => {
    expect(text).toContain("Wat het kwaliteitskader vraagt en wat dit geld borgt");
    for (const name of [
      "De lerende leraar",
      "De leeromgeving",
      "De organisatie van het partnerschap",
      "De kwaliteitscultuur",
    ])
      expect(text).toContain(name);
    expect(text).toContain(
      "De meerwaarde van Samen Opleiden & Professionaliseren (ECBO, 2021), § 1.3 Achtergrond",
    );
    expect(text).not.toMatch(/\br\. ?\d/);
  });
});

describe("30 partners on page 1", () => {
  it('links "(alle … in bijlage B)" to annex B', () => {
    const doc = proposalDocument(manyPartners(26), computeResult(manyPartners(26)), CARDS, OPTIONS);
    expect(links(doc.blocks.slice(0, 8))).toContain(ANCHORS.annexB);
    expect(plainText(doc.blocks.slice(0, 8))).toMatch(/andere partners \(alle \d+ in bijlage B\)/);
  });
});

describe("summary model", () => {
  it("has the steps under one chapter and counts unanswered questions", () => {
    const session = example("po");
    session.answers = { "wie-zijn-wij": { notes: "n", agreements: "", open: "" } };
    const doc: DocModel = summaryDocument(session, CARDS, OPTIONS);
    expect(doc.bookmarks.map((b) => b.text)).toEqual(["Het gesprek per stap"]);
    expect(plainText(doc)).toContain(
      "2 van de 3 vragen van de gesprekskaart zijn (nog) niet beantwoord",
    );
  });
});

describe("document()", () => {
  it.each([
    // accents and punctuation go; spaces become dashes
    { text: "Bijlage A  Aannames en bronnen", anchor: "bijlage-a-aannames-en-bronnen" },
    { text: "Risico's en één alternatief", anchor: "risico-s-en-een-alternatief" },
    // nothing left: a fallback
    { text: "—", anchor: "hoofdstuk" },
  ])("anchorOf($text)", ({ text, anchor }) => {
    expect(anchorOf(text)).toBe(anchor);
  });

  it("gives two chapters with the same text different anchors", () => {
    const meta = {
      title: "t",
      subject: "s",
      author: "a",
      keywords: "k",
      creator: "c",
      language: "nl-NL",
      running: "r",
      status: "Concept",
      orientation: "portrait",
    } as const;
    const doc = document(meta, [
      { kind: "heading", level: 1, text: "Partnerschap" },
      para("x"),
      { kind: "heading", level: 1, text: "Partnerschap" },
    ]);
    expect(doc.bookmarks.map((b) => b.anchor)).toEqual(["partnerschap", "partnerschap-2"]);
  });
});
