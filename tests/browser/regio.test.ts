// /regio/ in Chromium: open three partnership files at once, read the region per calendar year,
// enter a budget the asks exceed, see the division under the three rules, download the joint
// proposal (PDF) and the Excel file; a refused file is named; no console errors, no foreign
// requests, no axe violations, and no PDF or Excel library loaded before the click.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, axeViolations, openSite } from "./harness.ts";

const root = new URL("../..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "gw-regio-"));
const read = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, `content/examples/${name}.json`), "utf8")) as Record<
    string,
    unknown
  >;
const po = read("voorbeeld-po");
const vo = read("voorbeeld-vo");
const third = {
  ...po,
  partnership: {
    name: "Opleidingsschool Derde (mbo)",
    sector: "mbo",
    region: "Onderwijsregio Voorbeeld",
  },
};
const files = [
  ["po.json", po],
  ["vo.json", vo],
  ["derde.json", third],
].map(([name, data]) => {
  const path = join(dir, name as string);
  writeFileSync(path, JSON.stringify(data));
  return path;
});
const broken = join(dir, "kapot.json");
writeFileSync(broken, '{"format": "gesprekswijzer/1", "years": 3}');

async function resources(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe("/regio/ in Chromium", () => {
  let site: Site;
  let page: Page;
  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
    await page.goto(site.url("regio/"));
    await page.locator("#region-file").setInputFiles([...files, broken]);
    await page.waitForSelector("text=Kalenderjaar");
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists the three partnerships and names the refused file with its message", async () => {
    const list = await page
      .getByRole("list", { name: "Partnerschappen in deze regio" })
      .innerText();
    for (const data of [po, vo, third])
      expect(list).toContain((data.partnership as { name: string }).name);
    const alert = await page.getByRole("alert").innerText();
    expect(alert).toContain("kapot.json");
    expect(alert).toContain("years");
  });

  it("shows the region per calendar year with sector totals, before any library is loaded", async () => {
    const text = await page.locator("main").innerText();
    expect(text).toContain("De regio in totaal per kalenderjaar");
    expect(text).toContain("Totaal mbo");
    expect(text).toContain("Totaal regio");
    expect(
      (await resources(page)).filter((url) => /pdfmake|write-excel|fonts\//i.test(url)),
    ).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("divides a budget the asks exceed under the three rules, adding up to the budget", async () => {
    // 2026: all three partnerships count in it, and the two po sessions alone ask more than € 1 million.
    const year = "2026";
    await page.locator("#region-budget").fill("500.000");
    await page.locator("#region-year").selectOption(year);
    await page.locator("#region-rule").selectOption("regeling-eerst");
    const table = page.getByRole("region", {
      name: `Verdeling van het regionale budget voor ${year}`,
    });
    await table.waitFor();
    const total = await table.locator("tr.total").innerText();
    expect(total.match(/€\s?500\.000,00/g)).toHaveLength(3);
    expect(await page.locator(".notice.warning").innerText()).toContain("te weinig");
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: join(tmpdir(), "regio-1280.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it("keeps the typed budget and rule over a reload (the files are opened again)", async () => {
    await page.reload();
    await page.locator("#region-file").setInputFiles(files);
    await page.locator("#region-budget").waitFor();
    expect(await page.locator("#region-budget").inputValue()).toBe("500.000");
    expect(await page.locator("#region-rule").inputValue()).toBe("regeling-eerst");
  });

  it("downloads the joint proposal as a PDF with the regional summary first and a page per partnership", async () => {
    const path = await download(page, "Download gezamenlijk voorstel (PDF)");
    expect(readFileSync(path).subarray(0, 4).toString()).toBe("%PDF");
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" });
    expect(text.indexOf("De regio in totaal per kalenderjaar")).toBeLessThan(
      text.indexOf("Opleidingsschool Derde (mbo): per kalenderjaar"),
    );
    expect(text).toContain("Verdeling van het regionale budget");
  });

  it("downloads the same joint proposal as Word: Word headings, real tables, the budget's division", async () => {
    const path = await download(page, "Download als Word (.docx)");
    expect(path.endsWith(".docx")).toBe(true);
    const xml = execFileSync("unzip", ["-p", path, "word/document.xml"], { encoding: "utf8" });
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain("Opleidingsschool Derde (mbo)");
    expect(xml).toContain("Verdeling van het regionale budget");
  });

  it("downloads the region as an Excel file with real numbers", async () => {
    const path = await download(page, "Download als Excel");
    expect(path.endsWith(".xlsx")).toBe(true);
    const sheet = execFileSync("unzip", ["-p", path, "xl/worksheets/sheet1.xml"], {
      encoding: "utf8",
    });
    // A number cell has no t="s" (shared string): it holds a <v> with the number itself.
    expect(sheet).toMatch(/<c r="C3" s="\d+"><v>[\d.]+<\/v><\/c>/);
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });
});
