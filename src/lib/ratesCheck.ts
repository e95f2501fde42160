/**
 * The GPL helper and the "rates checked" mark: pure, so the rates panel (through its store actions)
 * and the PDF annex read the same key and divide by the same norm.
 */
import { ROLES, type Role, type Sector, type Session, ratePerHour } from "../engine/index.ts";
import type { RateRecord } from "./records/schemas.ts";

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

/**
 * The shipped rate record that fits a sector, if any: only a record made for exactly that sector.
 * The vo GPL is no default for po, mbo or po en vo (whose po boards need their own rates), and a
 * session without a sector gets no default at all.
 */
export function ratesFor(
  sector: Sector | undefined,
  records: readonly RateRecord[],
): RateRecord | undefined {
  return sector === undefined ? undefined : records.find((record) => record.sector === sector);
}

/** The roles whose partnership rate is still 0 (a new session's value: nothing entered yet). */
export function ratesMissing(session: Session): Role[] {
  return ROLES.filter((role) => session.rates[role] === 0);
}
