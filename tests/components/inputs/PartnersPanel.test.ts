// @vitest-environment happy-dom
// The partners panel: adding by name, renaming in place, and removing only after a confirmation that
// says how many placements go with the partner.
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import PartnersPanel from "../../../src/components/inputs/PartnersPanel.svelte";
import { loadExample } from "./helpers.ts";
import { $session } from "../../../src/stores/session.ts";

beforeEach(loadExample);
afterEach(cleanup);

describe("PartnersPanel", () => {
  it("adds a board with an id made from its name", async () => {
    render(PartnersPanel);
    await fireEvent.input(screen.getByLabelText("Naam van een nieuw schoolbestuur"), { target: { value: "Stichting Çeder" } });
    await fireEvent.click(screen.getByRole("button", { name: "Bestuur toevoegen" }));
    const added = $session.get().partners.find((p) => p.name === "Stichting Çeder");
    expect(added).toMatchObject({ id: "stichting-ceder", kind: "board", member: true });
    expect(screen.getByLabelText("Naam van schoolbestuur Stichting Çeder")).toBeTruthy();
  });

  it("renames a partner without changing its id", async () => {
    render(PartnersPanel);
    await fireEvent.input(screen.getByLabelText("Naam van schoolbestuur Stichting Beek"), { target: { value: "Stichting Beekdal" } });
    expect($session.get().partners[1]).toMatchObject({ id: "beek", name: "Stichting Beekdal" });
  });

  it.each([
    // akker is in three placements: all three go
    { name: "Stichting Akker", question: /Ook de 3 plaatsingen met deze partner worden verwijderd/, left: 2 },
    // elders is in one
    { name: "Pabo Elders", question: /Ook de 1 plaatsing met deze partner wordt verwijderd/, left: 4 },
  ])("removes $name only after confirming, with its placements", async ({ name, question, left }) => {
    render(PartnersPanel);
    await fireEvent.click(screen.getByRole("button", { name: `Verwijderen ${name}` }));
    expect(screen.getByText(question)).toBeTruthy();
    expect($session.get().partners.some((p) => p.name === name)).toBe(true);
    await fireEvent.click(screen.getByRole("button", { name: "Ja, verwijderen" }));
    expect($session.get().partners.some((p) => p.name === name)).toBe(false);
    expect($session.get().placements).toHaveLength(left);
  });

  it("cancelling keeps the partner", async () => {
    render(PartnersPanel);
    await fireEvent.click(screen.getByRole("button", { name: "Verwijderen Stichting Beek" }));
    await fireEvent.click(screen.getByRole("button", { name: "Annuleren" }));
    expect($session.get().partners).toHaveLength(4);
  });

  it("an invalid number of schools is marked and not stored", async () => {
    render(PartnersPanel);
    const field = screen.getByLabelText("Aantal deelnemende scholen, Stichting Akker");
    await fireEvent.input(field, { target: { value: "14,5" } });
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect($session.get().partners[0]!.schools).toBe(14);
  });

  it.each([
    // same name as an existing board, other case and spaces: refused with a message, text kept
    { kind: "schoolbestuur", field: "Naam van een nieuw schoolbestuur", button: "Bestuur toevoegen", typed: " stichting akker " },
    // a new institute may not take a board's name either: the placement lists would not tell them apart
    { kind: "opleiding", field: "Naam van een nieuwe opleiding", button: "Opleiding toevoegen", typed: "Stichting Beek" },
  ])("refuses a second $kind with a name already in use", async ({ field, button, typed }) => {
    render(PartnersPanel);
    const input = screen.getByLabelText<HTMLInputElement>(field);
    await fireEvent.input(input, { target: { value: typed } });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toContain(`Er is al een partner met de naam "${typed.trim()}"`);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: button }).disabled).toBe(true);
    await fireEvent.submit(input.form!);
    expect($session.get().partners).toHaveLength(4);
    expect(input.value).toBe(typed);
  });

  it("marks a partner renamed to a name already in use", async () => {
    render(PartnersPanel);
    const field = screen.getByLabelText("Naam van schoolbestuur Stichting Beek");
    await fireEvent.input(field, { target: { value: "Stichting Akker" } });
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getAllByText(/Er is al een partner met de naam "Stichting Akker"/).length).toBeGreaterThan(0);
  });

  it("asks for a name when a partner's name is cleared, and keeps the partner", async () => {
    render(PartnersPanel);
    const field = screen.getByLabelText("Naam van schoolbestuur Stichting Beek");
    await fireEvent.input(field, { target: { value: "  " } });
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toContain('Vul een naam in; zonder naam heet dit bestuur overal "bestuur zonder naam"');
    expect($session.get().partners).toHaveLength(4);
  });
});
