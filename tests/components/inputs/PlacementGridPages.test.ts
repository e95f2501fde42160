// @vitest-environment happy-dom
// A large student grid (the 600-row benchmark session) shows one page of rows: typing, Enter and a
// pasted block still reach the right rows of the session, across pages and within a search.
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import PlacementsPanel from "../../../src/components/inputs/PlacementsPanel.svelte";
import { placementLabel } from "../../../src/components/inputs/data.ts";
import { parseSession } from "../../../src/engine/index.ts";
import { PAGE_ROWS } from "../../../src/lib/gridPages.ts";
import { sessionStore, replaceSession } from "../../../src/stores/session.ts";
import { benchScenario } from "../../bench/scenario.ts";

const YEAR = "2021-2022";

beforeEach(() => {
  const outcome = parseSession(benchScenario());
  if (!outcome.ok) throw new Error("the benchmark scenario is invalid");
  replaceSession(outcome.session);
});
afterEach(cleanup);

/** The label of session row `index`, as the grid names its cells. */
const label = (index: number): string =>
  placementLabel(sessionStore.get(), sessionStore.get().placements[index]!);
const cell = (index: number, year = YEAR): HTMLElement =>
  screen.getByLabelText(`Studenten ${year}, ${label(index)}`);
const studentRows = (): number =>
  screen.queryAllByLabelText(new RegExp(`^Studenten ${YEAR}, `)).length;

describe("the student grid of a large partnership", () => {
  it("shows one page of rows and says which", () => {
    render(PlacementsPanel);
    expect(studentRows()).toBe(PAGE_ROWS);
    expect(screen.getByText("Rijen 1–25 van 600")).toBeTruthy();
    expect(screen.queryByLabelText(`Studenten ${YEAR}, ${label(PAGE_ROWS)}`)).toBeNull();
  });

  it("Enter in the last row of a page goes on to the first row of the next, and Shift+Enter back", async () => {
    render(PlacementsPanel);
    const last = cell(PAGE_ROWS - 1);
    last.focus();
    await fireEvent.keyDown(last, { key: "Enter" });
    expect(screen.getByText("Rijen 26–50 van 600")).toBeTruthy();
    expect(document.activeElement).toBe(cell(PAGE_ROWS));
    await fireEvent.keyDown(cell(PAGE_ROWS), { key: "Enter", shiftKey: true });
    expect(screen.getByText("Rijen 1–25 van 600")).toBeTruthy();
    expect(document.activeElement).toBe(cell(PAGE_ROWS - 1));
  });

  it("typing on a later page stores in that row", async () => {
    render(PlacementsPanel);
    await fireEvent.click(screen.getByRole("button", { name: "Volgende rijen" }));
    await fireEvent.input(cell(PAGE_ROWS + 3), { target: { value: "77" } });
    expect(sessionStore.get().placements[PAGE_ROWS + 3]!.students[YEAR]).toBe(77);
  });

  it("a block pasted in the last row of a page fills the rows after it, on the next page too", async () => {
    render(PlacementsPanel);
    const event = new Event("paste", { bubbles: true, cancelable: true }) as Event & {
      clipboardData: { getData: () => string };
    };
    event.clipboardData = { getData: () => "101\n102\n103\n" };
    await fireEvent(cell(PAGE_ROWS - 1), event);
    const rows = sessionStore.get().placements;
    expect([PAGE_ROWS - 1, PAGE_ROWS, PAGE_ROWS + 1].map((i) => rows[i]!.students[YEAR])).toEqual([
      101, 102, 103,
    ]);
    expect(screen.getByText(/3 vakken ingevuld uit het geplakte blok\./)).toBeTruthy();
  });

  it("the search keeps the rows that name what is typed, and typing and pasting go to those rows", async () => {
    render(PlacementsPanel);
    await fireEvent.input(screen.getByLabelText(/^Rijen zoeken/), {
      target: { value: "bestuur 107" },
    });
    // Only board 107 has "107" in its rows' labels (40 institutes, 12 categories).
    const found = sessionStore
      .get()
      .placements.flatMap((_, i) => (label(i).startsWith("Schoolbestuur 107 –") ? [i] : []));
    expect(found.length).toBeGreaterThan(1);
    expect(studentRows()).toBe(found.length);
    expect(
      screen.getByText(`Rijen 1–${found.length} van ${found.length} (gezocht in 600)`),
    ).toBeTruthy();
    const event = new Event("paste", { bubbles: true, cancelable: true }) as Event & {
      clipboardData: { getData: () => string };
    };
    event.clipboardData = { getData: () => "11\n12\n" };
    await fireEvent(cell(found[0]!), event);
    expect(
      [found[0]!, found[1]!].map((i) => sessionStore.get().placements[i]!.students[YEAR]),
    ).toEqual([11, 12]);
  });
});
