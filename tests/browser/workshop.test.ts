// The wizard as a workshop uses it, with the po example loaded: every step fits the screen (tables
// never wider than their box, the first field above the fold), each kind of removal comes back with
// "Ongedaan maken" or Ctrl+Z, the grid works from the keyboard alone, and "Controleer je antwoorden"
// lands on the field it links to. Needs a fresh `npx astro build`.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, axeViolations, openSite } from "./harness.ts";

const KEY = "gesprekswijzer:sessie:v1";
const ROW = "Stichting Akker – Pabo Voorbeeld – Pabo voltijd";

describe("the wizard in a workshop (po example)", () => {
  let site: Site;
  let page: Page;
  let steps: string[] = [];

  /** The stored session, parsed. */
  const stored = async (): Promise<Record<string, unknown>> =>
    JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? "{}");
  /** Opens a step and waits for its panels (or its answer fields). */
  const open = async (path: string): Promise<void> => {
    await page.goto(site.url(path));
    await page.locator("textarea[id$='-notes']").first().waitFor();
  };

  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(site.url("gesprek/"));
    steps = await page
      .locator(".step-overview a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    // Loaded as a person does it: the start page's example button.
    await page.goto(site.url());
    await page.getByRole("button", { name: "Voorbeeld laden: po" }).click();
    await page.getByText("Het voorbeeld po is geladen.").waitFor();
  });
  afterAll(async () => {
    await site?.close();
  });

  describe.each([
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
  ])("at $width × $height", ({ width, height }) => {
    it("every step shows its first field without scrolling, and no table is wider than its box", async () => {
      await page.setViewportSize({ width, height });
      for (const path of [...steps, "/resultaat/"]) {
        await page.goto(site.url(path));
        await page.locator("main table, textarea[id$='-notes']").first().waitFor();
        const fit = await page.evaluate(() => ({
          tooWide: [...document.querySelectorAll("main table")]
            .filter((table) => {
              const box = table.closest(".table-wrap") ?? table.parentElement!;
              return table.getBoundingClientRect().width > box.clientWidth + 1;
            })
            .map(
              (table) =>
                table.querySelector("caption")?.textContent?.trim() ?? "tabel zonder bijschrift",
            ),
          pageWidth: document.documentElement.scrollWidth,
          firstField:
            document
              .querySelector(
                ".step-input input, .step-input select, .step-input textarea, .question textarea",
              )
              ?.getBoundingClientRect().top ?? 0,
        }));
        expect(fit.tooWide, path).toEqual([]);
        expect(fit.pageWidth, path).toBeLessThanOrEqual(width);
        if (path.startsWith("/gesprek/")) expect(fit.firstField, path).toBeLessThan(height);
      }
    }, 90_000);
  });

  it("the background is folded by default and stays as the reader left it", async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(steps[0]!);
    const details = page.locator("details#achtergrond");
    expect(await details.getAttribute("open")).toBeNull();
    await page.getByText("Achtergrond en bronnen").click();
    await open(steps[1]!);
    expect(await page.locator("details#achtergrond").getAttribute("open")).not.toBeNull();
    await page.getByText("Achtergrond en bronnen").click();
  });

  it.each([
    // kind, step, the remove button, the notice
    {
      kind: "partner",
      step: "partnerschap",
      button: "Verwijderen Stichting Beek",
      notice: "Stichting Beek verwijderd (met 2 plaatsingen)",
      how: "button",
    },
    {
      kind: "category",
      step: "facilitering",
      button: "Categorie verwijderen Minorstudent",
      notice: "Categorie Minorstudent verwijderd (met 1 plaatsing)",
      how: "Ctrl+Z",
    },
    {
      kind: "grid row",
      step: "studenten",
      button: `Verwijderen ${ROW}`,
      notice: `Rij ${ROW} verwijderd`,
      how: "Ctrl+Z",
    },
    {
      kind: "cost line",
      step: "kosten",
      button: "Verwijderen Programmaleiding",
      notice: 'Regel "Programmaleiding" verwijderd',
      how: "button",
    },
    {
      kind: "note",
      step: "partnerschap",
      button: "Wissen Notities bij vraag 1.1",
      notice: "Notities bij vraag 1.1 gewist",
      how: "button",
    },
  ])(
    "removing a $kind asks nothing and '$how' restores exactly what was there",
    async ({ step, button, notice, how }) => {
      await open(`gesprek/${step}/`);
      if (button.startsWith("Wissen")) {
        await page
          .getByLabel("Notities bij vraag 1.1", { exact: true })
          .fill("Drie besturen, één pabo");
        await page.locator(".save-status", { hasText: /Opgeslagen/ }).waitFor();
      }
      const before = await stored();
      await page.getByRole("button", { name: button, exact: true }).click();
      await page.locator(".undo-notice", { hasText: notice }).waitFor();
      expect(await stored()).not.toEqual(before);
      if (how === "button") await page.getByRole("button", { name: "Ongedaan maken" }).click();
      else await page.keyboard.press("Control+Z");
      await page.locator(".undo-notice", { hasText: "Teruggezet" }).waitFor();
      expect(await stored()).toEqual(before);
    },
  );

  it("the notice stays at least ten seconds", async () => {
    await open("gesprek/kosten/");
    await page.getByRole("button", { name: "Verwijderen Programmaleiding", exact: true }).click();
    await page.waitForTimeout(10_500);
    expect(await page.getByRole("button", { name: "Ongedaan maken" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Ongedaan maken" }).click();
  }, 20_000);

  it("the grid works from the keyboard alone: Enter goes down, Tab goes right, typing stores", async () => {
    await open("gesprek/studenten/");
    const cell = (year: string, row: string) =>
      page.getByLabel(`Studenten ${year}, ${row}`, { exact: true });
    const [first, second] = (await stored())["years"] as string[];
    await cell(first!, ROW).focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("121");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("id"))).toBe(
      await cell(first!, "Stichting Beek – Pabo Voorbeeld – Pabo voltijd").getAttribute("id"),
    );
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("id"))).toBe(
      await cell(second!, ROW).getAttribute("id"),
    );
    const placements = (await stored())["placements"] as { students: Record<string, number> }[];
    expect(placements[0]!.students[first!]).toBe(121);
    await cell(first!, ROW).fill("120");
  });

  it("'Controleer je antwoorden' lists what is missing first, passes axe, and its links land on the field", async () => {
    await page.goto(site.url("gesprek/controleren/"));
    const attention = page.locator("section[aria-labelledby='eerst-bekijken'] li");
    await attention.first().waitFor();
    expect(
      (await attention.allInnerTexts()).some((text) =>
        text.startsWith(
          "Facilitering: nog nodig is bevestiging dat de uurtarieven getoetst zijn aan de actuele GPL.",
        ),
      ),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // A question's link: focus on its first answer field.
    await page
      .locator("#controle-studenten")
      .locator("xpath=..")
      .getByRole("link", { name: /wijzigen vraag 5\.2/ })
      .click();
    await page.waitForURL(/gesprek\/studenten\/#antwoord-/);
    await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");
    expect(
      await page.evaluate(
        () => document.activeElement?.id === decodeURIComponent(window.location.hash.slice(1)),
      ),
    ).toBe(true);
    // A panel's link: focus on the panel's first field.
    await page.goBack();
    await page
      .locator("#controle-facilitering")
      .locator("xpath=..")
      .getByRole("link", { name: "wijzigen Uurtarieven" })
      .click();
    await page.waitForURL(/#invoer-rates$/);
    await page.waitForFunction(() => document.activeElement?.closest("#invoer-rates") !== null);
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });
});
