/**
 * The GPL helper and the "rates checked" mark: pure, so the rates panel (through its store actions)
 * and the PDF annex read the same key and divide by the same norm.
 */
import { type Role, type Session, ratePerHour } from "../engine/index.ts";

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

/** Hourly rate from a yearly personnel cost: GPL ÷ 1659, rounded half up to whole cents (the engine's exact rounding). */
export function rateFromGpl(gpl: number): number {
  return ratePerHour(gpl, HOURS_PER_YEAR);
}

/** Reads the confirmation flag (absent or malformed = not confirmed). */
export function ratesCheckOf(session: Session): RatesCheck {
  const value = (session as Record<string, unknown>)[RATES_CHECK_KEY];
  if (typeof value !== "object" || value === null) return { confirmed: false };
  const check = value as Partial<RatesCheck>;
  return { confirmed: check.confirmed === true, ...(check.gpl ? { gpl: check.gpl } : {}) };
}
