// Helpers for the document tests: load the shipped examples and read the text out of a definition.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { type Session, parseSessionText } from "../../src/engine/index.ts";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { proposalDocument } from "../../src/document/proposal.ts";
import { summaryDocument } from "../../src/document/summary.ts";
import type { DocCard } from "../../src/document/types.ts";
import { toPdfmake } from "../../src/pdf/pdfmake.ts";

const root = new URL("../../", import.meta.url);

/** A shipped example session (content/examples). */
export function example(name: "po" | "vo"): Session {
  const outcome = parseSessionText(
    readFileSync(new URL(`content/examples/voorbeeld-${name}.json`, root), "utf8"),
  );
  if (!outcome.ok) throw new Error(`voorbeeld-${name} ongeldig`);
  return outcome.session;
}

/** Build options of the tests: a draft, a fixed date, a made-up version. */
export const OPTIONS = { final: false, date: new Date(2026, 10, 23), toolVersion: "9.9.9" };

/** One test per row: the document text contains the expected text (rows: [label, expected]). */
export function itShows(text: () => string, rows: readonly (readonly [string, string])[]): void {
  it.each(rows.map((r) => [...r]))("shows %s", (_label, expected) => {
    expect(text()).toContain(expected);
  });
}

/** Two small cards, enough to test step order, answers and the norm question. */
export const CARDS: DocCard[] = [
  {
    step: 3,
    slug: "kwaliteit",
    title: "Kwaliteit",
    inputs: ["norm"],
    questions: [{ id: "kwaliteit-norm", text: "Welke begeleiding is het minimum voor kwaliteit?" }],
  },
  {
    step: 1,
    slug: "partnerschap",
    title: "Partnerschap",
    inputs: ["profile"],
    questions: [
      { id: "wie-zijn-wij", text: "Wie zijn wij als partnerschap?" },
      { id: "inrichting", text: "Hoe is opleiden in de regio ingericht?" },
    ],
  },
];

/** Every string in a document definition, in order (texts, table cells, list items). */
export function texts(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (typeof node === "object" && node !== null) {
    const o = node as Record<string, unknown>;
    return ["text", "stack", "columns", "ul", "ol", "table", "body"].flatMap((key) =>
      key in o ? texts(o[key]) : [],
    );
  }
  return [];
}

/** All text of a definition's content as one string, no-break spaces made plain. */
export function allText(content: unknown): string {
  return texts(content)
    .join("\n")
    .replace(/\u00a0/g, " ");
}

/** Every table node in a definition. */
export function tables(
  node: unknown,
): { headerRows?: number; dontBreakRows?: boolean; body: unknown[][] }[] {
  if (Array.isArray(node)) return node.flatMap(tables);
  if (typeof node === "object" && node !== null) {
    const o = node as Record<string, unknown>;
    const own =
      o.table !== undefined
        ? [o.table as { headerRows?: number; dontBreakRows?: boolean; body: unknown[][] }]
        : [];
    return [...own, ...Object.values(o).flatMap(tables)];
  }
  return [];
}

/**
 * The po example with `extra` more school boards (long names, 30 partners in all with extra = 26),
 * each with a placement of pabo students: for layout and page-1 tests of a large partnership.
 */
export function manyPartners(extra: number): Session {
  const session = example("po");
  const board = session.partners.find((p) => p.kind === "board")!;
  const placement = session.placements[0]!;
  for (let i = 1; i <= extra; i++) {
    const id = `bestuur-${i}`;
    session.partners.push({
      ...structuredClone(board),
      id,
      name: `Stichting voor Openbaar en Bijzonder Primair Onderwijs Regio Noordoost ${i}`,
    });
    session.placements.push({
      ...structuredClone(placement),
      board: id,
      students: { "2024-2025": 4, "2025-2026": 5, "2026-2027": 6 },
    });
  }
  return session;
}

/** The proposal as the pdfmake renderer makes it from the document model (what the PDF prints). */
export function buildProposal(...args: Parameters<typeof proposalDocument>): TDocumentDefinitions {
  return toPdfmake(proposalDocument(...args));
}

/** The conversation summary as the pdfmake renderer makes it from the document model. */
export function buildSummary(...args: Parameters<typeof summaryDocument>): TDocumentDefinitions {
  return toPdfmake(summaryDocument(...args));
}
