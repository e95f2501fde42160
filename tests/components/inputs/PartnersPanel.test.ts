// @vitest-environment happy-dom
// The partners panel: adding by name, renaming in place, and removing at once with its placements,
// which undo puts back exactly as they were.
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import PartnersPanel from "../../../src/components/inputs/PartnersPanel.svelte";
import { loadExample } from "./helpers.ts";
import { sessionStore } from "../../../src/stores/session.ts";
import { lastRemovalStore, undoRemoval } from "../../../src/stores/undo.ts";

beforeEach(loadExample);
afterEach(cleanup);

describe("PartnersPanel", () => {
  it("adds a board with an id made from its name", async () => {
    render(PartnersPanel);
    await fireEvent.input(screen.getByLabelText("Naam van een nieuw schoolbestuur"), {
      target: { value: "Stichting Çeder" },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Bestuur toevoegen" }));
    const added = sessionStore.get().partners.find((p) => p.name === "Stichting Çeder");
    expect(added).toMatchObject({ id: "stichting-ceder", kind: "board", member: true });
    expect(screen.getByLabelText("Naam van schoolbestuur Stichting Çeder")).toBeTruthy();
  });

  it("renames a partner without changing its id", async () => {
    render(PartnersPanel);
    await fireEvent.input(screen.getByLabelText("Naam van schoolbestuur Stichting Beek"), {
      target: { value: "Stichting Beekdal" },
    });
    expect(sessionStore.get().partners[1]).toMatchObject({ id: "beek", name: "Stichting Beekdal" });
  });

  it.each([
    // akker is in three placements: all three go, and come back in their places
    { name: "Stichting Akker", message: "Stichting Akker verwijderd (met 3 plaatsingen)", left: 2 },
    // elders is in one
    { name: "Pabo Elders", message: "Pabo Elders verwijderd (met 1 plaatsing)", left: 4 },
  ])(
    "removes $name at once with its placements; undo restores exactly that",
    async ({ name, message, left }) => {
      const before = structuredClone(sessionStore.get());
      render(PartnersPanel);
      await fireEvent.click(screen.getByRole("button", { name: `Verwijderen ${name}` }));
      expect(sessionStore.get().partners.some((p) => p.name === name)).toBe(false);
      expect(sessionStore.get().placements).toHaveLength(left);
      expect(lastRemovalStore.get()?.message).toBe(message);
      undoRemoval();
      expect(sessionStore.get()).toEqual(before);
    },
  );

  it("an invalid number of schools is marked and not stored", async () => {
    render(PartnersPanel);
    const field = screen.getByLabelText("Aantal deelnemende scholen, Stichting Akker");
    await fireEvent.input(field, { target: { value: "14,5" } });
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(sessionStore.get().partners[0]!.schools).toBe(14);
  });

  it.each([
    // same name as an existing board, other case and spaces: refused with a message, text kept
    {
      kind: "schoolbestuur",
      field: "Naam van een nieuw schoolbestuur",
      button: "Bestuur toevoegen",
      typed: " stichting akker ",
    },
    // a new institute may not take a board's name either: the placement lists would not tell them apart
    {
      kind: "opleiding",
      field: "Naam van een nieuwe opleiding",
      button: "Opleiding toevoegen",
      typed: "Stichting Beek",
    },
  ])("refuses a second $kind with a name already in use", async ({ field, button, typed }) => {
    render(PartnersPanel);
    const input = screen.getByLabelText<HTMLInputElement>(field);
    await fireEvent.input(input, { target: { value: typed } });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toContain(
      `Er is al een partner met de naam "${typed.trim()}"`,
    );
    expect(screen.getByRole<HTMLButtonElement>("button", { name: button }).disabled).toBe(true);
    await fireEvent.submit(input.form!);
    expect(sessionStore.get().partners).toHaveLength(4);
    expect(input.value).toBe(typed);
  });

  it("marks a partner renamed to a name already in use", async () => {
    render(PartnersPanel);
    const field = screen.getByLabelText("Naam van schoolbestuur Stichting Beek");
    await fireEvent.input(field, { target: { value: "Stichting Akker" } });
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(
      screen.getAllByText(/Er is al een partner met de naam "Stichting Akker"/).length,
    ).toBeGreaterThan(0);
  });

  it("asks for a name when a partner's name is cleared, and keeps the partner", async () => {
    render(PartnersPanel);
    const field = screen.getByLabelText("Naam van schoolbestuur Stichting Beek");
    await fireEvent.input(field, { target: { value: "  " } });
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toContain(
      'Vul een naam in; zonder naam heet dit bestuur overal "bestuur zonder naam"',
    );
    expect(sessionStore.get().partners).toHaveLength(4);
  });
});
