// Workshop mode in Chromium: the keyboard walks through every question, the scribe panel and the
// wizard in a second tab follow each other while typing, the theme is remembered, axe finds nothing.
import { readFileSync, readdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, axeViolations, openSite } from "./harness.ts";

const cardsDir = new URL("../../content/cards/", import.meta.url);
/** Question ids per card, in step order, read from the card files' frontmatter. */
const cards = readdirSync(cardsDir)
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => {
    const text = readFileSync(new URL(name, cardsDir), "utf8");
    const front = text.split(/^---$/m)[1] ?? "";
    return {
      step: Number(/^step:\s*(\d+)/m.exec(front)?.[1]),
      slug: /^slug:\s*"?([a-z0-9-]+)"?/m.exec(front)?.[1] ?? "",
      ids: [...front.matchAll(/^\s+- id:\s*"?([a-z0-9-]+)"?/gm)].map((m) => m[1] ?? ""),
    };
  })
  .sort((a, b) => a.step - b.step);
/** What the deck should show: every question, each step closed by its figures slide. */
const expectedSlides = cards.flatMap((card) => [
  ...card.ids.map((id) => `vraag:${id}`),
  `cijfers:${card.slug}`,
]);

async function openPresenter(site: Site): Promise<Page> {
  const page = await site.newPage();
  await page.goto(site.url("presentatie/"));
  await page.waitForSelector(".presenter .position");
  return page;
}

/** Key of the slide on the screen ("vraag:<id>" or "cijfers:<slug>"). */
async function shownSlide(page: Page): Promise<string> {
  return page.evaluate(() => {
    const question = document.querySelector("[data-question-id]")?.getAttribute("data-question-id");
    if (question) return `vraag:${question}`;
    return `cijfers:${document.querySelector("[data-figures-for]")?.getAttribute("data-figures-for") ?? "?"}`;
  });
}

