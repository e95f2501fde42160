// The HTML side of the model (/voorstel/ preview): consecutive heading levels from the given top,
// unique table names, anchors and links prefixed per document so two documents share a page.
import { describe, expect, it } from "vitest";
import { computeResult } from "../../src/engine/index.ts";
import { type HtmlBlock, htmlBlocks } from "../../src/document/html.ts";
import { proposalDocument } from "../../src/document/proposal.ts";
import { CARDS, OPTIONS, example } from "../pdf/helpers.ts";

function flatten(blocks: HtmlBlock[]): HtmlBlock[] {
  return blocks.flatMap((b) => [
    b,
    ...(b.kind === "keep" ? flatten(b.blocks) : b.kind === "list" ? b.items.flatMap(flatten) : []),
  ]);
}

describe("htmlBlocks of the vo proposal", () => {
  const session = example("vo");
  const doc = proposalDocument(session, computeResult(session), CARDS, OPTIONS);
  const blocks = flatten(htmlBlocks(doc.blocks, 3, "voorstel"));

  it("never skips a heading level and starts at the given level", () => {
    const levels = blocks.flatMap((b) =>
      b.kind === "heading" || b.kind === "figure" || b.kind === "signatures" ? [b.level] : [],
    );
    expect(levels[0]).toBe(3);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 3) + 1);
      expect(level).toBeGreaterThanOrEqual(3);
    });
  });

  it("names every table uniquely", () => {
    const labels = blocks.flatMap((b) => (b.kind === "table" ? [b.label] : []));
    expect(labels.length).toBeGreaterThan(8);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("prefixes anchors and links with the document's name", () => {
    const anchors = blocks.flatMap((b) =>
      b.kind === "heading" && b.anchor !== undefined ? [b.anchor] : [],
    );
    expect(anchors).toContain("voorstel-bijlage-b");
    const links = blocks.flatMap((b) =>
      b.kind === "paragraph"
        ? b.runs.flatMap((r) => (typeof r === "object" && r.link !== undefined ? [r.link] : []))
        : [],
    );
    expect(links).toContain("voorstel-hoofdstuk-2");
    for (const link of links) expect(anchors).toContain(link);
  });
});
