// The printable card deck in Chromium: every question on a card, the format switch, a print
// stylesheet without buttons, PDFs of 4-up A4 and of A5 pages, and no axe violations.
import { readFileSync, readdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, axeViolations, openSite } from "./harness.ts";

const cardsDir = new URL("../../content/cards/", import.meta.url);
const cardFiles = readdirSync(cardsDir).filter((name) => name.endsWith(".mdx"));
/** Every question id of the card files. */
const questionIds = cardFiles.flatMap((name) => {
  const front = readFileSync(new URL(name, cardsDir), "utf8").split(/^---$/m)[1] ?? "";
  return [...front.matchAll(/^\s+- id:\s*"?([a-z0-9-]+)"?/gm)].map((m) => m[1] ?? "");
});
const cardCount = questionIds.length + cardFiles.length;

/** Page sizes (width × height in points, rounded) of a PDF made by Chromium. */
function pageSizes(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  return [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
  );
}

describe("/kaarten/ in Chromium", () => {
  let site: Site;
  let page: Page;
  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
    await page.goto(site.url("kaarten/"));
  });
  afterAll(async () => {
    await site.close();
  });

  it("puts every question on a card, each step with a cover card", async () => {
    expect(questionIds.length).toBeGreaterThan(24);
    const shown = await page
      .locator(".card.question")
      .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-question-id")));
    expect([...shown].sort()).toEqual([...questionIds].sort());
    expect(await page.locator(".card.cover").count()).toBe(cardFiles.length);
    expect(await page.locator(".sheet").count()).toBe(Math.ceil(cardCount / 4));
  });

  it("keeps the print hint beside or under the button at 390 px, not around it", async () => {
    const phone = await site.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(site.url("kaarten/"));
    const button = (await phone.locator("#kaarten-print").boundingBox())!;
    const hint = (await phone.locator(".print-row .hint").boundingBox())!;
    expect(hint.x >= button.x + button.width || hint.y >= button.y + button.height).toBe(true);
    await phone.close();
  });

  it("has no axe violations", async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it("prints without buttons, switches or site navigation", async () => {
    await page.emulateMedia({ media: "print" });
    for (const selector of ["button", ".format", ".site-header", ".site-footer", ".intro"]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator(".card").first().isVisible()).toBe(true);
    // Back to no emulation: with "screen" emulated, page.pdf() would print the screen styles.
    await page.emulateMedia({ media: null });
  });

  it("prints four A6 cards per A4 sheet", async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const sizes = pageSizes(pdf);
    expect(sizes).toHaveLength(Math.ceil(cardCount / 4));
    expect(new Set(sizes)).toEqual(new Set(["595x842"]));
  });

  it("switches to one A5 card per sheet, and remembers it in the address", async () => {
    await page.getByLabel("A5, één kaart per vel").check();
    expect(await page.getAttribute("#kaartenset", "data-format")).toBe("a5");
    expect(new URL(page.url()).searchParams.get("formaat")).toBe("a5");
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const sizes = pageSizes(pdf);
    expect(sizes).toHaveLength(cardCount);
    expect(new Set(sizes)).toEqual(new Set(["420x595"]));
  });

  it("opens in the format named in the address", async () => {
    const other = await site.newPage();
    await other.goto(site.url("kaarten/?formaat=a4"));
    expect(await other.getAttribute("#kaartenset", "data-format")).toBe("a4");
    expect(
      await other
        .getByLabel("A4 met vier kaarten (A6) per vel, knippen langs de stippellijnen")
        .isChecked(),
    ).toBe(true);
    await other.close();
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });
});
