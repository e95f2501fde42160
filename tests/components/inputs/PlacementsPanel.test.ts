// @vitest-environment happy-dom
// The placements panel: cells write whole students, rows are added from ticked lists (existing ones
// left alone), a pasted block fills cells, Enter moves down, and the projection helper writes explicit
// numbers into the grid after confirmation.
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import PlacementsPanel from "../../../src/components/inputs/PlacementsPanel.svelte";
import { setFoldOpen } from "../../../src/stores/folds.ts";
import { sessionStore } from "../../../src/stores/session.ts";
import { undoRemoval } from "../../../src/stores/undo.ts";
import { loadExample } from "./helpers.ts";

const ROW = "Stichting Akker – Pabo Voorbeeld – Pabo voltijd";

beforeEach(loadExample);

/** Ticks boards, institutes and categories (by their names) in the "Rijen toevoegen" form. */
async function tick(...names: string[]): Promise<void> {
  for (const name of names) await fireEvent.click(screen.getByRole("checkbox", { name }));
}

/** Pastes `text` into a cell, as the browser does with a clipboard event. */
async function paste(cell: HTMLElement, text: string): Promise<void> {
  const event = new Event("paste", { bubbles: true, cancelable: true }) as Event & {
    clipboardData: { getData: () => string };
  };
  event.clipboardData = { getData: () => text };
  await fireEvent(cell, event);
}
afterEach(cleanup);

describe("PlacementsPanel", () => {
  it.each([
    { typed: "150", stored: 150 }, // a whole number is stored
    { typed: "", stored: undefined }, // an empty cell counts 0 (the year is removed)
    { typed: "1.200", stored: 1200 }, // Dutch thousands
  ])("cell '$typed' stores $stored", async ({ typed, stored }) => {
    render(PlacementsPanel);
    await fireEvent.input(screen.getByLabelText(`Studenten 2027-2028, ${ROW}`), {
      target: { value: typed },
    });
    expect(sessionStore.get().placements[0]!.students["2027-2028"]).toBe(stored);
  });

  it("refuses half a student at the field", async () => {
    render(PlacementsPanel);
    const cell = screen.getByLabelText(`Studenten 2027-2028, ${ROW}`);
    await fireEvent.input(cell, { target: { value: "140,5" } });
    expect(cell.getAttribute("aria-invalid")).toBe("true");
    expect(sessionStore.get().placements[0]!.students["2027-2028"]).toBe(140);
  });

  it("adds every new combination of the ticked lists in one go, and leaves existing rows alone", async () => {
    render(PlacementsPanel);
    await tick("Stichting Akker", "Stichting Beek", "Pabo Voorbeeld", "Minorstudent");
    // akker × pabo × minor exists already: one new row (beek × pabo × minor)
    expect(screen.getByText(/1 combinatie staat al in de tabel/)).toBeTruthy();
    await fireEvent.submit(
      screen.getByRole("button", { name: "1 rij toevoegen" }).closest("form")!,
    );
    expect(sessionStore.get().placements).toHaveLength(6);
    expect(screen.queryByText(/staat al in de tabel/)).toBeNull();
    expect(screen.getByText("1 rij toegevoegd.")).toBeTruthy();
  });

  it("a pasted block (Excel: tabs, Dutch numbers, empty = 0) fills the cells from where it lands and names each refused cell", async () => {
    render(PlacementsPanel);
    await paste(screen.getByLabelText(`Studenten 2025-2026, ${ROW}`), "131\t1.141\n\t7\nabc\t8\n");
    const rows = sessionStore.get().placements;
    expect([rows[0]!.students["2025-2026"], rows[0]!.students["2026-2027"]]).toEqual([131, 1141]);
    expect([rows[1]!.students["2025-2026"], rows[1]!.students["2026-2027"]]).toEqual([0, 7]);
    expect(rows[2]!.students["2026-2027"]).toBe(8);
    expect(rows[2]!.students["2025-2026"]).toBe(20); // refused: kept as it was
    expect(screen.getByText(/5 vakken ingevuld uit het geplakte blok; 1 vak niet/)).toBeTruthy();
    expect(
      screen.getByText(
        /Stichting Beek – Pabo Voorbeeld – Pabo deeltijd, 2025-2026: "abc" is geen getal/,
      ),
    ).toBeTruthy();
  });

  it("Enter moves down a column, like a spreadsheet", async () => {
    render(PlacementsPanel);
    const cell = screen.getByLabelText(`Studenten 2025-2026, ${ROW}`);
    cell.focus();
    await fireEvent.keyDown(cell, { key: "Enter" });
    expect(document.activeElement).toBe(
      screen.getByLabelText("Studenten 2025-2026, Stichting Beek – Pabo Voorbeeld – Pabo voltijd"),
    );
  });

  it("loads the growth helper only once its fold is opened", async () => {
    setFoldOpen("studenten-groei", false);
    render(PlacementsPanel);
    expect(screen.queryByLabelText("Groei per jaar")).toBeNull();
    setFoldOpen("studenten-groei", true);
    await screen.findByLabelText("Groei per jaar");
  });

  it("projects all rows 10 % a year from 2025-2026 after confirmation", async () => {
    setFoldOpen("studenten-groei", true);
    render(PlacementsPanel);
    // The helper loads when its fold opens (here: remembered open).
    await fireEvent.input(await screen.findByLabelText("Groei per jaar"), {
      target: { value: "10" },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Getallen invullen" }));
    expect(sessionStore.get().placements[0]!.students["2026-2027"]).toBe(130);
    await fireEvent.click(screen.getByRole("button", { name: "Ja, invullen" }));
    // total 236 → 259,6 → 260 and 285,56 → 286, split 120 : 80 : 20 : 10 : 6
    const total = (year: string): number =>
      sessionStore.get().placements.reduce((sum, p) => sum + (p.students[year] ?? 0), 0);
    expect(total("2026-2027")).toBe(260);
    expect(total("2027-2028")).toBe(286);
    expect(sessionStore.get().placements[0]!.students["2025-2026"]).toBe(120);
  });

  it("after adding a row, focus is in the new row's first cell (keyboard users type on)", async () => {
    render(PlacementsPanel);
    await tick("Stichting Beek", "Pabo Elders", "Minorstudent");
    await fireEvent.submit(
      screen.getByRole("button", { name: "1 rij toevoegen" }).closest("form")!,
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(
      screen.getByLabelText("Studenten 2025-2026, Stichting Beek – Pabo Elders – Minorstudent"),
    );
  });

  it("after removing a row, focus stays in the grid instead of falling back to the page; undo puts the row back in its place", async () => {
    const before = structuredClone(sessionStore.get().placements);
    render(PlacementsPanel);
    await fireEvent.click(screen.getByRole("button", { name: `Verwijderen ${ROW}` }));
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement?.getAttribute("role")).toBe("region");
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^Tabel: /);
    expect(sessionStore.get().placements).toHaveLength(before.length - 1);
    undoRemoval();
    expect(sessionStore.get().placements).toEqual(before);
  });
});
