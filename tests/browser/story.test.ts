// The money story in Chromium: with each example loaded, the live panel, /resultaat/ and the presenter's
// figures slide show the same names and amounts for the plan year, and every total /resultaat/ shows
// (amounts, hours and FTE) equals the sum of the parts it shows.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeResult } from "../../src/engine/index.ts";
import { moneyStory } from "../../src/report/story.ts";
import { example } from "../report/helpers.ts";
import { type Site, openSite } from "./harness.ts";

const KEY = "gesprekswijzer:sessie:v1";
const plain = (s: string | null): string => (s ?? "").replace(/\u00a0/g, " ").trim();

/** A shown amount or quantity in hundredths: "€ 1.234" / "1.234" → 123400, "−€ 12" → -1200, "0,74" → 74; null for text. */
function hundredths(cell: string): number | null {
  const m = /^([−-]?)(€\s?)?(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{1,2}))?$/.exec(cell);
  if (!m) return null;
  return (
    (Number(m[3]!.replace(/\./g, "")) * 100 + Number((m[4] ?? "").padEnd(2, "0"))) *
    (m[1] === "" ? 1 : -1)
  );
}

describe("one money story in Chromium", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site.close();
  });

  async function openWith(session: unknown, path: string): Promise<Page> {
    const page = await site.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(site.url());
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      KEY,
      JSON.stringify(session),
    ] as const);
    await page.goto(site.url(path));
    return page;
  }

  /** Pairs of (name, amount) of a list of figures: `names` and `amounts` are selectors inside `root`. */
  async function figures(
    page: Page,
    root: string,
    names: string,
    amounts: string,
  ): Promise<string[][]> {
    await page.locator(`${root} ${amounts}`).first().waitFor();
    const n = (await page.locator(`${root} ${names}`).allTextContents()).map(plain);
    const a = (await page.locator(`${root} ${amounts}`).allTextContents()).map(plain);
    return n.map((name, i) => [name, a[i] ?? ""]);
  }

  it.each(["po", "vo"] as const)(
    "example %s: live panel, /resultaat/ and presenter slide tell the same story",
    async (name) => {
      const { session, planYear } = example(name);
      const story = moneyStory(computeResult(session), planYear);
      const expected = [story.costs, ...story.parts, story.needed, story.ownInvestment].map((f) => [
        f.label,
        plain(f.text),
      ]);

      const step = await openWith(session, "gesprek/financiering/");
      expect(await figures(step, ".live-figures", "dt", "dd")).toEqual(expected);
      await step.close();

      const results = await openWith(session, "resultaat/");
      expect(await figures(results, ".key-figures", "dt", "dd.amount")).toEqual(expected);
      await results.close();

      const presenter = await openWith(session, "presentatie/");
      await presenter.waitForSelector(".presenter .position");
      await presenter.keyboard.press("End");
      expect(await figures(presenter, "[data-figures-for]", "dt", "dd")).toEqual(expected);
      await presenter.close();
    },
  );

  it.each(["po", "vo"] as const)(
    "example %s: every total on /resultaat/ equals the sum of its shown parts, in every year",
    async (name) => {
      const { session, result } = example(name);
      const page = await openWith(session, "resultaat/");
      await page.locator('[data-key="costs"]').waitFor();
      let checks = 0;
      for (const { year } of result.years) {
        await page.locator("#resultaat-jaar").selectOption(year);
        await page.locator("#kerncijfers", { hasText: year }).waitFor();
        const tables = await page.evaluate(() =>
          [...document.querySelectorAll("table.report")].map((table) => ({
            caption: table.querySelector("caption")?.textContent ?? "",
            rows: [...table.querySelectorAll("tbody tr[data-row]")].map((tr) => ({
              row: Number(tr.getAttribute("data-row")),
              sumOf: tr.getAttribute("data-sum-of"),
              cells: [...tr.querySelectorAll("td")].map((td) =>
                (td.textContent ?? "").replace(/\u00a0/g, " ").trim(),
              ),
            })),
          })),
        );
        for (const table of tables) {
          const byRow = new Map(table.rows.map((r) => [r.row, r]));
          for (const total of table.rows.filter((r) => r.sumOf)) {
            const parts = total.sumOf!.split(" ").map(Number);
            total.cells.forEach((cell, c) => {
              const shown = hundredths(cell);
              if (shown === null) return;
              const sum = parts.reduce(
                (s, p) =>
                  s + Math.sign(p) * (hundredths(byRow.get(Math.abs(p) - 1)?.cells[c] ?? "") ?? 0),
                0,
              );
              expect(sum, `${year}, ${table.caption}, rij ${total.row}, kolom ${c + 1}`).toBe(
                shown,
              );
              checks++;
            });
          }
        }
      }
      // budget (3 subtotals, costs, income, pot, own investment ×3), partners (4 columns), story tables,
      // hours and FTE per partner (8 columns)
      expect(checks).toBeGreaterThanOrEqual(result.years.length * 23);
      await page.close();
    },
  );

  it("a warning on /resultaat/ says what it means and links to the step and field that fix it", async () => {
    const page = await openWith(example("po").session, "resultaat/");
    // The po example's first year has no countable students in its basis year: the engine falls back
    // to the year itself, and the warning says so and where to change it.
    const link = page.locator(".notice.warning a", {
      hasText: "vul dan de studenten van 2024-2025 in — stap Studenten",
    });
    await link.waitFor();
    expect(await page.locator(".notice.warning li").first().textContent()).toContain(
      "2024-2025 heeft geen telbare studenten",
    );
    expect(await link.getAttribute("href")).toBe("/gesprek/studenten/#veld-plaatsingen");
    await link.click();
    await page.waitForURL(/studenten\/#veld-plaatsingen/);
    await page.locator("#veld-plaatsingen").waitFor();
    expect(await page.locator("#veld-plaatsingen h3").first().textContent()).toBe(
      "Plaatsingen: studenten per jaar",
    );
    await page.close();
  });

  it("logged no console errors and made no foreign requests", () => {
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });
});
