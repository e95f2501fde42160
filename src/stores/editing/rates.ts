/** Actions on the hourly rates, the GPL helper and indexation. */
import type { Role, Session } from "../../engine/index.ts";
import { updateSession } from "../session.ts";

/** Hours in a full-time teacher's year (normjaartaak), the divisor of the GPL helper. */
export const HOURS_PER_YEAR = 1659;

/** Extra session key (kept by the schema as unknown key): the user confirmed the rates and the GPL they used. */
export const RATES_CHECK_KEY = "ratesCheck";
/** What is stored under `ratesCheck`. */
export interface RatesCheck {
  confirmed: boolean;
  /** The GPL (€ per year) the user entered, per role. */
  gpl?: Partial<Record<Role, number>>;
}

/** Hourly rate from a yearly personnel cost: GPL ÷ 1659, rounded half up to whole cents. */
export function rateFromGpl(gpl: number): number {
  return Math.floor(Number(((gpl * 100) / HOURS_PER_YEAR).toPrecision(12)) + 0.5) / 100;
}

/** Reads the confirmation flag (absent or malformed = not confirmed). */
export function ratesCheckOf(session: Session): RatesCheck {
  const value = (session as Record<string, unknown>)[RATES_CHECK_KEY];
  if (typeof value !== "object" || value === null) return { confirmed: false };
  const check = value as Partial<RatesCheck>;
  return { confirmed: check.confirmed === true, ...(check.gpl ? { gpl: check.gpl } : {}) };
}

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
