/** Actions on € lines: overhead, other income, benefits (partnership level) and fixed costs per partner. */
import type { Line, Session } from "../../engine/index.ts";
import { $session, updateSession } from "../session.ts";
import { recordRemoval, reinsert } from "../undo.ts";

/** Which list of lines: a partnership-level list, or the fixed costs of one partner. */
export type LineTarget = { list: "overhead" | "otherIncome" | "benefits" } | { list: "fixedCosts"; partner: string };

/** The lines a target points at (undefined for an unknown partner). */
export function linesOf(session: Session, target: LineTarget): Line[] | undefined {
  if (target.list === "fixedCosts") return session.partners.find((p) => p.id === target.partner)?.fixedCosts;
  return session[target.list];
}

/** Adds a line (label may be empty; the amount starts at 0). */
export function addLineDraft(draft: Session, target: LineTarget, label = ""): void {
  linesOf(draft, target)?.push({ label, amount: 0 });
}

/** Sets the label of line `index`. */
export function setLineLabelDraft(draft: Session, target: LineTarget, index: number, label: string): void {
  const line = linesOf(draft, target)?.[index];
  if (line) line.label = label;
}

/** Sets the amount (€ per year) of line `index`. */
export function setLineAmountDraft(draft: Session, target: LineTarget, index: number, amount: number): void {
  const line = linesOf(draft, target)?.[index];
  if (line) line.amount = amount;
}

/** Removes line `index`. */
export function removeLineDraft(draft: Session, target: LineTarget, index: number): void {
  linesOf(draft, target)?.splice(index, 1);
}

/** Action: add a line. */
export const addLine = (target: LineTarget, label = ""): void => updateSession((d) => addLineDraft(d, target, label));
/** Action: line label. */
export const setLineLabel = (target: LineTarget, index: number, label: string): void => updateSession((d) => setLineLabelDraft(d, target, index, label));
/** Action: line amount. */
export const setLineAmount = (target: LineTarget, index: number, amount: number): void => updateSession((d) => setLineAmountDraft(d, target, index, amount));
/** Action: remove a line; `name` is how the undo notice names it. */
export function removeLine(target: LineTarget, index: number, name: string): void {
  const line = linesOf($session.get(), target)?.[index];
  if (!line) return;
  const kept = structuredClone(line);
  updateSession((d) => removeLineDraft(d, target, index));
  recordRemoval(`Regel "${name}" verwijderd`, (d) => {
    const lines = linesOf(d, target);
    if (lines) reinsert(lines, index, kept);
  });
}
