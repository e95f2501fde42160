// @vitest-environment happy-dom
// ConfirmButton: the action runs only after an explicit yes; focus follows the question for keyboard users.
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import ConfirmButton from "../../../../src/components/inputs/fields/ConfirmButton.svelte";

afterEach(cleanup);

function setup() {
  const onconfirm = vi.fn();
  render(ConfirmButton, {
    props: {
      label: "Verwijderen",
      detail: "Stichting Akker",
      question: "Stichting Akker verwijderen?",
      confirmLabel: "Ja, verwijderen",
      onconfirm,
    },
  });
  return onconfirm;
}

describe("ConfirmButton", () => {
  it("names what it acts on and asks first, with focus on the yes button", async () => {
    const onconfirm = setup();
    await fireEvent.click(screen.getByRole("button", { name: "Verwijderen Stichting Akker" }));
    expect(screen.getByText("Stichting Akker verwijderen?")).toBeTruthy();
    expect(document.activeElement?.textContent).toBe("Ja, verwijderen");
    expect(onconfirm).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole("button", { name: "Ja, verwijderen" }));
    expect(onconfirm).toHaveBeenCalledTimes(1);
  });

  it("cancelling runs nothing and returns focus to the button", async () => {
    const onconfirm = setup();
    await fireEvent.click(screen.getByRole("button", { name: "Verwijderen Stichting Akker" }));
    await fireEvent.click(screen.getByRole("button", { name: "Annuleren" }));
    expect(onconfirm).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toContain("Verwijderen");
  });

  it("Escape cancels", async () => {
    const onconfirm = setup();
    await fireEvent.click(screen.getByRole("button", { name: "Verwijderen Stichting Akker" }));
    await fireEvent.keyDown(screen.getByRole("button", { name: "Ja, verwijderen" }), {
      key: "Escape",
    });
    expect(screen.queryByText("Stichting Akker verwijderen?")).toBeNull();
    expect(onconfirm).not.toHaveBeenCalled();
  });
});
