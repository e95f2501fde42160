// Two windows of one browser typing at once (presenter or scribe on the projector, the wizard on a
// laptop): not one character lost when they type in different fields, at human and at machine
// speed; in the same field both windows end on one window's whole text, never a mix. Needs a build.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, openSite } from "./harness.ts";

const KEY = "gesprekswijzer:sessie:v1";
const STEP = "gesprek/kwaliteit/";

/** 200 characters of varied text, different per window. */
const text = (who: string): string =>
  Array.from({ length: 40 }, (_, i) => `${who}${i % 10}ab `)
    .join("")
    .slice(0, 200);

function field(page: Page, kind: "notes" | "agreements" | "open") {
  return page.locator(`textarea[id$='-${kind}']`).first();
}

async function stored(
  page: Page,
): Promise<Record<string, { notes?: string; agreements?: string }>> {
  return page.evaluate(
    (key) =>
      (
        JSON.parse(localStorage.getItem(key) ?? "{}") as {
          answers?: Record<string, { notes?: string; agreements?: string }>;
        }
      ).answers ?? {},
    KEY,
  );
}

describe("two windows typing at the same time", () => {
  let site: Site;
  let a: Page;
  let b: Page;
  beforeAll(async () => {
    site = await openSite();
    a = await site.newPage();
    b = await site.newPage();
  });
  afterAll(async () => site.close());

  async function fresh(): Promise<void> {
    await a.goto(site.url(""));
    await a.evaluate(() => localStorage.clear());
    await a.goto(site.url(STEP));
    await b.goto(site.url(STEP));
    await field(a, "notes").waitFor();
    await field(b, "agreements").waitFor();
  }

  it.each([
    { speed: "human", delay: 25 },
    { speed: "machine", delay: 0 },
  ])("loses no character in different fields at $speed speed", async ({ delay }) => {
    await fresh();
    const [textA, textB] = [text("A"), text("B")];
    await field(a, "notes").click();
    await field(b, "agreements").click();
    await Promise.all([a.keyboard.type(textA, { delay }), b.keyboard.type(textB, { delay })]);
    // Both windows show both texts, and the storage holds both.
    for (const page of [a, b]) {
      await page.waitForFunction(
        ([na, nb]) =>
          document.querySelector<HTMLTextAreaElement>("textarea[id$='-notes']")?.value === na &&
          document.querySelector<HTMLTextAreaElement>("textarea[id$='-agreements']")?.value === nb,
        [textA, textB],
        { timeout: 5000 },
      );
    }
    const answers = Object.values(await stored(a));
    expect(answers.map((x) => [x.notes, x.agreements])).toEqual([[textA, textB]]);
  });

  it.each([
    { speed: "human", delay: 25 },
    { speed: "machine", delay: 0 },
  ])("ends on one window's whole text in the same field at $speed speed", async ({ delay }) => {
    await fresh();
    const [textA, textB] = [text("A"), text("B")];
    await field(a, "notes").click();
    await field(b, "notes").click();
    await Promise.all([a.keyboard.type(textA, { delay }), b.keyboard.type(textB, { delay })]);
    // After the pause both windows and the storage hold the same text, in which one window's
    // typing survives whole: all its characters, in order and together (the other window's first
    // characters may have arrived before its first keystroke, around the caret).
    await a.waitForTimeout(1500);
    const settledA = await field(a, "notes").inputValue();
    const settledB = await field(b, "notes").inputValue();
    expect(settledA).toBe(settledB);
    expect(settledA.includes(textA) || settledA.includes(textB)).toBe(true);
    expect(Object.values(await stored(a)).map((x) => x.notes)).toEqual([settledA]);
    expect(Object.values(await stored(b)).map((x) => x.notes)).toEqual([settledA]);
  });
});
