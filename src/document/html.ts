/**
 * The HTML side of the document model: the /voorstel/ preview. This pure step prepares the blocks
 * for the page (DocBlocks.svelte prints them, every text as text, never as HTML): heading levels
 * made consecutive from a given top level so screen readers get a clean outline, a unique
 * accessible name for every table, anchors and internal links prefixed so two documents on one
 * page never share an id.
 */
import type { Block, DocTable, Figure, Heading, Inline, Paragraph, Signatures } from "./model.ts";

/** A heading with its level on the page (h2 … h6). */
export type HtmlHeading = Omit<Heading, "level"> & { level: number };

/** A table with its accessible name. */
export type HtmlTable = DocTable & { label: string };

/** A figure or decision block with the level of its title. */
export type HtmlFigure = Figure & { level: number };
export type HtmlSignatures = Signatures & { level: number };

/** A block as the page shows it. */
export type HtmlBlock =
  | HtmlHeading
  | Paragraph
  | { kind: "list"; ordered: boolean; items: HtmlBlock[][] }
  | HtmlTable
  | HtmlFigure
  | Extract<Block, { kind: "fields" }>
  | HtmlSignatures
  | { kind: "keep"; blocks: HtmlBlock[] };

/** The model's level of each kind of title: a chapter 0, a section 1, a subsection 2 (added to `top`). */
const DEPTH = { 1: 0, 2: 1, 3: 2 } as const;

/** Prepares a document's blocks for the page; its chapters get level `top`, anchors get `prefix`. */
export function htmlBlocks(blocks: readonly Block[], top: number, prefix: string): HtmlBlock[] {
  let last = top - 1;
  let section = "";
  const used = new Set<string>();
  const levelFor = (depth: number): number => {
    const level = Math.min(6, top + depth, last + 1);
    last = level;
    return level;
  };
  const link = (runs: readonly Inline[]): Inline[] =>
    runs.map((r) =>
      typeof r === "object" && r.link !== undefined ? { ...r, link: `${prefix}-${r.link}` } : r,
    );
  const walk = (block: Block): HtmlBlock => {
    switch (block.kind) {
      case "heading": {
        section = block.text.replace(/\s+/g, " ").trim();
        const out: HtmlHeading = {
          ...block,
          level: levelFor(block.cover === true ? 0 : DEPTH[block.level]),
        };
        if (block.anchor !== undefined) out.anchor = `${prefix}-${block.anchor}`;
        return out;
      }
      case "paragraph":
        return { ...block, runs: link(block.runs) };
      case "list":
        return {
          kind: "list",
          ordered: block.ordered,
          items: block.items.map((item) => item.map(walk)),
        };
      case "table": {
        // Every table gets a unique accessible name: its caption and the section it is in.
        const base = [block.caption, section].filter((t) => t !== "").join(" — ") || "Tabel";
        let label = base;
        for (let n = 2; used.has(label); n++) label = `${base} (${n})`;
        used.add(label);
        const rows = block.rows.map((r) => ({
          ...r,
          cells: r.cells.map((c) =>
            typeof c === "object" && c.runs !== undefined ? { ...c, runs: link(c.runs) } : c,
          ),
        }));
        return { ...block, rows, label };
      }
      case "figure":
        return { ...block, level: levelFor(2) };
      case "signatures":
        return { ...block, level: levelFor(2) };
      case "fields":
        return block;
      case "keep":
        return { kind: "keep", blocks: block.blocks.map(walk) };
    }
  };
  return blocks.map(walk);
}
