// Tagged PDF (src/pdf/tagging.ts): tagContent gives every piece of content its structure chain, and
// the patched pdfmake writes a real structure tree: pdfinfo says "Tagged: yes" and -struct lists
// headings, paragraphs, lists, tables with header cells and the chart as a figure with its text.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeResult } from "../../src/engine/index.ts";
import { loadDocRecords } from "../../src/pdf/node/content.ts";
import { renderPdf } from "../../src/pdf/node/render.ts";
import { type PdfTag, tagContent } from "../../src/pdf/tagging.ts";
import { exposePdfmakeInternals } from "../../src/integrations/pdfmakeInternals.ts";
import { CARDS, OPTIONS, example, buildProposal, buildSummary } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "gesprekswijzer-tags-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const roles = (tag: unknown): string =>
  ((tag as PdfTag | undefined)?.path ?? []).map((s) => s.role).join(">");

describe("tagContent", () => {
  it("tags headings, paragraphs, list bodies, table header and body cells, captions and figures", () => {
    const content = tagContent([
      { text: "1  Samenvatting", style: "h1" },
      { text: "Een alinea." },
      { ul: [{ text: "punt" }] },
      {
        table: {
          headerRows: 2,
          body: [
            [{ text: "Bijschrift", caption: true, colSpan: 2 }, { text: "" }],
            [{ text: "Kop" }, { text: "Kop 2" }],
            [{ text: "a" }, { text: "b" }],
          ],
        },
      },
      { svg: "<svg/>", alt: "Grafiek van de kosten" },
    ]) as Record<string, unknown>[];
    expect(roles(content[0]!.tag)).toBe("H1");
    expect(content[0]!.outline).toBe(true);
    expect(roles(content[1]!.tag)).toBe("P");
    expect(roles(((content[2]!.ul as unknown[])[0] as Record<string, unknown>).tag)).toBe(
      "L>LI>LBody",
    );
    const body = (content[3]!.table as { body: Record<string, unknown>[][] }).body;
    expect(roles(body[0]![0]!.tag)).toBe("Table>Caption");
    expect(body[0]![1]!.tag).toBeUndefined();
    expect(roles(body[1]![0]!.tag)).toBe("Table>TR>TH");
    expect((body[1]![0]!.tag as PdfTag).repeatable).toBe(true);
    expect(roles(body[2]![1]!.tag)).toBe("Table>TR>TD");
    expect((content[4]!.tag as PdfTag).path[0]).toEqual({
      id: expect.any(String),
      role: "Figure",
      alt: "Grafiek van de kosten",
    });
  });
});

describe.each(["po", "vo"] as const)("tagged PDFs of voorbeeld-%s", (name) => {
  let proposal = "";
  let summary = "";
  beforeAll(async () => {
    const session = example(name);
    const options = { ...OPTIONS, records: await loadDocRecords() };
    const write = (file: string, bytes: Buffer): Promise<string> => {
      const path = join(dir, `${name}-${file}`);
      writeFileSync(path, bytes);
      return Promise.resolve(path);
    };
    proposal = await write(
      "voorstel.pdf",
      await renderPdf(buildProposal(session, computeResult(session), CARDS, options)),
    );
    summary = await write("verslag.pdf", await renderPdf(buildSummary(session, CARDS, options)));
  });

  it("are tagged, in Dutch, with a structure tree of headings, tables with header cells and a figure", () => {
    const info = execFileSync("pdfinfo", [proposal], { encoding: "utf8" });
    expect(info).toMatch(/Tagged:\s+yes/);
    const tree = execFileSync("pdfinfo", ["-struct", proposal], { encoding: "utf8" });
    expect(tree.split("\n")[0]).toBe("Document");
    for (const role of [
      "H1",
      "H2",
      "P",
      "L",
      "LI",
      "LBody",
      "Table",
      "TR",
      "TH",
      "TD",
      "Caption",
      "Figure",
    ])
      expect(tree).toMatch(new RegExp(`^\\s+${role}\\b`, "m"));
    expect(tree).toContain("/Scope /Column");
    const summaryTree = execFileSync("pdfinfo", ["-struct", summary], { encoding: "utf8" });
    expect(summaryTree).toMatch(/^\s+H1\b/m);
  });

  it("puts the headings' text in the structure and the chart's alternative text on the figure", () => {
    const text = execFileSync("pdfinfo", ["-struct-text", proposal], { encoding: "utf8" });
    expect(text).toMatch(/H1[^\n]*\n\s+"1\s+Samenvatting/);
    // pdfinfo does not print /Alt; pdfkit writes it (UTF-16) right after the figure's type.
    expect(readFileSync(proposal, "latin1")).toMatch(/\/S \/Figure\n\/Alt \(\xfe\xff\0[A-Z]/);
  });

  it("has a bookmark per chapter", () => {
    // pdfkit writes the outline items as plain objects: /Outlines, then one /Title per chapter.
    const raw = readFileSync(proposal, "latin1");
    expect(raw).toContain("/Outlines");
    expect(raw).toContain("/Title (1  Samenvatting)");
    expect(raw).toMatch(/\/Title \(Bijlage A/);
  });
});

describe("the browser build's access to pdfmake's renderer", () => {
  it("adds one statement after pdfmake's export and refuses a bundle of another shape", () => {
    const bundle =
      "const src_LayoutBuilder = (LayoutBuilder);\nconst src_Renderer = (Renderer);\n/* harmony default export */ const browser_extensions = (new browser_extensions_pdfmake());\n";
    expect(exposePdfmakeInternals(bundle)).toContain(
      "browser_extensions.internals = { LayoutBuilder: src_LayoutBuilder, Renderer: src_Renderer };",
    );
    expect(() => exposePdfmakeInternals("something else")).toThrow(/pdfmake/);
  });
});
