// The countdown in Chromium on Playwright's fake clock: T starts and pauses, the display counts
// down, the minutes can be set, and at zero the room sees "Tijd is om".
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, axeViolations, openSite } from "./harness.ts";

describe("timer on /presentatie/", () => {
  let site: Site;
  let page: Page;
  beforeAll(async () => {
    site = await openSite();
    // The fake clock covers the whole context, so this file has its own.
    await site.context.clock.install({ time: new Date("2026-11-23T10:00:00Z") });
    page = await site.newPage();
    await page.goto(site.url("presentatie/"));
    await page.waitForSelector(".presenter .position");
  });
  afterAll(async () => {
    await site.close();
  });

  const clock = (): Promise<string> => page.locator(".clock").innerText();
  // The display ticks every 250 ms, so the checks run 300 ms into a second, where it cannot be off.

  it("starts at the default five minutes, paused", async () => {
    expect(await clock()).toBe("5:00");
    await site.context.clock.runFor(10_000);
    expect(await clock()).toBe("5:00");
  });

  it("counts down after T and stands still after a second T", async () => {
    await page.keyboard.press("t");
    await site.context.clock.runFor(65_300);
    expect(await clock()).toBe("3:55");
    expect(await page.getByRole("button", { name: "Pauze" }).count()).toBe(1);
    await page.keyboard.press("t");
    await site.context.clock.runFor(60_000);
    expect(await clock()).toBe("3:55");
    expect(await page.getByRole("button", { name: "Verder" }).count()).toBe(1);
    // the button does the same as T
    await page.getByRole("button", { name: "Verder" }).click();
    await site.context.clock.runFor(5_000);
    expect(await clock()).toBe("3:50");
  });

  it("starts fresh on the next question", async () => {
    await page.keyboard.press("ArrowRight");
    await site.context.clock.runFor(2_000);
    expect(await clock()).toBe("5:00");
  });

  it("takes the facilitator's minutes and explains a wrong entry in Dutch", async () => {
    const minutes = page.getByLabel("Minuten per vraag");
    await minutes.fill("0");
    await minutes.press("Enter");
    expect(await page.locator("#timer-minuten-fout").innerText()).toContain(
      "Minuten per vraag: Vul minstens 1 in.",
    );
    expect(await clock()).toBe("5:00");
    await minutes.fill("2");
    await minutes.press("Enter");
    expect(await page.locator("#timer-minuten-fout").count()).toBe(0);
    expect(await clock()).toBe("2:00");
  });

  it("signals the end: 'Tijd is om', a changed clock, still accessible", async () => {
    await page.locator("body").click({ position: { x: 5, y: 300 } });
    await page.keyboard.press("t");
    await site.context.clock.runFor(119_300);
    expect(await clock()).toBe("0:01");
    expect(await page.locator(".signal").innerText()).toBe("");
    await site.context.clock.runFor(1_000);
    expect(await clock()).toBe("0:00");
    expect(await page.locator(".signal").innerText()).toBe("Tijd is om");
    expect(await page.locator(".timer.done").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // Opnieuw puts it back
    await page.getByRole("button", { name: "Opnieuw", exact: true }).click();
    expect(await clock()).toBe("2:00");
    expect(await page.locator(".timer.done").count()).toBe(0);
  });

  it("keeps the chosen minutes after a reload", async () => {
    await page.reload();
    await page.waitForSelector(".presenter .position");
    expect(await clock()).toBe("2:00");
    expect(await page.getByLabel("Minuten per vraag").inputValue()).toBe("2");
    expect(site.consoleErrors).toEqual([]);
  });
});
