// The conversation as a file: load an example, export, start anew (with confirmation and "Eerst
// exporteren"), import the export back (identical session), and broken files that leave the
// session untouched with a Dutch problem list. Needs a fresh `npx astro build`.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, axeViolations, openSite } from "./harness.ts";

const KEY = "gesprekswijzer:sessie:v1";

async function stored(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), KEY);
}

/** Clicks a button that starts a download and returns the file's name and text. */
async function download(page: Page, name: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

/** Chooses a file through the "Bestand openen" button. */
async function openFile(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Bestand openen" }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });
}

describe("session files in Chromium", () => {
  let site: Site;
  let page: Page;
  let exported = { name: "", text: "" };

  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
  });
  afterAll(async () => {
    await site?.close();
  });

  it("loads the po example from the start page and confirms it", async () => {
    await page.goto(site.url());
    await page.getByRole("button", { name: "Voorbeeld laden: po" }).click();
    await page.getByText("Het voorbeeld po is geladen.").waitFor();
    const session = JSON.parse((await stored(page)) ?? "{}");
    expect(session.partnership.sector).toBe("po");
    expect(await page.getByRole("link", { name: "Verder waar je was" }).count()).toBe(1);
  });

  it("shows the plan year's key figures on a step page", async () => {
    await page.goto(site.url("gesprek/kosten/"));
    const figures = page.locator(".live-figures");
    await figures.locator("dl").waitFor();
    const text = await figures.innerText();
    for (const label of [
      "Totale kosten",
      "Subsidie volgens de regeling",
      "Toezeggingen van de partners",
      "Eigen investering",
      "Nodig van de Onderwijsregio",
    ])
      expect(text).toContain(label);
    expect(text).toMatch(/€\s?\d{1,3}(\.\d{3})+/);
    expect(text).not.toMatch(/NaN|undefined/);
    expect(
      await figures.getByRole("link", { name: "Alle resultaten bekijken" }).getAttribute("href"),
    ).toBe("/resultaat/");
  });

  it("exports the session as the file the store would write", async () => {
    await page.goto(site.url("gesprek/groei/"));
    const notes = page.locator("textarea[id$='-notes']").first();
    await notes.waitFor();
    await notes.fill(
      "Groei: eerst de besturen in de stad, dan de regio.\nTweede regel met € en 'quotes'.",
    );
    await page.goto(site.url("gesprek/"));
    exported = await download(page, "Exporteren");
    expect(exported.name).toMatch(
      /^gesprekswijzer-opleidingsschool-voorbeeld-oost-po-\d{4}-\d{2}-\d{2}\.json$/,
    );
    expect(exported.text).toBe(
      `${JSON.stringify(JSON.parse((await stored(page)) ?? ""), null, 2)}\n`,
    );
    await page.getByText(`Het gesprek is opgeslagen als "${exported.name}"`).waitFor();
  });

  it("asks before starting anew, offers an export first, and can be cancelled with Escape", async () => {
    const before = await stored(page);
    await page.getByRole("button", { name: "Nieuw gesprek" }).click();
    const dialog = page.getByRole("dialog", { name: "Nieuw gesprek beginnen?" });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const again = await download(page, "Eerst exporteren");
    expect(again.text).toBe(exported.text);
    await dialog.getByText("Het gesprek is als bestand opgeslagen").waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await stored(page)).toBe(before);
    // Focus returns to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Nieuw gesprek");
  });

  it("starts a new, empty conversation on confirmation and goes to step 1", async () => {
    await page.getByRole("button", { name: "Nieuw gesprek" }).click();
    await page.getByRole("button", { name: "Wissen en opnieuw beginnen" }).click();
    await page.waitForURL(/\/gesprek\/[a-z0-9-]+\/$/);
    const session = JSON.parse((await stored(page)) ?? "{}");
    expect(session.answers).toEqual({});
    expect(session.partners).toEqual([]);
  });

  describe.each([
    { name: "kapot.json", text: "{ dit is geen json", message: /geen geldige JSON/ }, // not JSON at all
    {
      name: "ander.json",
      text: JSON.stringify({ format: "iets-anders/2" }),
      message: /^format: dit is geen sessiebestand/m,
    }, // wrong format marker
    {
      name: "fout.json",
      text: JSON.stringify({
        format: "gesprekswijzer/1",
        partnership: { name: 3, sector: "hbo" },
        years: "2025",
      }),
      message: /^partnership\.name: .+$/m,
    }, // wrong types, each named by its path
  ])("opening the broken file $name", ({ name, text, message }) => {
    it("lists the problems in Dutch and leaves the session untouched", async () => {
      await page.goto(site.url("gesprek/"));
      await page.locator(".step-overview .state").first().waitFor();
      const before = await stored(page);
      await openFile(page, name, text);
      const alert = page.getByRole("alert");
      await alert.waitFor();
      const shown = await alert.innerText();
      expect(shown).toContain(
        `Het bestand "${name}" is niet geladen; het huidige gesprek is niet veranderd.`,
      );
      expect(shown).toMatch(message);
      expect(await stored(page)).toBe(before);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it("opens the exported file and restores the identical session", async () => {
    await page.goto(site.url("gesprek/"));
    await openFile(page, exported.name, exported.text);
    await page.getByText(`Het bestand "${exported.name}" is geladen.`).waitFor();
    expect(`${JSON.stringify(JSON.parse((await stored(page)) ?? ""), null, 2)}\n`).toBe(
      exported.text,
    );
    await page.goto(site.url("gesprek/groei/"));
    const notes = page.locator("textarea[id$='-notes']").first();
    await notes.waitFor();
    expect(await notes.inputValue()).toBe(
      "Groei: eerst de besturen in de stad, dan de regio.\nTweede regel met € en 'quotes'.",
    );
  });

  it("asks before a file replaces a conversation with work in it", async () => {
    await page.goto(site.url("gesprek/"));
    await page.locator(".step-overview .state").first().waitFor();
    const before = await stored(page);
    await openFile(
      page,
      "leeg.json",
      JSON.stringify({ ...JSON.parse(exported.text), answers: {} }),
    );
    const dialog = page.getByRole("dialog", { name: "Huidig gesprek vervangen?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Annuleren" }).click();
    expect(await stored(page)).toBe(before);
  });

  // Repair on load keeps what can be read; the whole original stays as one backup.
  it("puts an unreadable stored conversation aside once and says so", async () => {
    const broken = JSON.stringify({ format: "gesprekswijzer/1", years: 3 });
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, broken]);
    await page.goto(site.url("gesprek/doelen/"));
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain("opgeslagen gesprek kon niet worden gelezen");
    expect(text).toContain("reservekopie");
    expect(text).toContain("years: moet een lijst zijn, niet 3");
    await page.goto(site.url("gesprek/"));
    await page.locator(".step-overview .state").first().waitFor();
    const backups = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith("gesprekswijzer:backup:"))
        .map((key) => localStorage.getItem(key)),
    );
    expect(backups).toEqual([broken]);
  });

  it("logged no console errors and sent no request away from 127.0.0.1", () => {
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });
});
