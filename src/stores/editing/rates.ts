/** Actions on the hourly rates, the GPL helper and indexation: one exported function per change. */
import { ROLES, type Role } from "../../engine/index.ts";
import type { RateRecord } from "../../lib/records/schemas.ts";
import { RATES_CHECK_KEY, rateFromGpl, ratesCheckOf } from "../../lib/ratesCheck.ts";
import { updateSession } from "../session.ts";

// The panel imports the helper's pure parts from here, next to the actions that use them.
export {
  HOURS_PER_YEAR,
  RATES_CHECK_KEY,
  type RatesCheck,
  rateFromGpl,
  ratesCheckOf,
  ratesFor,
  ratesMissing,
} from "../../lib/ratesCheck.ts";

/** Sets the partnership's rate for a role. */
export function setRate(role: Role, rate: number): void {
  updateSession((draft) => void (draft.rates[role] = rate));
}

/**
 * Takes over the rates of a shipped record (the example of the partnership's own sector). They stay
 * an assumption: the confirmation is withdrawn until the partnership checks them again.
 */
export function applyRateRecord(record: RateRecord): void {
  updateSession((draft) => {
    for (const role of ROLES) draft.rates[role] = record.rates[role];
    (draft as Record<string, unknown>)[RATES_CHECK_KEY] = {
      ...ratesCheckOf(draft),
      confirmed: false,
    };
  });
}

/** Applies GPL ÷ 1659 as the rate of a role and remembers the GPL. */
export function applyGpl(role: Role, gpl: number): void {
  updateSession((draft) => {
    draft.rates[role] = rateFromGpl(gpl);
    const check = ratesCheckOf(draft);
    (draft as Record<string, unknown>)[RATES_CHECK_KEY] = {
      ...check,
      gpl: { ...check.gpl, [role]: gpl },
    };
  });
}

/** Marks the rates as checked against the current GPL (or not). */
export function setRatesConfirmed(confirmed: boolean): void {
  updateSession(
    (draft) =>
      void ((draft as Record<string, unknown>)[RATES_CHECK_KEY] = {
        ...ratesCheckOf(draft),
        confirmed,
      }),
  );
}

/** Yearly indexation as a fraction (0.03 = 3 %). */
export function setIndexation(fraction: number): void {
  updateSession((draft) => void (draft.indexation = fraction));
}
