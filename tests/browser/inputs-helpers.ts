/**
 * What the inputs browser tests share: moving between steps, finding fields by their accessible
 * name, confirming, adding € lines, and comparing the stored session's result with a fixture.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { type Result, computeResult, parseSessionText } from "../../src/engine/index.ts";
import type { Site } from "./harness.ts";

/** Every leaf of a value as [path, value], leaving out ids (they follow the typed names). */
export function leaves(value: unknown, path = ""): [string, unknown][] {
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) =>
      k === "id"
        ? []
        : leaves(v, Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k),
    );
  }
  return [[path, value]];
}

/** Actions a person takes on the wizard's input panels. */
export function wizard(site: Site, page: Page) {
  const label = (name: string) => page.getByLabel(name, { exact: true });
  return {
    label,
    /** Opens a step and waits until its panels have rendered. */
    step: async (slug: string): Promise<void> => {
      await page.goto(site.url(`gesprek/${slug}/`));
      await page.locator(".step-inputs section.panel").first().waitFor();
    },
    /** Adds the grid rows of every combination of the ticked boards, institute and category (one go of "Rijen toevoegen"). */
    addRows: async (
      boards: readonly string[],
      institute: string,
      category: string,
    ): Promise<void> => {
      const form = page.locator("form.add", { hasText: "Rijen toevoegen" });
      for (const name of [...boards, institute, category])
        await form.getByRole("checkbox", { name, exact: true }).check();
      await form.getByRole("button", { name: /rij(en)? toevoegen/ }).click();
      await form.getByText(/toegevoegd\.$/).waitFor();
    },
    /** Opens a folded part of a step (presets, helpers, explanations) by its title, if closed. */
    openFold: async (title: string): Promise<void> => {
      const fold = page.locator("details.fold", {
        has: page.locator("summary", { hasText: title }),
      });
      if (!(await fold.evaluate((d: HTMLDetailsElement) => d.open)))
        await fold.locator("summary").click();
    },
    /** Clicks a ConfirmButton and then its yes. */
    confirm: async (button: string, yes: string): Promise<void> => {
      await page.getByRole("button", { name: button, exact: true }).click();
      await page.getByRole("button", { name: yes, exact: true }).click();
    },
    /** Adds a € line to a list and types its description and amount. */
    addLine: async (
      caption: string,
      add: string,
      index: number,
      text: string,
      amount: string,
    ): Promise<void> => {
      await page.getByRole("button", { name: add, exact: true }).click();
      await label(`Omschrijving ${caption}, regel ${index}`).fill(text);
      await label(`Bedrag per jaar, ${text} (${caption})`).fill(amount);
    },
    /** The engine's result for the session the browser has stored. */
    storedResult: async (): Promise<{ planYear: string | undefined; result: Result }> => {
      const stored = await page.evaluate(() => localStorage.getItem("gesprekswijzer:sessie:v1"));
      const outcome = parseSessionText(stored ?? "");
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
      return { planYear: outcome.session.planYear, result: computeResult(outcome.session) };
    },
  };
}

/** Every figure of every expected year equals the result's (ids aside; coverage to six decimals). */
export function expectSameYears(result: Result, expected: { years: unknown[] }): void {
  for (const [i, want] of expected.years.entries()) {
    const got = new Map(leaves(result.years[i]));
    for (const [path, value] of leaves(want)) {
      if (path === "coverage")
        expect(got.get(path) as number, path).toBeCloseTo(value as number, 6);
      else expect(got.get(path), `years[${i}].${path}`).toBe(value);
    }
  }
}
