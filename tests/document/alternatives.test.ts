// Chapter 8 "Alternatieven": absent without alternatives (chapters and numbering as before), present
// with them, and every amount in it is the engine's result of that scenario as the money story shows it.
import { describe, expect, it } from "vitest";
import type { Scenario } from "../../src/compare/compare.ts";
import { ANCHORS } from "../../src/document/anchors.ts";
import { cellText, headingsOf } from "../../src/document/blocks.ts";
import type { Block, DocTable } from "../../src/document/model.ts";
import { proposalDocument } from "../../src/document/proposal.ts";
import { ALTERNATIVES_TITLE, withAlternatives } from "../../src/document/proposalAlternatives.ts";
import { plainText } from "../../src/document/text.ts";
import { type Session, computeResult, planYearOf } from "../../src/engine/index.ts";
import { formatEuro, formatNumber } from "../../src/lib/format.ts";
import { storyOf } from "../../src/report/index.ts";
import { toCents, wholeEuros } from "../../src/report/wholeEuros.ts";
import { CARDS, OPTIONS, example } from "../pdf/helpers.ts";

const plain = (s: string): string => s.replace(/\u00a0/g, " ");
const scenario = (label: string, session: Session): Scenario => ({
  label,
  session,
  result: computeResult(session),
});

const chosen = example("po");
const result = computeResult(chosen);
const planYear = planYearOf(chosen);
// A minimum: fewer hours of workplace supervision in the first category (a changed norm).
const lower = structuredClone(chosen);
lower.categories[0]!.perStudent.WPB = (lower.categories[0]!.perStudent.WPB ?? 0) - 10;
// An ambition: half again as many hours, and more students counted next year.
const higher = structuredClone(chosen);
for (const c of higher.categories) c.perStudent.SO = (c.perStudent.SO ?? 0) * 1.5;
const alternatives = [
  scenario("Minimum — kwaliteitsondergrens", lower),
  scenario("Ambitie — 100 % in 2030", higher),
];

const without = proposalDocument(chosen, result, CARDS, OPTIONS);
const withAlt = proposalDocument(chosen, result, CARDS, {
  ...OPTIONS,
  alternatives: withAlternatives("Basis", alternatives),
});

/** The blocks of chapter 8, up to the next chapter. */
function chapterBlocks(blocks: readonly Block[]): Block[] {
  const flat = blocks.flatMap((b) => (b.kind === "keep" ? b.blocks : [b]));
  const start = flat.findIndex((b) => b.kind === "heading" && b.text === ALTERNATIVES_TITLE);
  const end = flat.findIndex((b, i) => i > start && b.kind === "heading" && b.level === 1);
  return flat.slice(start, end);
}

const tablesOf = (blocks: readonly Block[]): DocTable[] =>
  blocks.filter((b): b is DocTable => b.kind === "table");

describe("the chapter Alternatieven", () => {
  it("is absent without alternatives, and the other chapters keep their numbers and anchors", () => {
    const empty = proposalDocument(chosen, result, CARDS, {
      ...OPTIONS,
      alternatives: withAlternatives("Basis", []),
    });
    for (const doc of [without, empty]) {
      expect(doc.bookmarks.map((b) => b.text)).not.toContain(ALTERNATIVES_TITLE);
      expect(plainText(doc.blocks)).not.toContain("Alternatie");
    }
    const chapters = (bm: { text: string }[]) =>
      bm.map((b) => b.text).filter((t) => t !== ALTERNATIVES_TITLE);
    expect(chapters(withAlt.bookmarks)).toEqual(chapters(without.bookmarks));
  });

  it("comes after chapter 7 and before the annexes, as a bookmark with its anchor, linked from the summary", () => {
    const texts = withAlt.bookmarks.map((b) => b.text);
    const at = texts.indexOf(ALTERNATIVES_TITLE);
    expect(texts[at - 1]).toMatch(/^7 /);
    expect(texts[at + 1]).toMatch(/^Bijlage A/);
    expect(withAlt.bookmarks[at]!.anchor).toBe(ANCHORS.alternatives);
    const summary = plain(plainText(withAlt.blocks));
    expect(summary).toContain(
      "Alternatieven. Naast dit scenario rekende het partnerschap 2 alternatieven door; hoofdstuk 8",
    );
    expect(
      headingsOf(withAlt.blocks).filter((h) => h.anchor === ANCHORS.alternatives),
    ).toHaveLength(1);
  });

  it("names each scenario, the chosen one first", () => {
    const text = plain(plainText(chapterBlocks(withAlt.blocks)));
    expect(text).toContain('het gekozen scenario, "Basis"');
    expect(text).toContain("Alternatief 1: Minimum — kwaliteitsondergrens");
    expect(text).toContain("Alternatief 2: Ambitie — 100 % in 2030");
  });

  it("shows each scenario's plan-year figures as the engine computed them, with the difference to the chosen one", () => {
    const [plan] = tablesOf(chapterBlocks(withAlt.blocks));
    const all = [scenario("Basis", chosen), ...alternatives];
    const base = storyOf(result.years.find((y) => y.year === planYear)!);
    all.forEach((s, i) => {
      const y = s.result.years.find((r) => r.year === planYear)!;
      const story = storyOf(y);
      const row = plan!.rows[i]!.cells.map((c) => plain(cellText(c)));
      expect(row.slice(1, 5)).toEqual([
        formatNumber(y.students.counted),
        plain(formatEuro(story.costs.euros)),
        plain(formatEuro(story.ownInvestment.euros)),
        plain(formatEuro(story.needed.euros)),
      ]);
      const diff = story.needed.euros - base.needed.euros;
      if (i > 0) expect(row[5]).toBe(plain(`${diff > 0 ? "+" : "−"}${formatEuro(Math.abs(diff))}`));
    });
    // The minimum asks less, the ambition more.
    expect(plan!.rows[1]!.cells[5]).toMatch(/^−/);
    expect(plan!.rows[2]!.cells[5]).toMatch(/^\+/);
  });

  it("shows the ask per school year and per calendar year of every scenario", () => {
    const text = plain(plainText(chapterBlocks(withAlt.blocks)));
    for (const s of alternatives) {
      for (const y of s.result.years.filter((r) => r.year >= planYear))
        expect(text).toContain(plain(formatEuro(storyOf(y).needed.euros)));
      for (const c of s.result.calendarYears)
        expect(text).toContain(plain(formatEuro(wholeEuros(toCents(c.needed)))));
    }
  });

  it("lists the inputs that differ, with the item's name", () => {
    const tables = tablesOf(chapterBlocks(withAlt.blocks));
    const minimum = tables.find((t) => t.caption.includes("Minimum"))!;
    expect(minimum.rows.map((r) => r.cells.map((c) => cellText(c)))).toEqual([
      [
        `Categorie ${chosen.categories[0]!.name}: uren WPB per student`,
        formatNumber(chosen.categories[0]!.perStudent.WPB ?? 0),
        formatNumber(lower.categories[0]!.perStudent.WPB ?? 0),
      ],
    ]);
  });

  it("says so when an alternative has the same inputs", () => {
    const same = proposalDocument(chosen, result, CARDS, {
      ...OPTIONS,
      alternatives: withAlternatives("Basis", [scenario("Kopie", structuredClone(chosen))]),
    });
    const text = plain(plainText(chapterBlocks(same.blocks)));
    expect(text).toContain('De invoer is gelijk aan die van "Basis".');
    expect(text).toContain("evenveel als het gekozen scenario");
  });
});
