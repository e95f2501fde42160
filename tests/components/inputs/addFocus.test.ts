// @vitest-environment happy-dom
// Keyboard users who add something keep their place: the add button often turns off (empty name)
// or stays behind the new line, so focus moves to where they type next instead of the page top.
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import FacilitationPanel from "../../../src/components/inputs/FacilitationPanel.svelte";
import OverheadPanel from "../../../src/components/inputs/OverheadPanel.svelte";
import PartnersPanel from "../../../src/components/inputs/PartnersPanel.svelte";
import { loadExample } from "./helpers.ts";

beforeEach(loadExample);
afterEach(cleanup);

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe.each([
  // a board: focus back in the name field, ready for the next one
  {
    what: "a board",
    show: () => render(PartnersPanel),
    field: "Naam van een nieuw schoolbestuur",
    button: "Bestuur toevoegen",
    name: "Stichting Nieuw",
  },
  // a category: the same
  {
    what: "a category",
    show: () => render(FacilitationPanel),
    field: "Naam van een nieuwe categorie",
    button: "Categorie toevoegen",
    name: "Zij-instroom",
  },
])("adding $what with the button", ({ show, field, button, name }) => {
  it("leaves focus in the name field", async () => {
    show();
    const input = screen.getByLabelText(field);
    await fireEvent.input(input, { target: { value: name } });
    screen.getByRole("button", { name: button }).focus();
    await fireEvent.submit(input.closest("form")!);
    await settle();
    expect(document.activeElement).toBe(input);
  });
});

describe("adding an overhead line", () => {
  it("moves focus to the new line's description", async () => {
    render(OverheadPanel);
    const add = screen.getByRole("button", { name: "Overheadpost toevoegen" });
    add.focus();
    await fireEvent.click(add);
    await settle();
    const rows = document.querySelectorAll("tbody tr");
    expect(document.activeElement).toBe(rows[rows.length - 1]!.querySelector("input"));
    expect(document.activeElement?.id).toBe(
      screen.getAllByLabelText(/^Omschrijving Overhead, regel \d+$/).at(-1)!.id,
    );
  });
});
