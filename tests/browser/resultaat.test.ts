// /resultaat/ in Chromium: the po example's plan-year figures, accessible charts, no errors, usable at 390 px.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { moneyStory } from "../../src/report/story.ts";
import { example } from "../report/helpers.ts";
import { type Site, axeViolations, openSite } from "./harness.ts";

const KEY = "gesprekswijzer:sessie:v1";
/** The shown text of a story figure of the example in `year` (the plan year by default), as the page formats it. */
function figure(name: "po" | "vo", key: "costs" | "needed", year?: string): string {
  const { result, planYear } = example(name);
  return moneyStory(result, year ?? planYear)[key].text.replace(/\u00a0/g, " ");
}
const text = async (page: Page, selector: string): Promise<string> =>
  ((await page.locator(selector).first().textContent()) ?? "").replace(/\u00a0/g, " ");

describe("results page in Chromium", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site.close();
  });

  async function openWith(session: unknown, width = 1280): Promise<Page> {
    const page = await site.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(site.url());
    await page.evaluate(
      ([key, value]) =>
        value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value),
      [KEY, session === null ? null : JSON.stringify(session)] as const,
    );
    await page.goto(site.url("resultaat/"));
    return page;
  }

  it("shows the po example's plan year: total costs and what is needed from the region", async () => {
    const page = await openWith(example("po").session);
    await page.locator('[data-key="costs"]').waitFor();
    expect(await text(page, '[data-key="costs"]')).toBe(figure("po", "costs"));
    expect(await text(page, '[data-key="needed"]')).toBe(figure("po", "needed"));
    expect(await page.locator("#resultaat-jaar").inputValue()).toBe(example("po").planYear);
    // the Bijlage 2 budget, the charts as images with title and description, and their tables
    expect(await page.locator("table.report").count()).toBeGreaterThanOrEqual(6);
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBe(3);
    for (const i of [0, 1, 2]) {
      expect(await charts.nth(i).locator("title").count()).toBe(1);
      expect(await charts.nth(i).locator("desc").count()).toBe(1);
    }
    // the plan year's story chart has its table beside it; the other two fold theirs
    expect(await page.locator("div.chart-table table").count()).toBe(1);
    expect(await page.locator("details.chart-table table").count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("switches to another school year", async () => {
    const page = await openWith(example("po").session);
    const { session, planYear } = example("po");
    const other = session.years.find((y) => y > planYear)!;
    await page.locator("#resultaat-jaar").selectOption(other);
    expect(await text(page, '[data-key="costs"]')).toBe(figure("po", "costs", other));
    expect(await text(page, "#kerncijfers")).toBe(`Kerncijfers ${other}`);
    await page.close();
  });

  it("fits 390 px: only the tables scroll sideways, and axe finds nothing", async () => {
    const page = await openWith(example("vo").session, 390);
    await page.locator('[data-key="costs"]').waitFor();
    expect(await text(page, '[data-key="costs"]')).toBe(figure("vo", "costs"));
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each([
    // the projector: the amounts are large and must stay inside their cards
    { width: 1280, height: 720 },
    // a phone
    { width: 390, height: 844 },
    // a small phone
    { width: 320, height: 640 },
  ])("key figures stay inside their cards at $width px", async ({ width, height }) => {
    const page = await openWith(example("po").session, width);
    await page.setViewportSize({ width, height });
    await page.locator('[data-key="costs"]').waitFor();
    const sticking = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".key-figures .amount")]
        .filter(
          (amount) =>
            amount.scrollWidth > amount.clientWidth + 1 ||
            amount.getBoundingClientRect().right >
              amount.closest(".figure")!.getBoundingClientRect().right - 1,
        )
        .map((amount) => amount.textContent),
    );
    expect(sticking).toEqual([]);
    await page.close();
  });

  it("an empty browser gets a friendly start hint", async () => {
    const page = await openWith(null);
    await page.getByRole("heading", { name: "Nog niets om te laten zien" }).waitFor();
    expect(await page.getByRole("link", { name: "het gesprek" }).getAttribute("href")).toBe(
      "/gesprek/",
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("logged no console errors and made no foreign requests", () => {
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });
});
