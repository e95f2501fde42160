/** Actions on € lines: overhead, other income, benefits (partnership level) and fixed costs per partner. */
import type { Line, Session } from "../../engine/index.ts";
import { sessionStore, updateSession } from "../session.ts";
import { recordRemoval, reinsert } from "../undo.ts";

/** Which list of lines: a partnership-level list, or the fixed costs of one partner. */
export type LineTarget =
  { list: "overhead" | "otherIncome" | "benefits" } | { list: "fixedCosts"; partner: string };

/** The lines a target points at (undefined for an unknown partner). */
export function linesOf(session: Session, target: LineTarget): Line[] | undefined {
  if (target.list === "fixedCosts")
    return session.partners.find((p) => p.id === target.partner)?.fixedCosts;
  return session[target.list];
}

/** Changes line `index` of a target through `change` (nothing for an unknown line). */
function changeLine(target: LineTarget, index: number, change: (line: Line) => void): void {
  updateSession((draft) => {
    const line = linesOf(draft, target)?.[index];
    if (line) change(line);
  });
}

/** Adds a line (label may be empty; the amount starts at 0). */
export function addLine(target: LineTarget, label = ""): void {
  updateSession((draft) => void linesOf(draft, target)?.push({ label, amount: 0 }));
}

/** Sets the label of line `index`. */
export function setLineLabel(target: LineTarget, index: number, label: string): void {
  changeLine(target, index, (line) => (line.label = label));
}

/** Sets the amount (€ per year) of line `index`. */
export function setLineAmount(target: LineTarget, index: number, amount: number): void {
  changeLine(target, index, (line) => (line.amount = amount));
}

/** Removes line `index`; `name` is how the undo notice names it. */
export function removeLine(target: LineTarget, index: number, name: string): void {
  const line = linesOf(sessionStore.get(), target)?.[index];
  if (!line) return;
  const kept = structuredClone(line);
  updateSession((draft) => void linesOf(draft, target)?.splice(index, 1));
  recordRemoval(`Regel "${name}" verwijderd`, (draft) => {
    const lines = linesOf(draft, target);
    if (lines) reinsert(lines, index, kept);
  });
}
