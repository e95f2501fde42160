// @vitest-environment happy-dom
// A session with the same board × institute × category twice (kept by an older version): the student
// step shows both rows, says so, and merges them on request; undo puts them back.
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import PlacementsPanel from "../../../src/components/inputs/PlacementsPanel.svelte";
import { sessionStore, replaceSession } from "../../../src/stores/session.ts";
import { undoRemoval } from "../../../src/stores/undo.ts";
import { loadExample } from "./helpers.ts";

const ROW = "Stichting Akker – Pabo Voorbeeld – Pabo voltijd";

beforeEach(() => {
  loadExample();
  const s = structuredClone(sessionStore.get());
  s.placements.push({ ...structuredClone(s.placements[0]!), students: { "2025-2026": 5 } });
  replaceSession(s);
});
afterEach(cleanup);

describe("duplicate rows in the student step", () => {
  it("shows both rows and offers to merge them; merging adds the students and undo splits them again", async () => {
    const before = structuredClone(sessionStore.get());
    render(PlacementsPanel);
    expect(screen.getAllByLabelText(`Studenten 2025-2026, ${ROW}`)).toHaveLength(2);
    expect(screen.getByText(/Eén combinatie staat meer dan eens in de tabel/)).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: `Samenvoegen ${ROW}` }));
    expect(sessionStore.get().placements).toHaveLength(before.placements.length - 1);
    expect(sessionStore.get().placements[0]!.students["2025-2026"]).toBe(
      before.placements[0]!.students["2025-2026"]! + 5,
    );
    expect(screen.getAllByLabelText(`Studenten 2025-2026, ${ROW}`)).toHaveLength(1);
    expect(screen.queryByText(/meer dan eens in de tabel/)).toBeNull();
    undoRemoval();
    expect(sessionStore.get()).toEqual(before);
  });
});
