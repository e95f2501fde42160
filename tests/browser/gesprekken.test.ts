// /gesprekken/ and /vergelijken/ in Chromium: the conversation already in the browser moves into
// the library without loss; a scenario is made from the po example, its norm changed, and the two
// are compared; a damaged stored conversation is backed up and named while the rest loads.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, axeViolations, openSite } from "./harness.ts";
import { SESSION_KEY, openLibraryWithExample, poExample } from "./library-helpers.ts";

const example = poExample;
const SCENARIO = "Ambitie — 100 % in 2030";

describe("/gesprekken/ and /vergelijken/ in Chromium", () => {
  let site: Site;
  let page: Page;
  beforeAll(async () => {
    site = await openSite();
    page = await openLibraryWithExample(site);
  });
  afterAll(async () => site.close());

  it("takes the conversation already in this browser into the library, unchanged", async () => {
    const rows = page.locator("table.library tbody tr");
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(example.partnership.name);
    const stored = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("gesprekswijzer:bibliotheek:sessie:"))
        .map((k) => localStorage.getItem(k)),
    );
    expect(JSON.parse(stored[0] ?? "{}").partnership.name).toBe(example.partnership.name);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("makes a scenario, opens it, changes its norm and compares it with the original", async () => {
    await page
      .getByRole("button", { name: `Kopie als scenario van ${example.partnership.name}` })
      .click();
    await page.getByLabel("Naam van het scenario").fill(SCENARIO);
    await page.getByRole("button", { name: "Scenario maken" }).click();
    await page.getByRole("button", { name: `Openen: ${SCENARIO}` }).click();
    expect(await page.locator("tr.current").innerText()).toContain(SCENARIO);
    // The norm changes as the wizard would write it: 40 → 50 WPB hours per student in the open conversation.
    await page.evaluate((key) => {
      const s = JSON.parse(localStorage.getItem(key) ?? "{}");
      s.categories[0].perStudent.WPB = 50;
      localStorage.setItem(key, JSON.stringify(s));
    }, SESSION_KEY);
    await page.reload();
    await page.locator("table.library").waitFor();
    expect(await page.locator("tr", { hasText: SCENARIO }).innerText()).toContain(
      `scenario van ${example.partnership.name}`,
    );
    await page.getByLabel(`${example.partnership.name} vergelijken`).check();
    await page.getByLabel(`${SCENARIO} vergelijken`).check();
    await page.getByRole("link", { name: "Vergelijk 2 gesprekken" }).click();
    await page.waitForSelector("text=Wat is er anders?");
    const text = await page.locator("main").innerText();
    expect(text).toContain("Categorie Pabo voltijd: uren WPB per student: 40 → 50");
    expect(text).toMatch(/Uren werkplekbegeleiding \(WPB\)/);
    expect(text).toContain("(+");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("removes a conversation with undo", async () => {
    await page.goto(site.url("gesprekken/"));
    await page.getByRole("button", { name: `Verwijderen: ${example.partnership.name}` }).click();
    expect(await page.locator("table.library tbody tr").count()).toBe(1);
    await page.getByRole("button", { name: "Ongedaan maken" }).click();
    expect(await page.locator("table.library tbody tr").count()).toBe(2);
  });

  it("backs up and names a damaged stored conversation while the rest loads", async () => {
    await page.evaluate(() => {
      const index = JSON.parse(localStorage.getItem("gesprekswijzer:bibliotheek:v1") ?? "{}");
      index.entries.push({ id: "kapot", name: "Oud gesprek", updatedAt: 1 });
      localStorage.setItem("gesprekswijzer:bibliotheek:v1", JSON.stringify(index));
      localStorage.setItem("gesprekswijzer:bibliotheek:sessie:kapot", "{niet af");
    });
    await page.reload();
    await page.locator("table.library").waitFor();
    expect(await page.locator("table.library tbody tr").count()).toBe(3);
    expect(await page.locator("tr", { hasText: "Oud gesprek" }).innerText()).toContain(
      "Beschadigd",
    );
    expect(
      await page.evaluate(() => localStorage.getItem("gesprekswijzer:backup:bibliotheek-kapot")),
    ).toBe("{niet af");
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });
});
