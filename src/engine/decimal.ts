/**
 * Exact decimal arithmetic on BigInt, for money that must agree to the cent.
 *
 * Every number a user types is a decimal ("52,44", "0,3"); binary floating point cannot hold
 * those exactly, so the engine turns each input into `v / 10^s` with a BigInt `v` and only
 * rounds where the cost model (§3.6) says so. Division never happens here: the only divisions
 * of the model (shares, groups) are integer divisions done by their own modules.
 */

/** An exact decimal: value = v / 10^s. */
export interface Dec {
  readonly v: bigint;
  readonly s: number;
}

const POW10: bigint[] = [1n];
/** 10^n as BigInt, cached because the engine asks for the same few powers all the time. */
export function pow10(n: number): bigint {
  for (let i = POW10.length; i <= n; i++) POW10.push(POW10[i - 1]! * 10n);
  return POW10[n]!;
}

export const ZERO: Dec = { v: 0n, s: 0 };
/** 0 … 1023 as shared decimals: counts, days and whole hours repeat in every row; a Dec is never changed. */
const SMALL: readonly Dec[] = Array.from({ length: 1024 }, (_, n) =>
  n === 0 ? ZERO : { v: BigInt(n), s: 0 },
);
export const ONE: Dec = { v: 1n, s: 0 };

/** The exact decimal that a JS number prints as (its shortest round-trip form). */
export function dec(n: number): Dec {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (Number.isSafeInteger(n))
    return n >= 0 && n < SMALL.length ? SMALL[n]! : { v: BigInt(n), s: 0 };
  // Typed amounts have a few decimals (52.44, 0.0275): the first scale s ≤ 6 at which a whole r
  // gives r / 10^s === n is the shortest decimal that reads back as n, the one String(n) prints.
  // Below 10^9 two such r are more than an ulp apart, so the nearest is the only one.
  if (n > -1e9 && n < 1e9) {
    for (let s = 1; s <= 6; s++) {
      const unit = NUM_POW10[s]!;
      const r = Math.round(n * unit);
      if (r / unit === n) return { v: BigInt(r), s };
    }
  }
  const text = String(n);
  const [mantissa = "0", exponentText] = text.split("e");
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const negative = mantissa.startsWith("-");
  const unsigned = negative ? mantissa.slice(1) : mantissa;
  const [whole = "0", fraction = ""] = unsigned.split(".");
  let digits = BigInt(whole + fraction);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits *= pow10(-scale);
    scale = 0;
  }
  // The shortest round-trip form never ends its fraction in a zero, so the scale is already the
  // smallest one (tests/engine/decimal.test.ts checks this for every kind of double).
  return { v: negative ? -digits : digits, s: scale };
}

/** a + b */
export function add(a: Dec, b: Dec): Dec {
  // Most sums in the engine add zeros (roles a partner does not bear); skip the allocation.
  if (b.v === 0n) return a;
  if (a.v === 0n) return b;
  if (a.s === b.s) return { v: a.v + b.v, s: a.s };
  if (a.s > b.s) return { v: a.v + b.v * pow10(a.s - b.s), s: a.s };
  return { v: a.v * pow10(b.s - a.s) + b.v, s: b.s };
}

/**
 * A running sum that `addProduct` grows in place; it is a Dec to every reader. Read it only once the
 * adding is done: `add` may hand back one of its arguments as it is, so an early reader could
 * otherwise see the sum change afterwards.
 */
export interface DecSum {
  v: bigint;
  s: number;
}

/** A new running sum at 0. */
export function newSum(): DecSum {
  return { v: 0n, s: 0 };
}

/** sum += a × n for a whole n, in place: it runs per placement row per year, where a new Dec each time kept the garbage collector busy. */
export function addProduct(sum: DecSum, a: Dec, n: bigint): void {
  if (a.v === 0n || n === 0n) return;
  const v = a.v * n;
  if (a.s === sum.s) sum.v += v;
  else if (a.s < sum.s) sum.v += v * pow10(sum.s - a.s);
  else {
    sum.v = sum.v * pow10(a.s - sum.s) + v;
    sum.s = a.s;
  }
}

/** a − b */
export function sub(a: Dec, b: Dec): Dec {
  return add(a, { v: -b.v, s: b.s });
}

/** a × b */
export function mul(a: Dec, b: Dec): Dec {
  if (a.v === 0n || b.v === 0n) return ZERO;
  return { v: a.v * b.v, s: a.s + b.s };
}

/** a × n for a whole number n */
export function mulInt(a: Dec, n: number): Dec {
  if (n === 0 || a.v === 0n) return ZERO;
  if (n === 1) return a;
  return { v: a.v * BigInt(n), s: a.s };
}

