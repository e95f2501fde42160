// @vitest-environment happy-dom
// Answer fields: labelled per question, saved as you type, following changes made elsewhere.
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import AnswerFields from "../../../src/components/wizard/AnswerFields.svelte";
import { TYPING_PAUSE_MS } from "../../../src/components/wizard/syncField.ts";
import { emptySession } from "../../../src/stores/newSession.ts";
import { sessionStore, replaceSession, setAnswer } from "../../../src/stores/session.ts";

beforeEach(() => {
  vi.useFakeTimers();
  replaceSession(emptySession(new Date(2026, 10, 23)));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe.each([
  { label: "Notities bij vraag 3.2", field: "notes" }, // first field
  { label: "Afspraken bij vraag 3.2", field: "agreements" }, // second field
  { label: "Open punten bij vraag 3.2", field: "open" }, // third field
] as const)("$label", ({ label, field }) => {
  it("stores what is typed under the question id and shows what is stored", () => {
    render(AnswerFields, { props: { questionId: "kwaliteit-wat-nodig", number: "3.2" } });
    const textarea = screen.getByLabelText<HTMLTextAreaElement>(label);
    void fireEvent.input(textarea, { target: { value: "<b>Tekst</b> met & en é" } });
    expect(sessionStore.get().answers["kwaliteit-wat-nodig"]?.[field]).toBe(
      "<b>Tekst</b> met & en é",
    );
    // Another window's text for this field waits while someone types here, then shows.
    setAnswer("kwaliteit-wat-nodig", field, "Van elders");
    flushSync();
    expect(textarea.value).toBe("<b>Tekst</b> met & en é");
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    flushSync();
    expect(textarea.value).toBe("Van elders");
  });
});

describe("AnswerFields", () => {
  it("starts with the stored answers and leaves the other fields alone", () => {
    setAnswer("q", "open", "Nog uitzoeken");
    render(AnswerFields, { props: { questionId: "q", number: "1.1" } });
    expect(screen.getByLabelText<HTMLTextAreaElement>("Open punten bij vraag 1.1").value).toBe(
      "Nog uitzoeken",
    );
    expect(screen.getByLabelText<HTMLTextAreaElement>("Notities bij vraag 1.1").value).toBe("");
    void fireEvent.input(screen.getByLabelText("Notities bij vraag 1.1"), {
      target: { value: "n" },
    });
    expect(sessionStore.get().answers["q"]).toEqual({
      notes: "n",
      agreements: "",
      open: "Nog uitzoeken",
    });
  });
});
