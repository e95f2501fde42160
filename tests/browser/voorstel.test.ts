// /voorstel/ in Chromium: the preview shows the example, pdfmake is not loaded until a PDF is asked
// for, the download is a valid PDF with the partnership's figures, "definitief" reaches the PDF, the
// print stylesheet shows only the summary; no console errors, no foreign requests, no axe violations.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, axeViolations, openSite } from "./harness.ts";

const root = new URL("../..", import.meta.url).pathname;
const example = JSON.parse(
  readFileSync(join(root, "content/examples/voorbeeld-po.json"), "utf8"),
) as Record<string, unknown>;
example.answers = {
  "eigen-vraag": {
    notes: "<img src=x onerror=alert(1)> blijft tekst",
    agreements: "Afspraak uit de browser",
    open: "",
  },
};
const name = (example.partnership as { name: string }).name;

/** Resources the page has fetched so far (scripts, fonts), as URLs. */
async function loaded(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
}

/** Clicks a download button and returns the text of the PDF it gives. */
async function download(
  page: Page,
  button: string,
  dir: string,
): Promise<{ text: string; head: string; file: string; info: string; tree: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], {
    encoding: "utf8",
  }).replace(/\u00a0/g, " ");
  const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  const tree = execFileSync("pdfinfo", ["-struct", path], { encoding: "utf8" });
  return {
    text,
    head: readFileSync(path).subarray(0, 5).toString(),
    file: file.suggestedFilename(),
    info,
    tree,
  };
}

describe("/voorstel/ in Chromium", () => {
  let site: Site;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), "gw-voorstel-"));
  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
    await page.goto(site.url("voorstel/"));
    await page.evaluate(
      (s) => localStorage.setItem("gesprekswijzer:sessie:v1", JSON.stringify(s)),
      example,
    );
    await page.reload();
    await page.waitForSelector(".proposal-preview .paper");
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("previews the proposal and the summary as text, without loading pdfmake or fonts", async () => {
    const preview = await page.locator(".proposal-preview").innerText();
    expect(preview).toContain(name);
    expect(preview).toContain("Samenvatting");
    const summary = await page.locator(".summary-preview").innerText();
    expect(summary).toContain("<img src=x onerror=alert(1)> blijft tekst");
    expect(await page.locator(".summary-preview img").count()).toBe(0);
    const before = await loaded(page);
    expect(before.filter((url) => /pdfmake/i.test(url))).toEqual([]);
    expect(before.filter((url) => url.includes("/fonts/"))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("downloads the proposal as a valid PDF after loading the pdfmake chunk on the click", async () => {
    const pdf = await download(page, "Download voorstel (PDF)", dir);
    expect(pdf.head).toBe("%PDF-");
    expect(pdf.file).toBe("voorstel-opleidingsschool-voorbeeld-oost-po-2026-2027.pdf");
    expect(pdf.text).toContain(name);
    expect(pdf.text).toContain("Concept");
    // The build hands pdfmake's renderer to the tagging patch: the browser's PDF is tagged too.
    expect(pdf.info).toMatch(/Tagged:\s+yes/);
    expect(pdf.tree).toMatch(/^\s+H1\b/m);
    expect(pdf.tree).toMatch(/^\s+TH:/m);
    const after = await loaded(page);
    expect(after.some((url) => /pdfmake/i.test(url))).toBe(true);
    expect(
      after
        .filter((url) => url.includes("/fonts/"))
        .map((url) => url.split("/").pop())
        .sort(),
    ).toEqual(["Roboto-Italic.ttf", "Roboto-Medium.ttf", "Roboto-Regular.ttf"]);
    expect(await page.locator(".doc-actions + [role=status]").innerText()).toContain(
      "staat in je downloads",
    );
  });

  it("downloads the proposal as Word, loading the docx chunk only on that click", async () => {
    expect((await loaded(page)).some((url) => /word\.|docx/i.test(url))).toBe(false);
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download als Word (.docx)" }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(
      "voorstel-opleidingsschool-voorbeeld-oost-po-2026-2027.docx",
    );
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe("PK");
    const xml = execFileSync("unzip", ["-p", path, "word/document.xml"], { encoding: "utf8" });
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain("<w:tbl>");
    expect(await page.locator(".doc-actions + [role=status]").innerText()).toContain(
      ".docx staat in je downloads",
    );
  });

  it("marks the proposal final in the session and in the PDF", async () => {
    await page.getByLabel("markeer het als definitief").check();
    const stored = await page.evaluate(
      () =>
        JSON.parse(localStorage.getItem("gesprekswijzer:sessie:v1") ?? "{}") as {
          proposal?: { final?: boolean };
        },
    );
    expect(stored.proposal?.final).toBe(true);
    const pdf = await download(page, "Download voorstel (PDF)", dir);
    expect(pdf.text).toContain("Definitief");
    expect(pdf.text).not.toContain("CONCEPT");
  });

  it("downloads the conversation summary with the answers verbatim", async () => {
    const pdf = await download(page, "Gespreksverslag (PDF)", dir);
    expect(pdf.head).toBe("%PDF-");
    expect(pdf.text).toContain("GESPREKSVERSLAG");
    expect(pdf.text).toContain("<img src=x onerror=alert(1)> blijft tekst");
    expect(pdf.text).toContain("Afspraak uit de browser");
  });

  it("prints only the summary: no navigation, buttons or proposal", async () => {
    await page.evaluate(() => {
      document.documentElement.dataset.print = "verslag";
    });
    await page.emulateMedia({ media: "print" });
    const display = async (selector: string): Promise<string> =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display);
    expect(await display(".proposal-preview")).toBe("none");
    expect(await display(".site-header")).toBe("none");
    expect(await display(".doc-actions")).toBe("none");
    expect(await display(".summary-preview")).not.toBe("none");
    await page.emulateMedia({ media: "screen" });
  });

  it("has no axe violations at 390 px either", async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it("stays clean: no console errors and nothing fetched from elsewhere", () => {
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });
});
