// @vitest-environment happy-dom
// The placements panel: cells write whole students, a duplicate row is refused, and the projection
// helper writes explicit numbers into the grid after confirmation.
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import PlacementsPanel from "../../../src/components/inputs/PlacementsPanel.svelte";
import { $session } from "../../../src/stores/session.ts";
import { loadExample } from "./helpers.ts";

const ROW = "Stichting Akker – Pabo Voorbeeld – Pabo voltijd";

beforeEach(loadExample);

/** Chooses board, institute and category in the "Rij toevoegen" form (by id). */
async function choose(board: string, institute: string, category: string): Promise<void> {
  for (const [label, value] of [["Schoolbestuur", board], ["Opleiding", institute], ["Categorie", category]] as const) {
    const select = screen.getByLabelText<HTMLSelectElement>(label);
    select.value = value;
    await fireEvent.change(select);
  }
}
afterEach(cleanup);

describe("PlacementsPanel", () => {
  it.each([
    { typed: "150", stored: 150 }, // a whole number is stored
    { typed: "", stored: undefined }, // an empty cell counts 0 (the year is removed)
    { typed: "1.200", stored: 1200 }, // Dutch thousands
  ])("cell '$typed' stores $stored", async ({ typed, stored }) => {
    render(PlacementsPanel);
    await fireEvent.input(screen.getByLabelText(`Studenten 2026-2027, ${ROW}`), { target: { value: typed } });
    expect($session.get().placements[0]!.students["2026-2027"]).toBe(stored);
  });

  it("refuses half a student at the field", async () => {
    render(PlacementsPanel);
    const cell = screen.getByLabelText(`Studenten 2026-2027, ${ROW}`);
    await fireEvent.input(cell, { target: { value: "140,5" } });
    expect(cell.getAttribute("aria-invalid")).toBe("true");
    expect($session.get().placements[0]!.students["2026-2027"]).toBe(140);
  });

  it("says so when a combination already has a row", async () => {
    render(PlacementsPanel);
    await choose("akker", "pabo", "minor");
    expect(screen.getByText(/staat al in de tabel/)).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Rij toevoegen" }).disabled).toBe(true);
  });

  it("projects all rows 10 % a year from 2024-2025 after confirmation", async () => {
    render(PlacementsPanel);
    await fireEvent.input(screen.getByLabelText("Groei per jaar"), { target: { value: "10" } });
    await fireEvent.click(screen.getByRole("button", { name: "Getallen invullen" }));
    expect($session.get().placements[0]!.students["2025-2026"]).toBe(130);
    await fireEvent.click(screen.getByRole("button", { name: "Ja, invullen" }));
    // total 236 → 259,6 → 260 and 285,56 → 286, split 120 : 80 : 20 : 10 : 6
    const total = (year: string): number => $session.get().placements.reduce((sum, p) => sum + (p.students[year] ?? 0), 0);
    expect(total("2025-2026")).toBe(260);
    expect(total("2026-2027")).toBe(286);
    expect($session.get().placements[0]!.students["2024-2025"]).toBe(120);
  });

  it("after adding a row, focus is in the new row's first cell (keyboard users type on)", async () => {
    render(PlacementsPanel);
    await choose("beek", "elders", "minor");
    await fireEvent.submit(screen.getByRole("button", { name: "Rij toevoegen" }).closest("form")!);
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(screen.getByLabelText("Studenten 2024-2025, Stichting Beek – Pabo Elders – Minorstudent"));
  });

  it("after removing a row, focus stays in the grid instead of falling back to the page", async () => {
    render(PlacementsPanel);
    await fireEvent.click(screen.getByRole("button", { name: `Verwijderen ${ROW}` }));
    await fireEvent.click(screen.getByRole("button", { name: "Ja, verwijderen" }));
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement?.getAttribute("role")).toBe("region");
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^Tabel: /);
  });
});
