// The start page and the not-found page serve, in Dutch, with no console errors, no foreign requests and no axe violations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, axeViolations, openSite } from "./harness.ts";

describe("start page in Chromium", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it("shows the start page without errors", async () => {
    const page = await site.newPage();
    await page.goto(site.url());
    expect(await page.locator("h1").count()).toBe(1);
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    expect(await axeViolations(page)).toEqual([]);
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });

  it("answers an unknown address with a Dutch page that leads back", async () => {
    const page = await site.newPage();
    const response = await page.goto(site.url("bestaat-niet/"));
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Deze pagina bestaat niet");
    expect(await page.locator('main a[href="/"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});
