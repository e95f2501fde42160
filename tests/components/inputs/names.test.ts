// @vitest-environment happy-dom
// Names of partners and categories: an empty or already used name gets a Dutch message at the field
// (the placement lists and the proposal could not tell two records with one name apart).
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import FacilitationPanel from "../../../src/components/inputs/FacilitationPanel.svelte";
import { CATEGORY_WORDS, nameProblem } from "../../../src/components/inputs/data.ts";
import { sessionStore } from "../../../src/stores/session.ts";
import { loadExample } from "./helpers.ts";

const records = [
  { id: "a", name: "Pabo voltijd" },
  { id: "b", name: "Zij-instromer " },
];

describe("nameProblem", () => {
  it.each([
    // a new, unused name is fine
    { name: "Minorstudent", except: undefined, message: undefined },
    // the new-name field may be empty: the add button is simply off
    { name: "", except: undefined, message: undefined },
    // another record's name, in other case and with spaces
    {
      name: "  pabo VOLTIJD ",
      except: undefined,
      message:
        'Er is al een categorie met de naam "pabo VOLTIJD". Kies een naam die de twee uit elkaar houdt.',
    },
    // a record keeps its own name
    { name: "Pabo voltijd", except: "a", message: undefined },
    // renaming a record to another's name
    {
      name: "zij-instromer",
      except: "a",
      message:
        'Er is al een categorie met de naam "zij-instromer". Kies een naam die de twee uit elkaar houdt.',
    },
    // clearing an existing record's name
    {
      name: " ",
      except: "a",
      message: 'Vul een naam in; zonder naam heet deze categorie overal "categorie zonder naam".',
    },
  ])("'$name' (record $except) → $message", ({ name, except, message }) => {
    expect(nameProblem(records, name, CATEGORY_WORDS, except)).toBe(message);
  });
});

describe("FacilitationPanel names", () => {
  beforeEach(loadExample);
  afterEach(cleanup);

  it("refuses a new category with a name in use, keeping the text", async () => {
    render(FacilitationPanel);
    const before = sessionStore.get().categories.length;
    const input = screen.getByLabelText<HTMLInputElement>("Naam van een nieuwe categorie");
    await fireEvent.input(input, { target: { value: "pabo voltijd" } });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(
      screen.getByRole<HTMLButtonElement>("button", { name: "Categorie toevoegen" }).disabled,
    ).toBe(true);
    await fireEvent.submit(input.form!);
    expect(sessionStore.get().categories).toHaveLength(before);
    expect(input.value).toBe("pabo voltijd");
  });

  it("marks a category whose name is cleared", async () => {
    render(FacilitationPanel);
    const field = screen.getByLabelText("Naam van de categorie Pabo deeltijd");
    await fireEvent.input(field, { target: { value: "" } });
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(
      screen.getByText(
        'Vul een naam in; zonder naam heet deze categorie overal "categorie zonder naam".',
      ),
    ).toBeTruthy();
  });

  it("shows 'Naam' above a category's name field; the full name stays its accessible name", () => {
    render(FacilitationPanel);
    const field = screen.getByLabelText("Naam van de categorie Pabo deeltijd");
    const visible = document.querySelector(`label[for="${field.id}"]`);
    expect(visible?.textContent).toBe("Naam");
    expect(field.getAttribute("aria-label")).toBe("Naam van de categorie Pabo deeltijd");
  });

  it("explains the distribution weight once, above the categories", () => {
    render(FacilitationPanel);
    expect(
      screen.getAllByText(/Het verdeelgewicht zegt hoe zwaar een student van de categorie telt/),
    ).toHaveLength(1);
  });
});
