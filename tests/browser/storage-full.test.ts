// A browser whose storage for this site is full: starting a conversation and typing never throw,
// nothing typed is lost on the page, a Dutch notice says why and offers the export, and the save
// status does not claim a save.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, openSite } from "./harness.ts";

describe("full browser storage", () => {
  let site: Site;
  let page: Page;
  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(site.url());
    // Fill the origin's storage with junk until it refuses, in ever smaller pieces.
    await page.evaluate(() => {
      let n = 0;
      for (const size of [1 << 19, 1 << 14, 1 << 9, 16, 1]) {
        try {
          for (;;) localStorage.setItem(`vulling-${n++}`, "x".repeat(size));
        } catch {
          // full at this size: try smaller pieces
        }
      }
    });
  });
  afterAll(async () => {
    await site.close();
  });

  it("'Nieuw gesprek' stays on the start page with a notice instead of failing silently", async () => {
    await page.goto(site.url());
    await page.getByRole("button", { name: "Nieuw gesprek", exact: true }).click();
    await page.getByText("de opslag van deze browser is vol").waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await page.getByRole("button", { name: "Gesprek exporteren" }).isVisible()).toBe(true);
  });

  it("on a step page, typing keeps the text, says 'Niet opgeslagen' and never throws", async () => {
    await page.goto(site.url("gesprek/partnerschap/"));
    const name = page.getByLabel("Naam van het partnerschap", { exact: true });
    await name.fill(
      "Opleidingsschool Rivierenland met een naam die net niet meer in de opslag past",
    );
    expect(await name.inputValue()).toBe(
      "Opleidingsschool Rivierenland met een naam die net niet meer in de opslag past",
    );
    await page.getByText("Niet opgeslagen").first().waitFor();
    expect(await page.locator(".save-status").innerText()).toContain("Niet opgeslagen");
    expect(site.consoleErrors).toEqual([]);
  });

  // Last: the script below stays on the browser context for every later page.
  it("a browser that blocks site data says so on the start page", async () => {
    await page.evaluate(() => localStorage.clear());
    await site.context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("geblokkeerd", "SecurityError");
        },
      });
    });
    const blocked = await site.newPage();
    await blocked.goto(site.url());
    await blocked.getByText("Deze browser bewaart niets voor deze site").waitFor();
    expect(await blocked.getByRole("alert").innerText()).toContain(
      "Sta sitegegevens toe voor dit adres",
    );
    expect(site.consoleErrors).toEqual([]);
    await blocked.close();
  });
});
