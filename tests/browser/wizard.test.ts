// The wizard as a person uses it: start, walk all steps typing notes, reload, hostile text, two
// tabs, keyboard focus, and axe on every page at 1280×720 and 390 px; no console errors, nothing
// leaves 127.0.0.1. Needs a fresh `npx astro build`.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, axeViolations, openSite } from "./harness.ts";

const KEY = "gesprekswijzer:sessie:v1";

/** The session as stored in the page's localStorage. */
async function storedSession(
  page: Page,
): Promise<{ answers: Record<string, { notes: string; agreements: string; open: string }> }> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), KEY);
  expect(raw).not.toBeNull();
  return JSON.parse(raw ?? "{}");
}

/** The first "Notities" field of a step page, once its island is mounted. */
async function firstNotes(page: Page) {
  const field = page.locator("textarea[id$='-notes']").first();
  await field.waitFor();
  return field;
}

describe("wizard in Chromium", () => {
  let site: Site;
  let steps: string[] = [];
  const failed: string[] = [];

  beforeAll(async () => {
    site = await openSite();
    site.context.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    const page = await site.newPage();
    await page.goto(site.url("gesprek/"));
    steps = await page
      .locator(".step-overview a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    await page.close();
  });
  afterAll(async () => {
    await site?.close();
  });

  it("lists all twelve steps on the overview, each linking to its page", () => {
    expect(steps).toHaveLength(12);
    expect(new Set(steps).size).toBe(12);
    for (const path of steps) expect(path).toMatch(/^\/gesprek\/[a-z0-9-]+\/$/);
  });

  it("starts a new conversation and walks every step by its next link, typing a note on each", async () => {
    const page = await site.newPage();
    await page.goto(site.url());
    expect(await page.getByRole("link", { name: "Verder waar je was" }).count()).toBe(0);
    await page.getByRole("button", { name: "Nieuw gesprek" }).click();
    await page.waitForURL(site.url(steps[0]));
    for (const [i, path] of steps.entries()) {
      expect(new URL(page.url()).pathname).toBe(path);
      // Focus starts at the step heading, and the progress indicator marks this step.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("stap-titel");
      expect(await page.locator('.progress-nav a[aria-current="step"]').getAttribute("href")).toBe(
        path,
      );
      // Each field is named after its question for screen readers.
      const notes = page.getByLabel(`Notities bij vraag ${i + 1}.1`, { exact: true });
      await notes.waitFor();
      await notes.fill(`Notitie bij stap ${i + 1}`);
      await page.locator(".save-status", { hasText: /Opgeslagen om \d\d:\d\d/ }).waitFor();
      // The step now has one answer: counted in words ("1/5"), but not marked done after a single note.
      const current = page.locator('.progress-nav a[aria-current="step"]');
      await current.locator(".state", { hasText: /^1\// }).waitFor();
      expect(await current.locator(".mark").count()).toBe(0);
      if (i < steps.length - 1) await page.locator('.pager a[rel="next"]').click();
      else
        expect(await page.locator(".pager a").last().getAttribute("href")).toBe(
          "/gesprek/controleren/",
        );
      if (i < steps.length - 1) await page.waitForURL(site.url(steps[i + 1]));
    }
    const notes = Object.values((await storedSession(page)).answers).map((a) => a.notes);
    expect(notes).toEqual(steps.map((_, i) => `Notitie bij stap ${i + 1}`));
    await page.close();
  });

  it("keeps everything after a reload, shows the state on the overview and offers to continue", async () => {
    const page = await site.newPage();
    for (const [i, path] of steps.entries()) {
      await page.goto(site.url(path));
      await page.reload();
      expect(await (await firstNotes(page)).inputValue()).toBe(`Notitie bij stap ${i + 1}`);
    }
    await page.goto(site.url("gesprek/"));
    await page.locator(".step-overview .state", { hasText: "besproken" }).first().waitFor();
    expect(await page.locator(".step-overview .state", { hasText: /1 van \d+ vr/ }).count()).toBe(
      12,
    );
    await page.goto(site.url());
    const resume = page.getByRole("link", { name: "Verder waar je was" });
    await resume.waitFor();
    // The last page opened above was the last step.
    expect(await resume.getAttribute("href")).toBe(steps.at(-1));
    await page.close();
  }, 120_000);

  it("shows an answer with HTML in it as text and never runs it", async () => {
    const page = await site.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    await page.goto(site.url(steps[1]));
    const agreements = page.locator("textarea[id$='-agreements']").first();
    await agreements.waitFor();
    await agreements.fill(hostile);
    await page.reload();
    await agreements.waitFor();
    expect(await agreements.inputValue()).toBe(hostile);
    const injected = await page.evaluate(() => ({
      scripts: [...document.scripts].filter((script) => script.textContent?.includes("alert("))
        .length,
      images: document.querySelectorAll('img[src="x"]').length,
    }));
    expect(injected).toEqual({ scripts: 0, images: 0 });
    expect(dialogs).toEqual([]);
    await agreements.fill("");
    await page.close();
  });

  it("keeps two pages in sync and keeps the caret of the field being typed in", async () => {
    const a = await site.newPage();
    const b = await site.newPage();
    await a.goto(site.url(steps[2]));
    await b.goto(site.url(steps[2]));
    const fieldA = await firstNotes(a);
    const fieldB = await firstNotes(b);
    await fieldA.fill("Vanuit tab A");
    await b.waitForFunction(
      () =>
        document.querySelector<HTMLTextAreaElement>("textarea[id$='-notes']")?.value ===
        "Vanuit tab A",
    );
    // B is typing in the same field with the caret after "Vanuit"; A adds text at the end.
    await fieldB.focus();
    await b.evaluate(() =>
      document
        .querySelector<HTMLTextAreaElement>("textarea[id$='-notes']")
        ?.setSelectionRange(6, 6),
    );
    await fieldA.fill("Vanuit tab A, aangevuld");
    await b.waitForFunction(
      () =>
        document.querySelector<HTMLTextAreaElement>("textarea[id$='-notes']")?.value ===
        "Vanuit tab A, aangevuld",
    );
    expect(
      await fieldB.evaluate((el: HTMLTextAreaElement) => [
        el.selectionStart,
        el.selectionEnd,
        document.activeElement === el,
      ]),
    ).toEqual([6, 6, true]);
    await b.keyboard.type(" (B)");
    await a.waitForFunction(
      () =>
        document.querySelector<HTMLTextAreaElement>("textarea[id$='-notes']")?.value ===
        "Vanuit (B) tab A, aangevuld",
    );
    await a.close();
    await b.close();
  });

  it("can be used by keyboard alone: skip link, progress links, answer fields, next link", async () => {
    const page = await site.newPage();
    await page.goto(site.url(steps[0]));
    await firstNotes(page);
    await page.keyboard.press("Tab");
    // From the focused heading, Tab goes on to the first control after it, never back to the top.
    const first = await page.evaluate(() => document.activeElement?.tagName);
    expect(["A", "BUTTON", "TEXTAREA", "INPUT", "SELECT", "SUMMARY"]).toContain(first);
    await page.locator(`.progress-nav a[href="${steps[4]}"]`).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(site.url(steps[4]));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("stap-titel");
    await page.close();
  });

  describe.each([
    { width: 1280, height: 720 }, // laptop / projector
    { width: 390, height: 844 }, // phone
  ])("at $width px", ({ width, height }) => {
    it("has no axe violations and no horizontal scrolling on /, /gesprek/ and every step", async () => {
      const page = await site.newPage();
      await page.setViewportSize({ width, height });
      for (const path of ["", "gesprek/", ...steps]) {
        await page.goto(site.url(path));
        if (path.startsWith("/gesprek/")) await firstNotes(page);
        expect(await axeViolations(page), path || "/").toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `horizontal overflow on ${path || "/"}`).toBeLessThanOrEqual(0);
      }
      await page.close();
    }, 180_000);
  });

  it("logged no console errors and sent no request away from 127.0.0.1", () => {
    expect(failed).toEqual([]);
    expect(site.consoleErrors.join("\n")).toBe("");
    expect(site.foreignRequests).toEqual([]);
  });
});
