/** The logic of NumberField: Dutch text ↔ number, percent fields, and the message at the field. */
import { MAX_AMOUNT, MAX_COUNT } from "../../../engine/limits.ts";
import {
  type ParsedNumber,
  formatEuroCents,
  formatNumber,
  parseDutchNumber,
} from "../../../lib/format.ts";

/** How a NumberField reads and shows its value. */
export interface NumberFieldRules {
  /** Whole numbers only. */
  integer?: boolean;
  /** Lowest value (in the unit shown: percent fields in %). Default 0. */
  min?: number;
  /** Highest value (in the unit shown). Default: the session's limit (MAX_COUNT for whole numbers, else MAX_AMOUNT). */
  max?: number;
  /** Empty text clears the value (undefined) instead of being an error. */
  optional?: boolean;
  /** The value is a fraction shown and typed as a percentage (0.03 ↔ "3"). */
  percent?: boolean;
  /** An amount in euros: cents show both digits ("47,90", not "47,9"); whole euros stay whole. */
  money?: boolean;
}

/** The text a field shows for a value when it is not being edited ("" for no value). */
export function displayNumber(value: number | undefined, rules: NumberFieldRules = {}): string {
  if (value === undefined) return "";
  // The € sign stands before the field already; only the digits go in it.
  if (rules.money && !rules.percent && !Number.isInteger(value))
    return formatEuroCents(value).replace(/^[^\d-]+/u, "");
  return formatNumber(rules.percent ? Number((value * 100).toPrecision(12)) : value);
}

/** Reads typed text: the value to store (undefined = cleared) or the Dutch reason it is refused. */
export function readNumber(
  text: string,
  rules: NumberFieldRules = {},
): { ok: true; value: number | undefined } | { ok: false; message: string } {
  if (rules.optional && text.trim() === "") return { ok: true, value: undefined };
  // In a percent field "3" and "3 %" both mean 3 %: read the number without the sign, then divide.
  const plain = rules.percent ? text.replace(/%\s*$/, "") : text;
  const parsed: ParsedNumber = parseDutchNumber(plain, {
    ...(rules.integer ? { integer: true } : {}),
    ...(rules.min !== undefined ? { min: rules.min } : {}),
    // Without its own maximum a field takes the session's limit, so nothing typed here is refused on reading.
    max: rules.max ?? (rules.integer ? MAX_COUNT : MAX_AMOUNT),
  });
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: rules.percent ? Number((parsed.value / 100).toPrecision(12)) : parsed.value,
  };
}
