// The student step of a large partnership (the 600-row benchmark session, 10 years) in Chromium:
// fast typing across a page of rows loses nothing, Enter carries on to the next page, a pasted block
// fills cells on both pages, the search finds rows (axe-clean at 1280 and 390 px), and two rows for
// the same combination are merged on request and split again by undo. Needs a build.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_ROWS } from "../../src/lib/gridPages.ts";
import { benchScenario } from "../bench/scenario.ts";
import { type Site, axeViolations, openSite } from "./harness.ts";

const KEY = "gesprekswijzer:sessie:v1";
type Stored = {
  years: string[];
  placements: {
    board: string;
    institute: string;
    category: string;
    students: Record<string, number>;
  }[];
};

describe("the student step with 150 partners and 10 years", () => {
  let site: Site;
  let page: Page;
  const stored = async (): Promise<Stored> =>
    JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? "{}") as Stored;
  /** The input of the cell at a grid position (row within the rows shown in order, column = year). */
  const cell = (row: number, column: number) =>
    page.locator(`td[data-cell="${row}:${column}"] input`);
  async function open(session: unknown): Promise<void> {
    await page.goto(site.url(""));
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      KEY,
      JSON.stringify(session),
    ] as const);
    await page.goto(site.url("gesprek/studenten/"));
    await cell(0, 0).waitFor({ timeout: 30_000 });
  }

  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
  });
  afterAll(async () => site.close());

  it("fast typing with Enter down a column, across the page boundary, stores every number", async () => {
    await open(benchScenario());
    const start = PAGE_ROWS - 3;
    await cell(start, 2).focus();
    const typed = ["1201", "1202", "1203", "1204", "1205", "1206"];
    for (const number of typed) {
      await page.keyboard.press("Control+A");
      await page.keyboard.type(number, { delay: 0 });
      await page.keyboard.press("Enter");
    }
    await expect
      .poll(() => page.getByText(`Rijen ${PAGE_ROWS + 1}–${2 * PAGE_ROWS} van 600`).count())
      .toBe(1);
    const s = await stored();
    const year = s.years[2]!;
    expect(typed.map((_, i) => s.placements[start + i]!.students[year])).toEqual(typed.map(Number));
    // Focus is in the row after the last one typed, on the second page.
    expect(await page.evaluate(() => document.activeElement?.closest("td")?.dataset["cell"])).toBe(
      `${start + typed.length}:2`,
    );
    // Tab goes right along the row.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("td")?.dataset["cell"])).toBe(
      `${start + typed.length}:3`,
    );
    expect(site.consoleErrors).toEqual([]);
  });

  it("a block pasted in the last rows of a page fills the rows on the next page too", async () => {
    await open(benchScenario());
    await page.evaluate((text) => navigator.clipboard.writeText(text), "31\t32\n33\t34\n35\t36\n");
    await cell(PAGE_ROWS - 2, 0).focus();
    await page.keyboard.press("Control+V");
    await page.getByText("6 vakken ingevuld uit het geplakte blok.").waitFor();
    const s = await stored();
    const [first, second] = s.years;
    expect(
      [PAGE_ROWS - 2, PAGE_ROWS - 1, PAGE_ROWS].map((r) => [
        s.placements[r]!.students[first!],
        s.placements[r]!.students[second!],
      ]),
    ).toEqual([
      [31, 32],
      [33, 34],
      [35, 36],
    ]);
    await page.getByRole("button", { name: "Volgende rijen" }).click();
    expect(await cell(PAGE_ROWS, 1).inputValue()).toBe("36");
    // The search and the page buttons pass axe, on a laptop and on a phone.
    await page.getByLabel(/^Rijen zoeken/).fill("bestuur 107");
    // Board 107 has five rows (the only label with "107": 40 institutes, 12 categories).
    await expect.poll(() => page.locator('td[data-cell$=":0"]').count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it("two rows for the same combination: the step shows both, merges them on request, and undo splits them again", async () => {
    const session = benchScenario();
    const { placements = [] } = session;
    // In place of the second row: the session stays within the 600 rows a session may have.
    placements[1] = { ...structuredClone(placements[0]!), students: { [session.years[0]!]: 7 } };
    await open(session);
    const label = await page.locator("tbody th.row-label").first().innerText();
    expect(await page.locator("tbody th.row-label", { hasText: label }).count()).toBe(2);
    const before = await stored();
    await page.getByRole("button", { name: `Samenvoegen ${label}` }).click();
    await expect
      .poll(async () => (await stored()).placements.length)
      .toBe(before.placements.length - 1);
    const year = before.years[0]!;
    expect((await stored()).placements[0]!.students[year]).toBe(
      (before.placements[0]!.students[year] ?? 0) + 7,
    );
    await page.getByRole("button", { name: "Ongedaan maken" }).click();
    await expect
      .poll(async () => (await stored()).placements.length)
      .toBe(before.placements.length);
    expect((await stored()).placements).toEqual(before.placements);
    expect(site.consoleErrors).toEqual([]);
  });
});
