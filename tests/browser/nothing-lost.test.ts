// Nothing lost, nothing blank, in Chromium: a too-large count is refused at the field and never
// stored; a stored session with one unreadable value loads the rest on every page that reads it,
// names the value, and its backup can be downloaded and restored from the start page; a partner
// cannot be renamed to another partner's name. Needs a build.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, openSite } from "./harness.ts";

const root = new URL("../..", import.meta.url).pathname;
const KEY = "gesprekswijzer:sessie:v1";
type Example = {
  partnership: { name: string };
  partners: { name: string }[];
  overhead: { amount: number }[];
};
const example = JSON.parse(
  readFileSync(join(root, "content/examples/voorbeeld-po.json"), "utf8"),
) as Example;

async function store(page: Page, session: unknown): Promise<void> {
  await page.goto(page.url().startsWith("http") ? page.url() : "about:blank");
  await page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      localStorage.setItem(key, value);
    },
    [KEY, typeof session === "string" ? session : JSON.stringify(session)] as const,
  );
}

describe("nothing lost, nothing blank", () => {
  let site: Site;
  let page: Page;
  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
    await page.goto(site.url(""));
  });
  afterAll(async () => site.close());

  it("refuses a student count beyond the limit at the field and stores nothing", async () => {
    await store(page, example);
    await page.goto(site.url("gesprek/studenten/"));
    const field = page.locator("table.grid tbody input").first();
    await field.waitFor();
    const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
    await field.fill("12345678901234567");
    await expect
      .poll(() => page.getByRole("alert").filter({ hasText: "Vul hoogstens 100.000 in." }).count())
      .toBe(1);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
    await page.reload();
    await page.locator("table.grid tbody input").first().waitFor();
    expect(await page.getByText("kon niet worden gelezen").count()).toBe(0);
  });

  it("loads the rest of a stored session with one unreadable value on every page, naming the value", async () => {
    const damaged = structuredClone(example);
    damaged.overhead[0]!.amount = 1e308;
    await store(page, damaged);
    for (const path of ["", "gesprek/kosten/", "resultaat/", "voorstel/", "presentatie/"]) {
      await page.goto(site.url(path));
      const notice = page.getByRole("alert").filter({ hasText: "de rest is geladen" });
      await notice.waitFor();
      expect(await notice.innerText(), path).toContain(
        "overhead[0].amount: mag hoogstens 1.000.000.000 zijn",
      );
    }
    // The rest is there: the result page shows the partnership's figures, not an empty page (once
    // the full check and the engine, which load after the page, have run).
    await page.goto(site.url("resultaat/"));
    await expect
      .poll(() => page.locator("main").innerText(), { timeout: 10_000 })
      .toContain(example.partners[0]!.name);
  });

  it("offers the backup on the start page: download the original, restore the readable part", async () => {
    const damaged = structuredClone(example);
    damaged.overhead[0]!.amount = 1e308;
    const raw = JSON.stringify(damaged);
    await store(page, raw);
    await page.goto(site.url(""));
    await page.getByRole("link", { name: "Naar de reservekopieën" }).click();
    const section = page.locator("#reservekopieen");
    await section.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("button", { name: "Downloaden" }).click(),
    ]);
    expect(readFileSync((await download.path()) ?? "", "utf8")).toBe(raw);
    // Start over, then restore.
    await page.evaluate((key) => localStorage.removeItem(key), KEY);
    await page.reload();
    await section.getByRole("button", { name: "Terugzetten" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Terugzetten" }).click();
    await expect
      .poll(() => section.getByRole("status").innerText())
      .toContain("teruggezet, zonder: overhead[0].amount");
    const restored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? "{}") as Example,
      KEY,
    );
    expect(restored.partnership.name).toBe(example.partnership.name);
  });

  it("refuses to rename a partner to another partner's name, and the result page stays whole", async () => {
    await store(page, example);
    await page.goto(site.url("gesprek/partnerschap/"));
    const [first, second] = example.partners;
    const field = page.getByRole("textbox", { name: `Naam van schoolbestuur ${second!.name}` });
    await field.fill(first!.name);
    await expect
      .poll(() =>
        page
          .getByRole("alert")
          .filter({ hasText: `Er is al een partner met de naam "${first!.name}"` })
          .count(),
      )
      .toBeGreaterThan(0);
    const stored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? "{}") as Example,
      KEY,
    );
    expect(stored.partners[1]!.name).toBe(second!.name);
    await page.goto(site.url("resultaat/"));
    await expect.poll(() => page.locator("main").innerText()).toContain(second!.name);
    expect(site.consoleErrors).toEqual([]);
  });
});
