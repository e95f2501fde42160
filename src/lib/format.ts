/**
 * The one place where numbers meet people: Dutch formatting (nl-NL) and Dutch parsing of what
 * people type ("52,44", "1.250", "€ 1.250,00", "3 %"). Used by the wizard, the results and the PDF.
 */

const euroWhole = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
const euroCents = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const plain = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("nl-NL", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** The true minus sign (U+2212): a hyphen reads as a dash and can break a line. */
export const MINUS = "\u2212";

/**
 * A negative amount as "−€ 237.500": the sign before the euro sign, as Dutch financial texts write
 * it (Intl gives "€ -237.500" with a hyphen). An amount that rounds to zero has no sign.
 */
function signed(format: Intl.NumberFormat, value: number): string {
  const text = format.format(Math.abs(value));
  return value < 0 && /[1-9]/.test(text) ? `${MINUS}${text}` : text;
}

// Intl writes a no-break space after "€"; keep it (it stops "€" wrapping away from its number).
/** "€ 1.234.567", "−€ 237.500" (whole euros, rounded half away from zero for display only). */
export function formatEuro(amount: number): string {
  return signed(euroWhole, clean(amount));
}

/** "€ 1.234.567,89", "−€ 12,50" */
export function formatEuroCents(amount: number): string {
  return signed(euroCents, clean(amount));
}

/** "1.234,5", "−3" */
export function formatNumber(value: number): string {
  return signed(plain, clean(value));
}

/** "0,74", "12,00": always two decimals (FTE). */
export function formatTwoDecimals(value: number): string {
  return signed(twoDecimals, clean(value));
}

/** "21,6 %" from a fraction 0.216; "−5 %" */
export function formatPercent(fraction: number): string {
  return signed(percent, clean(fraction));
}

/** -0 and non-finite values never reach a person. */
function clean(value: number): number {
  return Number.isFinite(value) && value !== 0 ? value : 0;
}

/** A parsed number, or the Dutch reason why the text is not one. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/** Options for `parseDutchNumber`. */
export interface ParseOptions {
  /** Whole numbers only (counts). */
  integer?: boolean;
  /** Lowest allowed value. Default 0. */
  min?: number;
  /** Highest allowed value. */
  max?: number;
  /** Empty text means this value; without it, empty text is an error. */
  empty?: number;
}

/**
 * Reads a number as a Dutch person types it. The comma is the decimal sign; a dot followed by
 * exactly three digits groups thousands ("1.250" = 1250). "€", spaces and a trailing "%" are
 * allowed ("%" divides by 100). A dot with other than three digits after it is read as a decimal
 * sign ("52.44"), because people paste from English sources too.
 */
export function parseDutchNumber(text: string, options: ParseOptions = {}): ParsedNumber {
  const min = options.min ?? 0;
  // "−€ 12" is how this module writes a negative amount: read it back too (U+2212 or a hyphen).
  let t = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^[-\u2212]€/, "-")
    .replace(/^€/, "")
    .replace(/€$/, "")
    .replace(/^\u2212/, "-");
  if (t === "") {
    return options.empty !== undefined
      ? { ok: true, value: options.empty }
      : { ok: false, message: "Vul een getal in." };
  }
  const isPercent = t.endsWith("%");
  if (isPercent) t = t.slice(0, -1);
  const negative = t.startsWith("-");
  if (negative) t = t.slice(1);
  let normalized: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) normalized = t.replace(/\./g, "").replace(",", ".");
  else if (/^\d+(,\d+)?$/.test(t)) normalized = t.replace(",", ".");
  else if (/^\d*\.\d+$/.test(t) || /^\d+$/.test(t)) normalized = t;
  else if (/^,\d+$/.test(t)) normalized = `0${t.replace(",", ".")}`;
  else
    return {
      ok: false,
      message: `"${text.trim()}" is geen getal. Schrijf bijvoorbeeld ${options.integer ? "12 of 1.250" : "1.250 of 52,44"}.`,
    };
  let value = Number(normalized) * (negative ? -1 : 1);
  if (isPercent) value = Number((value / 100).toPrecision(15));
  if (!Number.isFinite(value)) return { ok: false, message: "Dit getal is te groot." };
  if (options.integer && !Number.isInteger(value))
    return { ok: false, message: "Vul een geheel getal in (zonder komma)." };
  if (value < min)
    return {
      ok: false,
      message:
        min === 0 ? "Een negatief getal kan hier niet." : `Vul minstens ${formatNumber(min)} in.`,
    };
  if (options.max !== undefined && value > options.max)
    return { ok: false, message: `Vul hoogstens ${formatNumber(options.max)} in.` };
  return { ok: true, value };
}

/** "23 november 2026" */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
}

/** "2026-11-23": the local calendar date as file names carry it (sorts by date). */
export function formatIsoDate(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, "0"))
    .join("-");
}

/** "14:32" (24-hour clock, for "opgeslagen om …") */
export function formatTime(date: Date): string {
  return new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit" }).format(date);
}
