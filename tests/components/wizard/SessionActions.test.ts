// @vitest-environment happy-dom
// Session actions: confirmation before work is replaced, files with problems leave the session as it was.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import SessionActions from "../../../src/components/wizard/SessionActions.svelte";
import { emptySession } from "../../../src/stores/newSession.ts";
import {
  sessionStore,
  replaceSession,
  serializeSession,
  setAnswer,
} from "../../../src/stores/session.ts";
import examplePo from "../../fixtures/voorbeeld-po.json";

beforeEach(() => replaceSession(emptySession(new Date(2026, 10, 23))));
afterEach(cleanup);

function choose(text: string, name = "gesprek.json"): void {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([text], name, { type: "application/json" });
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  void fireEvent.change(input);
}

describe.each([
  { name: "not JSON", text: "{ kapot", line: /geen geldige JSON/ }, // parse error, whole file
  {
    name: "wrong type",
    text: JSON.stringify({ ...examplePo, years: "2025-2026" }),
    line: /^years: /,
  }, // named by its path
])("opening a file that is $name", ({ text, line }) => {
  it("lists the problems in Dutch and changes nothing", async () => {
    setAnswer("q", "notes", "Werk dat niet weg mag");
    const before = serializeSession(sessionStore.get());
    render(SessionActions, { props: { variant: "overview", firstStep: "gesprek/partnerschap/" } });
    choose(text, "fout.json");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(
      'Het bestand "fout.json" is niet geladen; het huidige gesprek is niet veranderd.',
    );
    expect([...alert.querySelectorAll("li")].some((li) => line.test(li.textContent ?? ""))).toBe(
      true,
    );
    expect(serializeSession(sessionStore.get())).toBe(before);
  });
});

describe("SessionActions", () => {
  it("loads a good file at once when nothing would be lost, and confirms it", async () => {
    render(SessionActions, { props: { variant: "overview", firstStep: "gesprek/partnerschap/" } });
    choose(JSON.stringify(examplePo), "po.json");
    await screen.findByText('Het bestand "po.json" is geladen.');
    expect(sessionStore.get().partnership.name).toBe(examplePo.partnership.name);
  });

  it("asks before a file replaces work, and keeps the work on Annuleren", async () => {
    setAnswer("q", "notes", "Werk dat niet weg mag");
    render(SessionActions, { props: { variant: "overview", firstStep: "gesprek/partnerschap/" } });
    choose(JSON.stringify(examplePo), "po.json");
    await waitFor(() => expect(document.querySelector("dialog")?.open).toBe(true));
    expect(document.querySelector("dialog h2")?.textContent).toBe("Huidig gesprek vervangen?");
    await fireEvent.click(screen.getByRole("button", { name: "Annuleren", hidden: true }));
    expect(document.querySelector("dialog")?.open).toBe(false);
    expect(sessionStore.get().answers["q"]?.notes).toBe("Werk dat niet weg mag");
  });

  it("replaces the work after confirmation", async () => {
    setAnswer("q", "notes", "Oud");
    render(SessionActions, { props: { variant: "overview", firstStep: "gesprek/partnerschap/" } });
    choose(JSON.stringify(examplePo), "po.json");
    await waitFor(() => expect(document.querySelector("dialog")?.open).toBe(true));
    await fireEvent.click(screen.getByRole("button", { name: "Vervangen", hidden: true }));
    await screen.findByText('Het bestand "po.json" is geladen.');
    expect(sessionStore.get().answers).toEqual(examplePo.answers);
  });
});