describe("/presentatie/ in Chromium", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it("walks through every question with → and back with ←, Home and End", async () => {
    expect(expectedSlides.length).toBeGreaterThan(24);
    const page = await openPresenter(site);
    expect(await page.getAttribute(".presenter", "data-slide-count")).toBe(
      String(expectedSlides.length),
    );
    await page.keyboard.press("Home");
    const seen = [await shownSlide(page)];
    for (let i = 1; i < expectedSlides.length; i++) {
      await page.keyboard.press("ArrowRight");
      seen.push(await shownSlide(page));
    }
    expect(seen).toEqual(expectedSlides);
    // → on the last slide stays there
    await page.keyboard.press("ArrowRight");
    expect(await shownSlide(page)).toBe(expectedSlides.at(-1));
    expect(await page.textContent(".position")).toBe(
      `kerncijfers, stap ${cards.length} van ${cards.length}`,
    );
    await page.keyboard.press("ArrowLeft");
    expect(await shownSlide(page)).toBe(expectedSlides.at(-2));
    await page.keyboard.press("Home");
    expect(await shownSlide(page)).toBe(expectedSlides[0]);
    expect(await page.textContent(".position")).toBe(
      `vraag 1 van ${cards[0]?.ids.length}, stap 1 van ${cards.length}`,
    );
    await page.keyboard.press("End");
    expect(await shownSlide(page)).toBe(expectedSlides.at(-1));
    // the on-screen buttons do the same
    await page.getByRole("button", { name: "Eerste" }).click();
    await page.getByRole("button", { name: "Volgende →" }).click();
    expect(await shownSlide(page)).toBe(expectedSlides[1]);
    await page.getByRole("button", { name: "← Vorige" }).click();
    expect(await shownSlide(page)).toBe(expectedSlides[0]);
    // the step list jumps to a step's first question
    await page.selectOption(".jump select", {
      label: `3. ${await page.evaluate(() => document.querySelectorAll(".jump option")[2]?.textContent?.slice(3) ?? "")}`,
    });
    expect(await shownSlide(page)).toBe(`vraag:${cards[2]?.ids[0]}`);
    await page.close();
  });

  it("keeps the slide when the scribe types arrows and letters in a field", async () => {
    const page = await openPresenter(site);
    await page.keyboard.press("Home");
    const field = page.locator(`#antwoord-${cards[0]?.ids[0]}-notes`);
    await field.click();
    await page.keyboard.type("taft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("End");
    expect(await shownSlide(page)).toBe(expectedSlides[0]);
    expect(await field.inputValue()).toBe("taft");
    // The scribe is told in plain Dutch where the text also appears (no "wizard").
    expect(await page.locator(".scribe").innerText()).toContain(
      "ook bij deze vraag in het gesprek",
    );
    await field.fill("");
    await page.close();
  });

  it("syncs the scribe panel and the wizard in a second tab, both ways, without moving the caret", async () => {
    const card = cards[0];
    const id = card?.ids[1] ?? "";
    const presenter = await openPresenter(site);
    // go to the second question of step 1
    await presenter.keyboard.press("Home");
    await presenter.keyboard.press("ArrowRight");
    expect(await shownSlide(presenter)).toBe(`vraag:${id}`);
    const wizard = await site.newPage();
    await wizard.goto(site.url(`gesprek/${card?.slug}/`));
    await wizard.waitForSelector(`#antwoord-${id}-notes`);

    // presenter → wizard, while typing
    await presenter.locator(`#antwoord-${id}-notes`).click();
    await presenter.keyboard.type("Besturen: 4, opleidingen: 2");
    await expect
      .poll(() => wizard.locator(`#antwoord-${id}-notes`).inputValue())
      .toBe("Besturen: 4, opleidingen: 2");

    // wizard → presenter
    await wizard.locator(`#antwoord-${id}-agreements`).click();
    await wizard.keyboard.type("Volgende keer cijfers DUO meenemen");
    await expect
      .poll(() => presenter.locator(`#antwoord-${id}-agreements`).inputValue())
      .toBe("Volgende keer cijfers DUO meenemen");

    // the scribe's caret stays put when the wizard adds text after it
    const notes = presenter.locator(`#antwoord-${id}-notes`);
    await notes.click();
    await notes.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(9, 9));
    await wizard.locator(`#antwoord-${id}-notes`).click();
    await wizard.keyboard.press("End");
    await wizard.keyboard.type(" (plus één)");
    await expect.poll(() => notes.inputValue()).toBe("Besturen: 4, opleidingen: 2 (plus één)");
    expect(
      await notes.evaluate((el: HTMLTextAreaElement) => [
        el.selectionStart,
        el.selectionEnd,
        document.activeElement === el,
      ]),
    ).toEqual([9, 9, true]);
    // and the scribe carries on typing at that place
    await presenter.keyboard.type(" ruim");
    await expect
      .poll(() => wizard.locator(`#antwoord-${id}-notes`).inputValue())
      .toBe("Besturen: ruim 4, opleidingen: 2 (plus één)");
    await wizard.close();
    await presenter.close();
  });

  it("hides the scribe panel and remembers the dark theme after a reload", async () => {
    const page = await openPresenter(site);
    await page.getByRole("button", { name: "Notulist" }).click();
    expect(await page.locator(".scribe").count()).toBe(0);
    await page.getByRole("button", { name: "Donker thema" }).click();
    expect(await page.getAttribute(".presenter", "data-theme")).toBe("donker");
    await page.reload();
    await page.waitForSelector(".presenter .position");
    expect(await page.getAttribute(".presenter", "data-theme")).toBe("donker");
    expect(await page.getAttribute("html", "data-presenter-theme")).toBe("donker");
    expect(await page.locator(".scribe").count()).toBe(0);
    await page.getByRole("button", { name: "Notulist" }).click();
    expect(await page.locator(".scribe").count()).toBe(1);
    await page.close();
  });

  it("goes full screen with F and back with Esc", async () => {
    const page = await openPresenter(site);
    await page.keyboard.press("f");
    await expect
      .poll(() => page.evaluate(() => document.fullscreenElement?.className ?? ""))
      .toContain("presenter");
    // The button follows the fullscreenchange event, a moment after the element itself.
    await expect
      .poll(() => page.getByRole("button", { name: "Volledig scherm uit" }).count())
      .toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.close();
  });

  it.each([
    // a question in the light theme
    { theme: "licht", slide: expectedSlides[0] },
    // a figures slide in the dark theme
    { theme: "donker", slide: `cijfers:${cards[0]?.slug}` },
    // a question in the dark theme
    { theme: "donker", slide: expectedSlides[1] },
  ])("has no axe violations ($theme, $slide)", async ({ theme, slide }) => {
    const page = await site.newPage();
    await page.goto(site.url("presentatie/"));
    await page.evaluate(
      ([t, s]) => {
        localStorage.setItem("gesprekswijzer:presentatie:thema:v1", t ?? "licht");
        localStorage.setItem("gesprekswijzer:presentatie:dia:v1", s ?? "");
      },
      [theme, slide],
    );
    await page.reload();
    await page.waitForSelector(".presenter .position");
    expect(await shownSlide(page)).toBe(slide);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("logged no console errors and made no foreign requests", () => {
    expect(site.consoleErrors).toEqual([]);
    expect(site.foreignRequests).toEqual([]);
  });
});
