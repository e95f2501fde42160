// Annex B of the proposal: every partner with its amounts; a large partnership (150 partners, 600
// placements) gets the compact partner table and the students per board, with the single placement
// rows left to the Excel download, so the browser can print it within the 2-second target.
import { describe, expect, it } from "vitest";
import { computeResult, parseSessionText, planYearOf } from "../../src/engine/index.ts";
import type { Session } from "../../src/engine/index.ts";
import type { Block, DocTable } from "../../src/document/model.ts";
import { COMPACT_PARTNERS, PLACEMENTS_PER_BOARD } from "../../src/document/proposalAnnex.ts";
import { proposalDocument } from "../../src/document/proposal.ts";
import { cellText } from "../../src/document/blocks.ts";
import { formatEuro, formatNumber } from "../../src/lib/format.ts";
import { benchScenario } from "../bench/scenario.ts";
import { CARDS, OPTIONS, example } from "../pdf/helpers.ts";

/** Every table of the document, also inside kept groups. */
function tablesOf(blocks: readonly Block[]): DocTable[] {
  return blocks.flatMap((b) =>
    b.kind === "table" ? [b] : b.kind === "keep" ? tablesOf(b.blocks) : [],
  );
}

function annexB(session: Session): { tables: DocTable[]; planYear: string; session: Session } {
  const result = computeResult(session);
  const doc = proposalDocument(session, result, CARDS, OPTIONS);
  const start = doc.blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith("Bijlage B"));
  return { tables: tablesOf(doc.blocks.slice(start)), planYear: planYearOf(session), session };
}

const large = (): Session => {
  const outcome = parseSessionText(JSON.stringify(benchScenario()));
  if (!outcome.ok) throw new Error("benchscenario ongeldig");
  return outcome.session;
};

describe("annex B of a large partnership (the 150-partner bench scenario)", () => {
  const { tables, planYear, session } = annexB(large());
  const result = computeResult(session);
  const plan = result.years.find((y) => y.year === planYear)!;

  it("is large enough for the compact form", () => {
    expect(session.partners.length).toBeGreaterThanOrEqual(COMPACT_PARTNERS);
    expect(session.placements.length).toBeGreaterThanOrEqual(PLACEMENTS_PER_BOARD);
  });

  it("lists every partner on one compact row with kind, details and its three amounts", () => {
    const partners = tables.find((t) => t.caption === `Partners (${planYear})`)!;
    expect(partners.columns.map((c) => c.label)).toEqual([
      "Partner",
      "Soort en gegevens",
      "Kosten",
      "Aandeel",
      "Eigen investering",
    ]);
    expect(partners.compact).toBe(true);
    expect(partners.rows).toHaveLength(session.partners.length);
    session.partners.forEach((partner, i) => {
      const amounts = plan.partners.find((p) => p.id === partner.id);
      const cells = partners.rows[i]!.cells.map(cellText);
      expect(cells[1]).toMatch(/^(schoolbestuur|lerarenopleiding)/);
      expect(cells.slice(2)).toEqual(
        [amounts?.costs ?? 0, amounts?.share ?? 0, amounts?.ownInvestment ?? 0].map(formatEuro),
      );
    });
  });

  it("sums the students per board and sends the reader to the Excel download for the rows", () => {
    expect(tables.some((t) => t.caption === "Studenten per plaatsing")).toBe(false);
    const perBoard = tables.find((t) => t.caption === "Studenten per schoolbestuur")!;
    const boards = new Set(session.placements.map((p) => p.board));
    expect(perBoard.rows).toHaveLength(boards.size);
    const years = perBoard.columns.slice(2).map((c) => c.label);
    expect(years).toContain(planYear);
    const first = session.placements[0]!;
    const ofFirstBoard = session.placements.filter((p) => p.board === first.board);
    const row = perBoard.rows.find((r) =>
      cellText(r.cells[0]!).endsWith(session.partners.find((p) => p.id === first.board)!.name),
    )!;
    expect(row.cells.slice(1).map(cellText)).toEqual([
      formatNumber(ofFirstBoard.length),
      ...years.map((y) => formatNumber(ofFirstBoard.reduce((n, p) => n + (p.students[y] ?? 0), 0))),
    ]);
    expect(perBoard.footnotes.join(" ")).toContain(
      `${formatNumber(session.placements.length)} plaatsingen`,
    );
    expect(perBoard.footnotes.join(" ")).toContain(
      "Excel-download van de pagina Resultaat (tabblad Plaatsingen)",
    );
  });
});

describe("annex B of a small partnership (voorbeeld-po)", () => {
  const { tables, planYear, session } = annexB(example("po"));

  it("keeps the wide partner table and every placement row", () => {
    const partners = tables.find((t) => t.caption === `Partners (${planYear})`)!;
    expect(partners.columns.map((c) => c.label).slice(0, 3)).toEqual([
      "Partner",
      "Soort",
      "Gegevens",
    ]);
    const placements = tables.find((t) => t.caption === "Studenten per plaatsing")!;
    expect(placements.rows).toHaveLength(session.placements.length);
  });
});
