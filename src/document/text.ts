/** The plain text of a document model, block by block: for tests, and for reading a document without a renderer. */
import type { Block, DocModel, Inline } from "./model.ts";
import { cellText } from "./blocks.ts";

/** The text of inline runs, joined as they print. */
export function inlineText(runs: readonly Inline[]): string {
  return runs.map((r) => (typeof r === "string" ? r : r.text)).join("");
}

/** One line per paragraph, heading, list item paragraph and table cell, in reading order. */
export function blockLines(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case "heading":
        return [b.text];
      case "paragraph":
        return [inlineText(b.runs)];
      case "list":
        return b.items.flatMap(blockLines);
      case "table":
        return [
          ...(b.caption === "" ? [] : [b.caption]),
          ...(b.header ? b.columns.map((c) => c.label) : []),
          ...b.rows.flatMap((r) => r.cells.map(cellText)),
          ...b.footnotes,
        ];
      case "figure":
        return [b.title, b.alt, b.caption];
      case "fields":
        return b.rows.flatMap((r) => [r.label, r.value]);
      case "signatures":
        return [b.title, ...b.rows.flatMap((r) => [r.label, r.value]), ...b.signers];
      case "keep":
        return blockLines(b.blocks);
    }
  });
}

/** All text of a document (or a list of blocks), one piece per line, no-break spaces made plain. */
export function plainText(doc: DocModel | readonly Block[]): string {
  return blockLines("blocks" in doc ? doc.blocks : doc)
    .join("\n")
    .replace(/\u00a0/g, " ");
}
