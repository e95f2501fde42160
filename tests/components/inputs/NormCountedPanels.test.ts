// @vitest-environment happy-dom
// Wording of two panels in the states a new conversation starts in: the norm panel with no
// categories yet, and the DUO count panel when the count before the first year is missing.
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import CountedPanel from "../../../src/components/inputs/CountedPanel.svelte";
import NormPanel from "../../../src/components/inputs/NormPanel.svelte";
import { emptySession } from "../../../src/stores/newSession.ts";
import { sessionStore, replaceSession, updateSession } from "../../../src/stores/session.ts";
import { loadExample } from "./helpers.ts";

afterEach(cleanup);

describe("NormPanel with no categories yet", () => {
  beforeEach(() => replaceSession(emptySession(new Date(2026, 10, 23))));

  it("asks to fill in the preset instead of replacing '0 huidige categorieën'", async () => {
    render(NormPanel);
    await fireEvent.click(screen.getByLabelText(/OidS Twente po/));
    await fireEvent.click(screen.getByRole("button", { name: "OidS Twente po toepassen" }));
    // Whitespace as the browser shows it: markup may break a sentence over lines.
    const text = (document.body.textContent ?? "").replace(/\s+/g, " ");
    expect(text).toContain(
      "Dit vult de categorieën en de uren per school in volgens OidS Twente po. Doorgaan?",
    );
    expect(text).not.toContain("0 huidige");
    await fireEvent.click(screen.getByRole("button", { name: "Ja, toepassen" }));
    expect(sessionStore.get().categories.length).toBeGreaterThan(0);
  });
});

describe("CountedPanel when the count before the first year is missing", () => {
  beforeEach(() => {
    loadExample();
    updateSession((draft) => {
      draft.regulation.counted = {};
    });
  });

  it("says it once, in the panel's own words", () => {
    render(CountedPanel);
    const first = sessionStore.get().years[0]!;
    // Whitespace as the browser shows it: markup may break a sentence over lines.
    const text = (document.body.textContent ?? "").replace(/\s+/g, " ");
    expect(text).toContain("ontbreekt. Zonder die telling telt de subsidie van");
    // The engine's warning for the same year says the same thing again; it is left out here.
    expect(text).not.toContain(`${first}: geen telling voor`);
  });
});
