/** Actions of the proposal page; components call these, never the store's `set`. */
import { atom } from "nanostores";
import type { Alternatives } from "../../document/types.ts";
import { updateSession } from "../../stores/session.ts";

/** The alternatives the proposal shows as chapter 8 (chosen in the lazily loaded panel); undefined until it has loaded. */
export const alternativesStore = atom<Alternatives | undefined>(undefined);

/** Shows these alternatives in the proposal (its preview, PDF and Word). */
export function showAlternatives(alternatives: Alternatives): void {
  alternativesStore.set(alternatives);
}
import { PROPOSAL_KEY } from "../../document/sessionData.ts";

/** Marks the proposal final (or back to concept); kept in the session as an extra key. */
export function setProposalFinal(final: boolean): void {
  updateSession((draft) => {
    const record = draft as Record<string, unknown>;
    const current = record[PROPOSAL_KEY];
    record[PROPOSAL_KEY] = {
      ...(typeof current === "object" && current !== null ? current : {}),
      final,
    };
  });
}

/** Prints only the conversation summary (the print stylesheet hides the rest), with a fitting title. */
export function printSummary(title: string): void {
  const root = document.documentElement;
  const previousTitle = document.title;
  root.dataset.print = "verslag";
  document.title = title;
  const restore = (): void => {
    delete root.dataset.print;
    document.title = previousTitle;
    window.removeEventListener("afterprint", restore);
  };
  window.addEventListener("afterprint", restore);
  window.print();
}
