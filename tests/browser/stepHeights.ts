/**
 * Measures how long each conversation step is with the po example loaded, at 1280 × 720: the
 * document's scroll height and where the first field or question starts. Shared by the browser
 * test (step-length.test.ts) and `npm run bench -- stappen`, so the budget and the report read the
 * same figure. Needs a running site (openSite) and the built site.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { Site } from "./harness.ts";

const root = new URL("../../", import.meta.url);

/** The step slugs in step order, read from the cards' file names (NN-slug.mdx). */
export const STEP_SLUGS: readonly string[] = readdirSync(new URL("content/cards/", root))
  .filter((file) => /^\d\d-.+\.mdx$/.test(file))
  .sort()
  .map((file) => file.replace(/^\d\d-/, "").replace(/\.mdx$/, ""));

/** The po example as stored in localStorage. */
export const PO_EXAMPLE = readFileSync(new URL("content/examples/voorbeeld-po.json", root), "utf8");

/** One step's measured length. */
export interface StepHeight {
  slug: string;
  /** document.scrollingElement.scrollHeight in CSS pixels. */
  height: number;
  /** Top of the first input, select, textarea or question heading of the step (not a button). */
  firstField: number;
  /** Where the first screen ends: 720 px, or higher where the key-figures bar covers the page. */
  visibleBottom: number;
}

/** Stores a session (default the po example) in the page's origin; the site reads it on the next load. */
export async function loadSession(page: Page, site: Site, json = PO_EXAMPLE): Promise<void> {
  await page.goto(site.url(""));
  await page.evaluate((text) => {
    localStorage.removeItem("gesprekswijzer:sessie:v1");
    localStorage.setItem("gesprekswijzer:sessie:v1", text);
  }, json);
}

/** Opens /gesprek/<slug>/ and measures it once its islands have rendered. */
export async function measureStep(page: Page, site: Site, slug: string): Promise<StepHeight> {
  await page.goto(site.url(`gesprek/${slug}/`));
  await page.waitForLoadState("networkidle");
  // The answer fields are client-only islands: the page is complete once every question has them.
  await page.waitForFunction(
    () =>
      document.querySelectorAll("article.question").length ===
      document.querySelectorAll("article.question .answers").length,
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(300);
  return page.evaluate((stepSlug) => {
    const top = (el: Element | null): number =>
      el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : -1;
    const body = document.querySelector(".step-body");
    const first = body?.querySelector(
      "input:not([type=hidden]), select, textarea, article.question h3",
    );
    const bar = document.querySelector(".step-aside")?.getBoundingClientRect().top ?? Infinity;
    return {
      slug: stepSlug,
      visibleBottom: Math.round(Math.min(window.innerHeight, bar)),
      height: document.scrollingElement?.scrollHeight ?? 0,
      firstField: top(first ?? null),
    };
  }, slug);
}

/** Measures every step with the po example at 1280 × 720. */
export async function measureAllSteps(site: Site): Promise<StepHeight[]> {
  const page = await site.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await loadSession(page, site);
  const heights: StepHeight[] = [];
  for (const slug of STEP_SLUGS) heights.push(await measureStep(page, site, slug));
  await page.close();
  return heights;
}
