/** Actions on the proposal's own fields: penvoerder, contact, introduction, submitters, decision date. */
import { updateSession } from "../session.ts";

/** Which text field of the proposal. */
export type ProposalTextField = "penvoerder" | "contact" | "introduction" | "decisionDate";

/** Sets one text field of the proposal (kept as typed; the documents trim it). */
export function setProposalText(field: ProposalTextField, text: string): void {
  updateSession((draft) => {
    draft.proposal = { ...draft.proposal, [field]: text };
  });
}

/**
 * Marks a partner as one that submits the proposal, or not. Until the first change every member
 * partner submits; the first change writes that list out, so unticking one keeps the others.
 */
export function setSubmitter(id: string, submits: boolean): void {
  updateSession((draft) => {
    const current =
      draft.proposal?.submitters ?? draft.partners.filter((p) => p.member).map((p) => p.id);
    const next = current.filter((x) => x !== id);
    if (submits) next.push(id);
    // Keep the partners' order, so the documents list them as the partner table does.
    const order = draft.partners.map((p) => p.id);
    next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    draft.proposal = { ...draft.proposal, submitters: next };
  });
}
