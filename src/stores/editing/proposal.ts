/** Actions on the proposal's own fields: penvoerder, contact, introduction, submitters, decision date. */
import type { Session } from "../../engine/index.ts";
import { updateSession } from "../session.ts";

/** Which text field of the proposal. */
export type ProposalTextField = "penvoerder" | "contact" | "introduction" | "decisionDate";

/** Sets one text field of the proposal (kept as typed; the documents trim it). */
export function setProposalTextDraft(draft: Session, field: ProposalTextField, text: string): void {
  draft.proposal = { ...draft.proposal, [field]: text };
}

/**
 * Marks a partner as one that submits the proposal, or not. Until the first change every member
 * partner submits; the first change writes that list out, so unticking one keeps the others.
 */
export function setSubmitterDraft(draft: Session, id: string, submits: boolean): void {
  const current = draft.proposal?.submitters ?? draft.partners.filter((p) => p.member).map((p) => p.id);
  const next = current.filter((x) => x !== id);
  if (submits) next.push(id);
  // Keep the partners' order, so the documents list them as the partner table does.
  const order = draft.partners.map((p) => p.id);
  next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  draft.proposal = { ...draft.proposal, submitters: next };
}

/** Action: one text field of the proposal. */
export const setProposalText = (field: ProposalTextField, text: string): void => updateSession((d) => setProposalTextDraft(d, field, text));
/** Action: a partner submits the proposal, or not. */
export const setSubmitter = (id: string, submits: boolean): void => updateSession((d) => setSubmitterDraft(d, id, submits));