/** Sign of a − b: -1, 0 or 1. */
export function compare(a: Dec, b: Dec): number {
  const d = sub(a, b).v;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/**
 * a^k for a whole k ≥ 0. The scale grows by a.s per step and no further: when a has no trailing
 * zero (as `dec` and sums with ONE give), neither has a^k, since 10 | v^k would need 2 | v and 5 | v.
 */
export function powInt(a: Dec, k: number): Dec {
  let out = ONE;
  for (let i = 0; i < k; i++) out = mul(out, a);
  return out;
}

/**
 * Rounds to whole cents, half up (x.xx5 → x.xx + 0.01), as §3.6 of the cost model names it.
 * Returns integer cents as a JS number (safe far beyond any partnership budget).
 */
export function roundCents(a: Dec): number {
  if (a.v === 0n) return 0;
  if (a.s <= 2) return Number(a.v * pow10(2 - a.s));
  // Most amounts are small: with v below 2^53 and a unit of at most 10^15 every step below is exact.
  if (a.s <= 17 && a.v < SAFE_V && a.v > -SAFE_V)
    return roundSmall(Number(a.v), NUM_POW10[a.s - 2]!);
  const unit = pow10(a.s - 2);
  // floor((v + unit/2) / unit); unit is a power of ten ≥ 10, so unit/2 = 5 × unit/10 is whole.
  // BigInt division truncates toward zero, so a negative quotient that is not exact goes one
  // further down.
  const shifted = a.v + 5n * pow10(a.s - 3);
  let q = shifted / unit;
  if (shifted < 0n && q * unit !== shifted) q -= 1n;
  return Number(q);
}

const SAFE_V = 2n ** 53n;
/** 10^0 … 10^22: the powers of ten that are exact doubles (by × 10, exact at every step). */
const NUM_POW10: readonly number[] = (() => {
  const out = [1];
  for (let n = 1; n <= 22; n++) out.push(out[n - 1]! * 10);
  return out;
})();

/** 10^n as an exact double, 0 ≤ n ≤ 22. */
export function pow10Number(n: number): number {
  return NUM_POW10[n]!;
}

/** floor((v + unit/2) / unit) for a whole |v| < 2^53 and a unit 10^n with 1 ≤ n ≤ 15, exactly with doubles. */
function roundSmall(v: number, unit: number): number {
  // v + unit/2 may pass 2^53, so round by the remainder instead: % is exact, rest + unit stays below
  // 2^53, v − rest is a multiple of 10^n (so of 2^n) and the quotient is whole. Half up, also for a
  // negative v: rest is taken in [0, unit), so q is the floor toward −∞.
  const rest = ((v % unit) + unit) % unit;
  const q = (v - rest) / unit;
  return rest * 2 >= unit ? q + 1 : q;
}

/**
 * The index factor of one year with its nearest double: nearly every amount of a year is multiplied
 * by it and rounded to cents, and the exact factor has up to 4k decimals (1.0275^9 has 36).
 */
export interface Factor {
  readonly exact: Dec;
  readonly approx: number;
}

/** A Factor for an exact decimal. */
export function factorOf(exact: Dec): Factor {
  return { exact, approx: toNumber(exact) };
}

/**
 * Whole cents from y, an amount in cents computed in doubles within a few units in its last place
 * (at most six roundings of 2^-53 each, and the + 0.5 once more), when that already decides the
 * half-up rounding: no half cent lies within a wide margin (2^-45 relatively) of y. Null otherwise
 * (an exact half cent, or a value too large for the margin): then the exact product decides.
 */
function certainCents(y: number): number | null {
  const r = y + 0.5;
  const whole = Math.floor(r);
  const margin = (Math.abs(y) + 1) * 2 ** -45;
  return r - whole > margin && whole + 1 - r > margin ? whole : null;
}

/** x × 10^-shift in doubles (one more rounding), for |shift| ≤ 22 where the power is exact. */
const scaled = (x: number, shift: number): number =>
  shift >= 0 ? x / NUM_POW10[shift]! : x * NUM_POW10[-shift]!;

/** roundCents(a × f), exactly, mostly without the exact product (see `certainCents`). */
export function roundCentsTimes(a: Dec, f: Factor): number {
  const shift = a.s - 2;
  const cents =
    shift >= -22 && shift <= 22 ? certainCents(scaled(Number(a.v) * f.approx, shift)) : null;
  return cents ?? roundCents(mul(a, f.exact));
}

/**
 * roundCents(units × 10^-scale × b × f) for whole units below 2^53: hours summed as whole units of
 * 10^-scale (tally.ts) times a rate and the index factor, without a BigInt unless a half cent is near.
 */
export function roundCentsUnits(units: number, scale: number, b: Dec, f: Factor): number {
  const shift = scale + b.s - 2;
  const cents =
    shift >= -22 && shift <= 22
      ? certainCents(scaled(units * Number(b.v) * f.approx, shift))
      : null;
  return cents ?? roundCents(mul({ v: BigInt(units) * b.v, s: scale + b.s }, f.exact));
}

/** Integer cents as an exact decimal in euros. */
export function fromCents(cents: number): Dec {
  return { v: BigInt(cents), s: 2 };
}

/** The decimal as a JS number (for hours and ratios, which the model does not round). */
export function toNumber(a: Dec): number {
  if (a.s === 0) return Number(a.v);
  // v below 2^53 and 10^s (s ≤ 22) are exact doubles, and IEEE division rounds the exact quotient
  // to the nearest double, as reading the decimal text does: the same number, without the text.
  if (a.s < 23 && a.v < 2n ** 53n && a.v > -(2n ** 53n)) return Number(a.v) / Number(pow10(a.s));
  const negative = a.v < 0n;
  const digits = (negative ? -a.v : a.v).toString().padStart(a.s + 1, "0");
  const text = `${digits.slice(0, -a.s)}.${digits.slice(-a.s)}`;
  return Number(negative ? `-${text}` : text);
}

/** n ÷ d rounded half up to a whole number (d > 0): the one division the calendar-year blends need. */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  // floor((2n + d) / 2d), with floor toward −∞ for negative numerators.
  const num = 2n * n + d;
  const den = 2n * d;
  const q = num / den;
  return num < 0n && q * den !== num ? q - 1n : q;
}

/** The exact value a ÷ d in whole cents, rounded half up once (d a whole number > 0): S(Y) = (5 G(a) + 7 G(a+1)) ÷ 12. */
export function roundCentsDiv(a: Dec, d: number): number {
  // a = v / 10^s euros → cents = v × 100 / 10^s; divide by d and round once.
  const num = a.s <= 2 ? a.v * pow10(2 - a.s) : a.v;
  const den = a.s <= 2 ? BigInt(d) : BigInt(d) * pow10(a.s - 2);
  return Number(divRoundHalfUp(num, den));
}
