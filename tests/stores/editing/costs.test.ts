// Line actions on overhead, other income, benefits and fixed costs per partner.
import { describe, expect, it } from "vitest";
import {
  type LineTarget,
  addLine,
  linesOf,
  removeLine,
  setLineAmount,
  setLineLabel,
} from "../../../src/stores/editing/costs.ts";
import { sessionStore } from "../../../src/stores/session.ts";
import { undoRemoval } from "../../../src/stores/undo.ts";
import { drive, example, valid } from "./helpers.ts";

describe.each<{ target: LineTarget; before: number }>([
  { target: { list: "overhead" }, before: 3 }, // three overhead lines in the example
  { target: { list: "otherIncome" }, before: 0 }, // none
  { target: { list: "benefits" }, before: 1 }, // one benefit
  { target: { list: "fixedCosts", partner: "akker" }, before: 2 }, // akker's two fixed costs
  { target: { list: "fixedCosts", partner: "elders" }, before: 0 }, // elders has none
])("lines of $target.list $target.partner", ({ target, before }) => {
  it("adds, edits and removes a line; undo puts it back", () => {
    expect(linesOf(example(), target)).toHaveLength(before);
    const s = drive(example(), () => {
      addLine(target, "Nieuw");
      setLineLabel(target, before, "Huur");
      setLineAmount(target, before, 1250.5);
    });
    expect(linesOf(s, target)?.[before]).toEqual({ label: "Huur", amount: 1250.5 });
    expect(valid(s)).toBe(true);
    removeLine(target, before, "Huur");
    expect(linesOf(sessionStore.get(), target)).toHaveLength(before);
    undoRemoval();
    expect(linesOf(sessionStore.get(), target)?.[before]).toEqual({
      label: "Huur",
      amount: 1250.5,
    });
  });
});

describe("unknown partner", () => {
  it("changes nothing", () => {
    expect(drive(example(), () => addLine({ list: "fixedCosts", partner: "nobody" }))).toEqual(
      example(),
    );
  });
});
