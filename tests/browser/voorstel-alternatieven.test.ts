// /voorstel/ with alternatives in Chromium: a scenario is made from the po example in the library,
// its norm changed, and ticked under "Alternatieven opnemen" on the proposal of the original; the
// preview then shows chapter 8 with the scenario and the changed input, and the PDF holds it too.
// Without a tick there is no chapter 8.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, axeViolations, openSite } from "./harness.ts";
import { SESSION_KEY, openLibraryWithExample, poExample } from "./library-helpers.ts";

const example = poExample;
const SCENARIO = "Minimum — kwaliteitsondergrens";
const name = example.partnership.name;

describe("/voorstel/ with alternatives in Chromium", () => {
  let site: Site;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), "gw-alternatieven-"));
  beforeAll(async () => {
    site = await openSite();
    page = await openLibraryWithExample(site);
    // A scenario of the example, opened, with a lower norm: 40 → 30 WPB hours per student.
    await page.getByRole("button", { name: `Kopie als scenario van ${name}` }).click();
    await page.getByLabel("Naam van het scenario").fill(SCENARIO);
    await page.getByRole("button", { name: "Scenario maken" }).click();
    await page.getByRole("button", { name: `Openen: ${SCENARIO}` }).click();
    await page.evaluate((key) => {
      const s = JSON.parse(localStorage.getItem(key) ?? "{}");
      s.categories[0].perStudent.WPB = 30;
      localStorage.setItem(key, JSON.stringify(s));
    }, SESSION_KEY);
    await page.reload();
    await page.locator("table.library").waitFor();
    // Back to the original: its proposal gets the scenario as alternative.
    await page.getByRole("button", { name: `Openen: ${name}` }).click();
    await page.goto(site.url("voorstel/"));
    await page.getByRole("group", { name: "Alternatieven opnemen" }).waitFor();
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("has no chapter 8 until an alternative is ticked", async () => {
    await page.locator(".proposal-preview").waitFor();
    expect(await page.locator(".proposal-preview").innerText()).not.toContain("Alternatieven");
  });

  it("shows chapter 8 in the preview once the scenario is ticked, with the changed norm", async () => {
    await page.getByRole("checkbox", { name: SCENARIO }).check();
    const chapter = page.locator(".proposal-preview :is(h3, h4)", {
      hasText: /^8\s+Alternatieven$/,
    });
    await chapter.waitFor();
    const text = await page.locator(".proposal-preview").innerText();
    expect(text).toContain(`Alternatief 1: ${SCENARIO}`);
    expect(text).toMatch(/Categorie Pabo voltijd: uren WPB per student\s+40\s+30/);
    expect(text).toMatch(/\(−€/);
    // The summary links to the chapter.
    expect(await page.locator('.proposal-preview a[href="#voorstel-hoofdstuk-8"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("keeps the choice after a reload and puts the chapter in the PDF", async () => {
    await page.reload();
    await page
      .locator(".proposal-preview :is(h3, h4)", { hasText: /^8\s+Alternatieven$/ })
      .waitFor();
    expect(await page.getByRole("checkbox", { name: SCENARIO }).isChecked()).toBe(true);
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download voorstel (PDF)" }).click(),
    ]);
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], {
      encoding: "utf8",
    }).replace(/\u00a0/g, " ");
    expect(text).toContain("8 Alternatieven");
    expect(text).toContain(`Alternatief 1: ${SCENARIO}`);
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });
});
