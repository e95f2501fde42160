/** Actions on the hourly rates, the GPL helper and indexation. */
import type { Role, Session } from "../../engine/index.ts";
import { RATES_CHECK_KEY, rateFromGpl, ratesCheckOf } from "../../lib/ratesCheck.ts";
import { updateSession } from "../session.ts";

// The panel imports the helper's pure parts from here, next to the actions that use them.
export { HOURS_PER_YEAR, RATES_CHECK_KEY, type RatesCheck, rateFromGpl, ratesCheckOf } from "../../lib/ratesCheck.ts";

/** Sets the partnership's rate for a role. */
export function setRateDraft(draft: Session, role: Role, rate: number): void {
  draft.rates[role] = rate;
}

/** Applies GPL ÷ 1659 as the rate of a role and remembers the GPL. */
export function applyGplDraft(draft: Session, role: Role, gpl: number): void {
  draft.rates[role] = rateFromGpl(gpl);
  const check = ratesCheckOf(draft);
  (draft as Record<string, unknown>)[RATES_CHECK_KEY] = { ...check, gpl: { ...check.gpl, [role]: gpl } };
}

/** Marks the rates as checked against the current GPL (or not). */
export function setRatesConfirmedDraft(draft: Session, confirmed: boolean): void {
  (draft as Record<string, unknown>)[RATES_CHECK_KEY] = { ...ratesCheckOf(draft), confirmed };
}

/** Yearly indexation as a fraction (0.03 = 3 %). */
export function setIndexationDraft(draft: Session, fraction: number): void {
  draft.indexation = fraction;
}

/** Action: rate of a role. */
export const setRate = (role: Role, rate: number): void => updateSession((d) => setRateDraft(d, role, rate));
/** Action: apply GPL ÷ 1659. */
export const applyGpl = (role: Role, gpl: number): void => updateSession((d) => applyGplDraft(d, role, gpl));
/** Action: confirm the rates. */
export const setRatesConfirmed = (confirmed: boolean): void => updateSession((d) => setRatesConfirmedDraft(d, confirmed));
/** Action: indexation. */
export const setIndexation = (fraction: number): void => updateSession((d) => setIndexationDraft(d, fraction));
