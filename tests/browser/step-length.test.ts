// Every step of the conversation is short enough to use on a projector: with the po example loaded
// at 1280 × 720 it opens with a field or question in view and stays within its height budget
// (tests/browser/stepBudget.ts; `npm run bench -- stappen` prints the same figures). Folded parts
// remember the reader's choice, and a fold that holds entered values says so while closed.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, axeViolations, openSite } from "./harness.ts";
import { STEP_HEIGHT_BUDGET } from "./stepBudget.ts";
import { STEP_SLUGS, loadSession, measureStep } from "./stepHeights.ts";

const VO_EXAMPLE = readFileSync(
  new URL("../../content/examples/voorbeeld-vo.json", import.meta.url),
  "utf8",
);

describe("short steps", () => {
  let site: Site;
  let page: Page;
  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await loadSession(page, site);
  });
  afterAll(async () => {
    await site.close();
  });

  it("has a budget for every step", () => {
    expect(Object.keys(STEP_HEIGHT_BUDGET).sort()).toEqual([...STEP_SLUGS].sort());
  });

  it.each(STEP_SLUGS.map((slug) => [slug]))(
    "%s: first field in view and within its height budget",
    async (slug) => {
      const { height, firstField, visibleBottom } = await measureStep(page, site, slug);
      // The whole field shows: its top at least 40 px above the key-figures bar.
      expect(firstField, "first field or question below the first screen").toBeLessThan(
        visibleBottom - 40,
      );
      expect(firstField).toBeGreaterThan(0);
      expect(height, `document height of /gesprek/${slug}/`).toBeLessThanOrEqual(
        STEP_HEIGHT_BUDGET[slug] ?? 0,
      );
    },
  );

  it("remembers an opened fold on the next visit", async () => {
    await measureStep(page, site, "studenten");
    const fold = page.locator("details.fold", { hasText: "Hulp: groei doorrekenen" });
    expect(await fold.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await fold.locator("summary").click();
    // The helper loads when the fold first opens (it is not part of the page's first load).
    await fold.getByLabel("Groei per jaar").waitFor();
    await measureStep(page, site, "studenten");
    expect(await fold.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    await fold.getByLabel("Groei per jaar").waitFor();
    await fold.locator("summary").click();
    await measureStep(page, site, "studenten");
    expect(await fold.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
  });

  it("names what a closed fold holds, and shows every choice's explanation on request", async () => {
    await page.evaluate(
      (json) => localStorage.setItem("gesprekswijzer:sessie:v1", json),
      VO_EXAMPLE,
    );
    await measureStep(page, site, "financiering");
    const changes = page.locator("details.fold", {
      hasText: "Verandert de regeling in de loop van de jaren?",
    });
    expect(await changes.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await expect(changes.locator("summary").innerText()).resolves.toContain("1 wijziging");
    // Only the chosen option's explanation shows until the reader asks for all of them.
    const other = page.getByText(
      "Partners krijgen geld voor de studenten die ze dit jaar opleiden",
    );
    expect(await other.isVisible()).toBe(false);
    await page.getByRole("button", { name: /^Uitleg bij alle keuzes\W+Welke aantallen/ }).click();
    expect(await other.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole("button", { name: /^Uitleg alleen bij de gekozen optie\W+Welke aantallen/ })
      .click();
    expect(await other.isVisible()).toBe(false);
    await changes.locator("summary").click();
    expect(await axeViolations(page)).toEqual([]);
    await loadSession(page, site);
  });

  it("leaves no console errors and contacts no other origin", () => {
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });
});
