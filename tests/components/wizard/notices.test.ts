// @vitest-environment happy-dom
// The small status components: problem list, save status, storage warning.
import { cleanup, render, screen } from "@testing-library/svelte";
import { flushSync } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import ProblemList from "../../../src/components/wizard/ProblemList.svelte";
import SaveStatus from "../../../src/components/wizard/SaveStatus.svelte";
import StorageNotice from "../../../src/components/wizard/StorageNotice.svelte";
import { emptySession } from "../../../src/stores/newSession.ts";
import {
  saveProblemStore,
  savedAtStore,
  storageNoticeStore,
  SAVE_BLOCKED,
  SAVE_FAILED,
  replaceSession,
} from "../../../src/stores/session.ts";

afterEach(cleanup);

describe.each([
  {
    problems: [{ path: "years[1]", message: "is geen schooljaar" }],
    lines: ["years[1]: is geen schooljaar"],
    more: false,
  }, // path and message
  {
    problems: [{ path: "", message: "Het bestand is geen geldige JSON." }],
    lines: ["Het bestand is geen geldige JSON."],
    more: false,
  }, // the file as a whole
  {
    problems: Array.from({ length: 23 }, (_, i) => ({
      path: `partners[${i}].name`,
      message: "moet een tekst zijn",
    })),
    lines: Array.from({ length: 20 }, (_, i) => `partners[${i}].name: moet een tekst zijn`),
    more: true,
  }, // long lists are cut at 20
])("ProblemList with $problems.length problem(s)", ({ problems, lines, more }) => {
  it("shows each as 'path: message'", () => {
    const { container } = render(ProblemList, { props: { problems, intro: "Wat er niet klopt:" } });
    expect([...container.querySelectorAll("li")].map((li) => li.textContent)).toEqual(lines);
    expect(container.textContent?.includes("En nog 3 andere problemen.")).toBe(more);
  });
});

describe("ProblemList with a limit", () => {
  it("lists only the first `limit` problems and counts the rest", () => {
    const problems = Array.from({ length: 7 }, (_, i) => ({
      path: `categories[${i}].name`,
      message: "ontbreekt",
    }));
    const { container } = render(ProblemList, {
      props: { problems, intro: "De bedragen volgen zodra de invoer compleet is:", limit: 5 },
    });
    expect(container.querySelectorAll("li").length).toBe(5);
    expect(container.textContent?.includes("En nog 2 andere problemen.")).toBe(true);
  });
});

describe("SaveStatus", () => {
  it("announces the time of the last save politely", () => {
    const { container } = render(SaveStatus);
    const status = container.querySelector("[aria-live='polite']");
    expect(status?.textContent?.replace(/\s+/g, " ")).toBe("Wordt bewaard in deze browser");
    replaceSession(emptySession(new Date(2026, 10, 23)));
    savedAtStore.set(new Date(2026, 10, 23, 14, 32).getTime());
    flushSync();
    // Whitespace as the browser shows it: markup may break a sentence over lines.
    expect(status?.textContent?.replace(/\s+/g, " ")).toBe("Opgeslagen om 14:32");
  });
});

describe("StorageNotice", () => {
  it("warns only when a stored value was put aside", () => {
    storageNoticeStore.set(null);
    const { container } = render(StorageNotice);
    expect(container.textContent).toBe("");
    storageNoticeStore.set({
      message: "Een deel van het opgeslagen gesprek kon niet worden gelezen.",
      backupKey: "gesprekswijzer:backup:2026-11-23T10:00:00.000Z",
      removed: [
        { path: "placements[0].students.2025-2026", message: "mag hoogstens 100.000 zijn" },
      ],
    });
    flushSync();
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain(
      "Een deel van het opgeslagen gesprek kon niet worden gelezen.",
    );
    // The value left out is named with its path, and the backups are one link away.
    expect(alert.textContent).toContain(
      "placements[0].students.2025-2026: mag hoogstens 100.000 zijn",
    );
    expect(screen.getByRole("link", { name: "Naar de reservekopieën" }).getAttribute("href")).toBe(
      "/#reservekopieen",
    );
  });
});

describe.each([
  // storage full: the conversation is only in this page, so it can be exported right here
  { problem: SAVE_FAILED, exportButton: true },
  // site data blocked: nothing to export from a fresh page; the notice says what to change
  { problem: SAVE_BLOCKED, exportButton: false },
])("when the browser does not save ($exportButton)", ({ problem, exportButton }) => {
  afterEach(() => saveProblemStore.set(null));

  it("the notice says why and the save status does not claim a save", () => {
    storageNoticeStore.set(null);
    saveProblemStore.set(problem);
    render(StorageNotice);
    const { container } = render(SaveStatus);
    expect(screen.getByRole("alert").textContent).toContain(problem);
    expect(screen.queryByRole("button", { name: "Gesprek exporteren" }) !== null).toBe(
      exportButton,
    );
    expect(container.textContent).toBe("Niet opgeslagen (zie de melding bovenaan)");
  });
});
