// @vitest-environment happy-dom
// The results island follows the session: empty → a start hint, broken → problems with step links, valid → figures.
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import ResultsPage from "../../../src/components/results/ResultsPage.svelte";
import { replaceSession, startNewSession, updateSession } from "../../../src/stores/session.ts";
import { example } from "../../report/helpers.ts";
import { settled } from "../settled.ts";

afterEach(() => {
  cleanup();
  startNewSession();
});

const amount = (key: string): string | null | undefined =>
  document.querySelector(`[data-key="${key}"]`)?.textContent?.replace(/\u00a0/g, " ");

describe("results island", () => {
  it("an empty session points to the conversation and the example", async () => {
    startNewSession(new Date("2026-11-23"));
    render(ResultsPage);
    await settled(() =>
      expect(screen.getByRole("heading", { name: "Nog niets om te laten zien" })).toBeTruthy(),
    );
    expect(screen.getByRole("link", { name: "het gesprek" }).getAttribute("href")).toBe(
      "/gesprek/",
    );
    expect(document.body.textContent).toContain("Voorbeeld laden");
  });

  it("the po example shows the plan year first, and another year on request", async () => {
    replaceSession(example("po").session);
    render(ResultsPage);
    await settled(() => {
      expect(amount("costs")).toBe("€ 1.332.968");
      expect(amount("needed")).toBe("€ 598.484");
    });
    const select = screen.getByLabelText<HTMLSelectElement>("Schooljaar");
    expect(select.value).toBe("2026-2027");
    await fireEvent.change(select, { target: { value: "2027-2028" } });
    await tick();
    expect(amount("costs")).toBe("€ 1.459.324");
    expect(document.querySelectorAll('svg[role="img"]')).toHaveLength(3);
  });

  it("a session the engine cannot run lists each problem with a link to its step", async () => {
    replaceSession(example("po").session);
    render(ResultsPage);
    updateSession((s) => {
      s.partners[1]!.id = "akker";
      s.placements[0]!.category = "onbekend";
    });
    await tick();
    await settled(() =>
      expect(
        screen.getByRole("heading", { name: "Het resultaat kan nog niet worden berekend" }),
      ).toBeTruthy(),
    );
    const items = [...document.querySelectorAll(".problems li")];
    // the duplicate id, the two placements at "beek" that no longer resolve, the unknown category
    expect(items).toHaveLength(4);
    expect(items[0]!.textContent).toContain("partners[1] (Stichting Beek).id");
    expect(items.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual([
      "/gesprek/partnerschap/",
      "/gesprek/studenten/",
      "/gesprek/studenten/",
      "/gesprek/studenten/",
    ]);
    // no figures while the session is broken, and no NaN anywhere
    expect(document.querySelector("[data-key]")).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN|undefined/);
  });
});
