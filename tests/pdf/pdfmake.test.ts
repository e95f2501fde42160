// The pdfmake renderer of the document model: internal links become links to named destinations
// (the headings' ids), and the written PDF has link annotations that go to those destinations.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { computeResult } from "../../src/engine/index.ts";
import { ANCHORS } from "../../src/document/anchors.ts";
import { renderPdf } from "../../src/pdf/node/render.ts";
import { CARDS, OPTIONS, buildProposal, manyPartners } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "gesprekswijzer-links-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every object in the definition that has `key`. */
function withKey(node: unknown, key: string): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap((n) => withKey(n, key));
  if (typeof node === "object" && node !== null) {
    const o = node as Record<string, unknown>;
    return [...(key in o ? [o] : []), ...Object.values(o).flatMap((v) => withKey(v, key))];
  }
  return [];
}

describe("internal links in the PDF of a 30-partner proposal", () => {
  const session = manyPartners(26);
  const doc = buildProposal(session, computeResult(session), CARDS, OPTIONS);

  it("gives chapters an id and links 'bijlage B' and 'hoofdstuk 2' to them", () => {
    const ids = withKey(doc.content, "id").map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining([ANCHORS.quality, ANCHORS.annexA, ANCHORS.annexB]));
    const targets = withKey(doc.content, "linkToDestination").map((o) => o.linkToDestination);
    expect(targets).toEqual(expect.arrayContaining([ANCHORS.annexB, ANCHORS.quality]));
    for (const target of targets) expect(ids).toContain(target);
  });

  it("writes link annotations to named destinations", async () => {
    const path = join(dir, "links.pdf");
    writeFileSync(
      path,
      await renderPdf(buildProposal(session, computeResult(session), CARDS, OPTIONS)),
    );
    const raw = readFileSync(path, "latin1");
    expect(raw).toMatch(/\/Subtype \/Link/);
    expect(raw).toContain(`(${ANCHORS.annexB})`);
  });
});
