// The conversation being edited reaches the library without /gesprekken/ being opened: a name typed
// at step 1 is in the library's index after a pause in typing, with its last change, and the
// library page lists it at once.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, openSite } from "./harness.ts";
import { SESSION_KEY, poExample as example } from "./library-helpers.ts";

const NAME = "Opleidingsschool Bibliotheektest";

describe("the conversation being edited in the library, in Chromium", () => {
  let site: Site;
  let page: Page;
  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
    await page.goto(site.url("gesprek/partnerschap/"));
    await page.evaluate(([key, s]) => localStorage.setItem(key as string, JSON.stringify(s)), [
      SESSION_KEY,
      example,
    ] as const);
    await page.reload();
  });
  afterAll(async () => site.close());

  it("keeps the typed name and its last change in the library's index after a pause", async () => {
    const before = Date.now();
    await page.getByLabel("Naam van het partnerschap").fill(NAME);
    await page.waitForFunction(
      (name) => (localStorage.getItem("gesprekswijzer:bibliotheek:v1") ?? "").includes(name),
      NAME,
      { timeout: 15_000 },
    );
    const index = await page.evaluate(
      () =>
        JSON.parse(localStorage.getItem("gesprekswijzer:bibliotheek:v1") ?? "{}") as {
          current: string;
          entries: { id: string; partnership?: string; updatedAt: number }[];
        },
    );
    const entry = index.entries.find((e) => e.id === index.current)!;
    expect(entry.partnership).toBe(NAME);
    expect(entry.updatedAt).toBeGreaterThanOrEqual(before - 1000);
    await page.goto(site.url("gesprekken/"));
    await page.locator("table.library").waitFor();
    expect(await page.locator("tr.current").innerText()).toContain(NAME);
    expect(site.consoleErrors).toEqual([]);
  });
});
