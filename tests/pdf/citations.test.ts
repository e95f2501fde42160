// The documents cite no source by line number ("r. 23") or by the file name of our text copies: the
// proposal (with every shipped record in annex A), the summary and the Word file, for both examples.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { computeResult } from "../../src/engine/index.ts";
import { lineCitations } from "../../src/lib/lineCitation.ts";
import { loadCards, loadDocRecords } from "../../src/pdf/node/content.ts";
import { renderPdf } from "../../src/pdf/node/render.ts";
import { wordBuffer } from "../../src/word/render.ts";
import { proposalDocument } from "../../src/document/proposal.ts";
import { OPTIONS, example, buildProposal, buildSummary } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "gesprekswijzer-cite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(["po", "vo"] as const)("documents of voorbeeld-%s", (name) => {
  it("cite no line numbers in the PDF text of the proposal and summary, nor in the Word file", async () => {
    const session = example(name);
    const result = computeResult(session);
    const [cards, records] = await Promise.all([loadCards(), loadDocRecords()]);
    const options = { ...OPTIONS, records };
    const proposal = join(dir, `${name}.pdf`);
    writeFileSync(proposal, await renderPdf(buildProposal(session, result, cards, options)));
    const summary = join(dir, `${name}-verslag.pdf`);
    writeFileSync(summary, await renderPdf(buildSummary(session, cards, options, result)));
    const word = join(dir, `${name}.docx`);
    writeFileSync(word, await wordBuffer(proposalDocument(session, result, cards, options)));
    const text = [proposal, summary]
      .map((f) => execFileSync("pdftotext", ["-enc", "UTF-8", f, "-"], { encoding: "utf8" }))
      .join("\n");
    const xml = execFileSync("unzip", ["-p", word, "word/document.xml"], {
      encoding: "utf8",
    }).replace(/<[^>]+>/g, " ");
    expect(lineCitations(text)).toEqual([]);
    expect(lineCitations(xml)).toEqual([]);
    // Annex A does cite the shipped records: by title, publisher and year.
    expect(text).toMatch(/Bijlage A/);
  });
});
