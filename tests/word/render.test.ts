// Word (.docx) from the same document as the PDF: for both examples the file is a valid zip whose
// XML parses, headings use Word's heading styles, tables are real tables with a repeating header
// row, and the text holds the page-1 figures. The command line writes Word for an -o name ending in .docx.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { computeResult, planYearOf } from "../../src/engine/index.ts";
import { main } from "../../src/cli/main.ts";
import { formatEuro } from "../../src/lib/format.ts";
import { wordBuffer } from "../../src/word/render.ts";
import { proposalDocument } from "../../src/document/proposal.ts";
import { summaryDocument } from "../../src/document/summary.ts";
import { CARDS, OPTIONS, example } from "../pdf/helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "gesprekswijzer-word-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const root = new URL("../..", import.meta.url).pathname;

/** One part of the .docx, read with unzip (.ci/run installs it when missing). */
function part(file: string, name: string): string {
  return execFileSync("unzip", ["-p", file, name], { encoding: "utf8" });
}

/** Fails on XML that is not well-formed: tags must nest and close. */
function expectWellFormed(xml: string): void {
  expect(xml.startsWith("<?xml")).toBe(true);
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[0].startsWith("<?")) continue;
    if (m[3] === "/") continue;
    if (m[1] === "/") expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]!);
  }
  expect(stack).toEqual([]);
}

describe.each(["po", "vo"] as const)("Word file of voorbeeld-%s", (name) => {
  const session = example(name);
  const result = computeResult(session);
  const plan = result.years.find((y) => y.year === planYearOf(session))!;

  it("is a .docx with well-formed XML, Word heading styles, real tables and the ask", async () => {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, await wordBuffer(proposalDocument(session, result, CARDS, OPTIONS)));
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    const xml = part(file, "word/document.xml");
    expectWellFormed(xml);
    const styles = part(file, "word/styles.xml");
    expectWellFormed(styles);
    expect(styles.includes('w:val="nl-NL"')).toBe(true);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(8);
    expect(xml).toContain("<w:tblHeader/>");
    const text = xml.replace(/<[^>]+>/g, "").replace(/\u00a0/g, " ");
    expect(text).toContain(formatEuro(plan.request.needed).replace(/\u00a0/g, " "));
    expect(text).toContain("Besluit van de begrotingstafel");
  });

  it("never skips a heading level, also on page 1 before the first chapter", async () => {
    const file = join(dir, `${name}-levels.docx`);
    writeFileSync(file, await wordBuffer(proposalDocument(session, result, CARDS, OPTIONS)));
    const xml = part(file, "word/document.xml");
    const levels = [...xml.matchAll(/<w:pStyle w:val="(Title|Heading(\d))"\/>/g)].map((m) =>
      m[1] === "Title" ? 0 : Number(m[2]),
    );
    expect(levels.length).toBeGreaterThan(10);
    const skips = levels.filter((level, i) => level > (i === 0 ? 0 : levels[i - 1]!) + 1);
    expect(skips).toEqual([]);
  });

  it("has a bookmark per chapter and internal links to them, and the chart as a table of bars", async () => {
    const file = join(dir, `${name}-links.docx`);
    writeFileSync(file, await wordBuffer(proposalDocument(session, result, CARDS, OPTIONS)));
    const xml = part(file, "word/document.xml");
    // Booleans, not toContain: a failure would print the whole document.
    expect(xml.includes('w:name="bijlage-a"')).toBe(true);
    expect(xml.includes('w:name="hoofdstuk-2"')).toBe(true);
    expect(/<w:hyperlink [^>]*w:anchor="hoofdstuk-2"/.test(xml)).toBe(true);
    expect(xml.includes("█")).toBe(true);
  });

  it("makes the summary as Word too", async () => {
    const xml = (await wordBuffer(summaryDocument(session, CARDS, OPTIONS, result)))
      .subarray(0, 2)
      .toString();
    expect(xml).toBe("PK");
  });
});

describe("gesprekswijzer voorstel -o x.docx", () => {
  it("writes Word and says so", async () => {
    const out = join(dir, "cli.docx");
    let said = "";
    const code = await main(
      ["voorstel", join(root, "content/examples/voorbeeld-po.json"), "-o", out],
      { out: (t) => (said += t), err: (t) => (said += t) },
    );
    expect(code).toBe(0);
    expect(said).toBe(`Word-bestand geschreven: ${out}\n`);
    expect(part(out, "word/document.xml")).toContain("Heading1");
  });
});
