// Line actions on overhead, other income, benefits and fixed costs per partner.
import { describe, expect, it } from "vitest";
import { type LineTarget, addLineDraft, linesOf, removeLineDraft, setLineAmountDraft, setLineLabelDraft } from "../../../src/stores/editing/costs.ts";
import { example, valid } from "./helpers.ts";

describe.each<{ target: LineTarget; before: number }>([
  { target: { list: "overhead" }, before: 3 }, // three overhead lines in the example
  { target: { list: "otherIncome" }, before: 0 }, // none
  { target: { list: "benefits" }, before: 1 }, // one benefit
  { target: { list: "fixedCosts", partner: "akker" }, before: 2 }, // akker's two fixed costs
  { target: { list: "fixedCosts", partner: "elders" }, before: 0 }, // elders has none
])("lines of $target.list $target.partner", ({ target, before }) => {
  it("adds, edits and removes a line", () => {
    const s = example();
    expect(linesOf(s, target)).toHaveLength(before);
    addLineDraft(s, target, "Nieuw");
    setLineLabelDraft(s, target, before, "Huur");
    setLineAmountDraft(s, target, before, 1250.5);
    expect(linesOf(s, target)?.[before]).toEqual({ label: "Huur", amount: 1250.5 });
    expect(valid(s)).toBe(true);
    removeLineDraft(s, target, before);
    expect(linesOf(s, target)).toHaveLength(before);
  });
});

describe("unknown partner", () => {
  it("changes nothing", () => {
    const s = example();
    addLineDraft(s, { list: "fixedCosts", partner: "nobody" });
    expect(s).toEqual(example());
  });
});
