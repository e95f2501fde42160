/**
 * The cost engine: a checked session → the result of §4, one school year at a time (§3).
 * Pure: no clock, no I/O. Amounts are integer cents internally and exact decimals before the
 * rounding points of §3.6; the result converts cents to euros at the very end.
 */
import { allocateCents } from "./allocate.ts";
import {
  type Dec,
  ZERO,
  add,
  addProduct,
  dec,
  fromCents,
  mul,
  newSum,
  roundCents,
  roundCentsTimes,
  sub,
} from "./decimal.ts";
import { tallyYear } from "./tally.ts";
import { type Prepared, prepare } from "./prepare.ts";
import { type YearCents, calendarYearsOf } from "./calendar.ts";
import {
  type PartnerBreakdown,
  RESULT_FORMAT,
  type Result,
  type YearBreakdown,
  type YearResult,
} from "./result.ts";
import { type CountOf, subsidyOf } from "./subsidy.ts";
import type { Session } from "./schema.ts";
import { shiftYear, takesPartIn } from "./schoolYear.ts";

const euros = (cents: number): number => cents / 100;
function sumCents(values: readonly number[]): number {
  let sum = 0;
  for (const n of values) sum += n;
  return sum;
}

/** Computes every school year of a checked session (see `parseSession`). */
export function computeResult(session: Session): Result {
  const model = prepare(session);
  const warnings = [...model.outsideYears];
  const rows: RowsByYear = new Map(
    model.years.map((year, k) => [year, rowsOfYear(model, year, k)]),
  );
  const count: CountOf = (year) => countOf(model, rows, year);
  const cents = new Map<string, YearCents>();
  const years = model.years.map((year, k) => {
    const computed = computeYear(model, rows, count, year, k, warnings);
    cents.set(year, computed.cents);
    return computed.result;
  });
  return {
    format: RESULT_FORMAT,
    warnings,
    years,
    calendarYears: calendarYearsOf(model, cents, count),
  };
}

/**
 * Who takes part, and the students and countability of every placement row, in one school year.
 * Counting, the basis weights and the year itself all need them, so they are worked out once per year.
 */
interface RowsOfYear {
  /** Per partner: takes part in the year (§3: a partner counts from the year it joins). */
  active: boolean[];
  /** Students of the row, 0 when its board or institute does not take part (§3). */
  students: number[];
  /** Member board and institute taking part, subsidised category (§3.3). */
  countable: boolean[];
  /** Σ students of the countable rows: the computed count C(Y). */
  countableTotal: number;
  /** Basis weights per partner when this year is a basis year (§3.4), filled on first use. */
  weights: Dec[] | undefined;
}
type RowsByYear = ReadonlyMap<string, RowsOfYear>;

function rowsOfYear(model: Prepared, year: string, k: number): RowsOfYear {
  const active = model.partners.map((p) => takesPartIn(p, year));
  const students: number[] = [];
  const countable: boolean[] = [];
  let countableTotal = 0;
  for (const row of model.placements) {
    const both = active[row.board]! && active[row.institute]!;
    const n = both ? row.students[k]! : 0;
    students.push(n);
    countable.push(both && row.countable);
    if (both && row.countable) countableTotal += n;
  }
  // `weights` is present from the start (undefined), so every year's object keeps one shape.
  return { active, students, countable, countableTotal, weights: undefined };
}

/** C(Y): the DUO count when given, else the computed countable students; null when unknown. */
function countOf(model: Prepared, rows: RowsByYear, year: string): number | null {
  const counted = model.counted.get(year);
  if (counted !== undefined) return counted;
  return rows.get(year)?.countableTotal ?? null;
}

/**
 * Σ weight × students per partner over the rows countable in the basis year (§3.4). A year is the
 * basis of the next one and may stand in for itself (the fallback), so its weights are kept.
 */
function basisWeights(model: Prepared, rows: RowsByYear, basisYear: string): Dec[] {
  const inYear = rows.get(basisYear);
  if (inYear === undefined) return model.partners.map(newSum);
  if (inYear.weights !== undefined) return inYear.weights;
  const weights = weightsInUnits(model, inYear) ?? exactWeights(model, inYear);
  inYear.weights = weights;
  return weights;
}

/** Below this whole numbers, their products and sums are exact doubles. */
const SAFE = 2 ** 53;

/**
 * The basis weights summed as whole units of 10^-weightScale in plain numbers: exact when the sum of
 * every |term| stays below 2^53 (then so does each product and each partial sum); null otherwise.
 */
function weightsInUnits(model: Prepared, inYear: RowsOfYear): Dec[] | null {
  const units = model.weightUnits;
  if (units === null) return null;
  const sums = new Float64Array(model.partners.length);
  let size = 0;
  model.placements.forEach((row, i) => {
    if (!inYear.countable[i]) return;
    const term = units[row.category]! * inYear.students[i]!;
    sums[row.board] = sums[row.board]! + term;
    sums[row.institute] = sums[row.institute]! + term;
    size += 2 * Math.abs(term);
  });
  if (!(size < SAFE)) return null;
  const weights: Dec[] = [];
  for (const n of sums) weights.push(n === 0 ? ZERO : { v: BigInt(n), s: model.weightScale });
  return weights;
}

/** The basis weights with BigInt running sums. */
function exactWeights(model: Prepared, inYear: RowsOfYear): Dec[] {
  const weights = model.partners.map(newSum);
  model.placements.forEach((row, i) => {
    if (!inYear.countable[i]) return;
    const weight = model.categories[row.category]!.weight;
    const n = BigInt(inYear.students[i]!);
    addProduct(weights[row.board]!, weight, n);
    addProduct(weights[row.institute]!, weight, n);
  });
  return weights;
}

/** B: Σ weight × students of the basis year's countable rows (each row adds its weight to its board). */
function weightOf(model: Prepared, weights: readonly Dec[]): Dec {
  return weights.reduce(
    (sum, w, i) => (model.partners[i]!.kind === "board" ? add(sum, w) : sum),
    ZERO,
  );
}

/** A placement whose membership and category let it count. */
const NO_CAUSES = { board: false, institute: false, category: false } as const;

function computeYear(
  model: Prepared,
  rows: RowsByYear,
  count: CountOf,
  year: string,
  k: number,
  warnings: string[],
): { result: YearResult; cents: YearCents } {
  const f = model.factors[k]!;
  const partners = model.partners;
  const inYear = rows.get(year)!;
  const active = inYear.active;

  // Hours and stipends per partner, and of the rows that do not count apart: the cost of the
  // latter is reported on its own (§3.5), priced once per partner instead of once per row.
  const tally = tallyYear(
    model.units,
    model.placements,
    model.categories,
    model.members,
    model.school,
    inYear,
    k,
  );
  let total = 0;
  let countable = 0;
  inYear.students.forEach((n, i) => {
    total += n;
    if (inYear.countable[i]) countable += n;
  });
  const nonSubsidisedExact = tally.apartCost(model.partnerRates);

  // §3.2 costs, rounded per partner per role, per stipend sum and per line.
  // The parts are what is added up, so the views' breakdown and the totals cannot disagree.
  const partnerParts: PartnerBreakdown[] = partners.map((p, i) => {
    const on = active[i]!;
    return {
      id: p.id,
      hours: on
        ? { WPB: tally.hours(i, 0), SO: tally.hours(i, 1), IO: tally.hours(i, 2) }
        : { WPB: 0, SO: 0, IO: 0 },
      roles: on
        ? {
            WPB: tally.roleCost(i, 0, p.rates.WPB, f),
            SO: tally.roleCost(i, 1, p.rates.SO, f),
            IO: tally.roleCost(i, 2, p.rates.IO, f),
          }
        : { WPB: 0, SO: 0, IO: 0 },
      stipends: on ? tally.stipendCost(i, f) : 0,
      fixedCosts: p.fixedCosts.map((line) => (on ? roundCentsTimes(line, f) : 0)),
    };
  });
  const partnerCosts = partnerParts.map(
    (b) => b.roles.WPB + b.roles.SO + b.roles.IO + b.stipends + sumCents(b.fixedCosts),
  );
  const overheadLines = model.overhead.map((line) => roundCentsTimes(line, f));
  const overhead = sumCents(overheadLines);
  const totalCosts = sumCents(partnerCosts) + overhead;
  const boardsCosts = sumCents(partnerCosts.filter((_, i) => partners[i]!.kind === "board"));

  // §3.3 counting and subsidy.
  const inForce = model.regulation(year);
  const {
    subsidy,
    prefinancing,
    counted: countLag,
    warnings: subsidyWarnings,
  } = subsidyOf(model, year, count);
  warnings.push(...subsidyWarnings);
  const otherLines = model.otherIncome.map(roundCents);
  const other = sumCents(otherLines);
  const income = subsidy + other;

  // §3.4 the pot and its split.
  const shares = distribute(
    model,
    rows,
    year,
    inForce.rate,
    active,
    partnerCosts,
    income,
    overhead,
    warnings,
  );
  const pot = sumCents(shares);
  const rest = income - pot;
  const overheadFunded = Math.min(overhead, Math.max(0, rest));

  // §3.5 own investment, commitments, request.
  // One pass: each partner's line in euros, and the sums in cents that the year's totals need.
  let committed = 0;
  let boardsInvestment = 0;
  let institutesInvestment = 0;
  const partnerLines = partners.map((p, i) => {
    const costs = partnerCosts[i]!;
    const share = shares[i]!;
    let commitment = 0;
    if (active[i] && p.commitment !== null) {
      commitment =
        "percent" in p.commitment
          ? roundCents(mul(fromCents(costs), p.commitment.percent))
          : roundCentsTimes(p.commitment.amount, f);
    }
    committed += commitment;
    if (p.kind === "board") boardsInvestment += costs - share;
    else institutesInvestment += costs - share;
    return {
      id: p.id,
      costs: euros(costs),
      share: euros(share),
      ownInvestment: euros(costs - share),
      commitment: euros(commitment),
    };
  });
  const needed = Math.max(0, totalCosts - committed - other);

  const benefitLines = model.benefits.map(roundCents);
  const breakdown: YearBreakdown = {
    partners: partnerParts,
    overhead: overheadLines,
    otherIncome: otherLines,
    benefits: benefitLines,
    placements: model.placements.map((row, i) => ({
      students: inYear.students[i]!,
      takesPart: active[row.board]! && active[row.institute]!,
      countable: inYear.countable[i]!,
      causes: row.causes ?? NO_CAUSES,
    })),
  };
  const result: YearResult = {
    year,
    regulation: { ...inForce.values },
    students: { total, countable, nonSubsidised: total - countable, counted: countLag },
    hours: { WPB: tally.totalHours(0), SO: tally.totalHours(1), IO: tally.totalHours(2) },
    costs: {
      boards: euros(boardsCosts),
      institutes: euros(totalCosts - overhead - boardsCosts),
      overhead: euros(overhead),
      total: euros(totalCosts),
      nonSubsidised: euros(roundCentsTimes(nonSubsidisedExact, f)),
    },
    income: { subsidy: euros(subsidy), other: euros(other), total: euros(income) },
    distribution: {
      toPartners: euros(pot),
      overheadFunded: euros(overheadFunded),
      overheadUncovered: euros(overhead - overheadFunded),
      payoutDeficit: euros(Math.max(0, pot - income)),
      reserve: euros(Math.max(0, rest - overhead)),
    },
    ownInvestment: {
      total: euros(totalCosts - income),
      boards: euros(boardsInvestment),
      institutes: euros(institutesInvestment),
    },
    coverage: totalCosts > 0 ? income / totalCosts : 0,
    growthPrefinancing: euros(prefinancing),
    request: { committed: euros(committed), needed: euros(needed), gap: euros(needed - subsidy) },
    benefits: euros(sumCents(benefitLines)),
    partners: partnerLines,
    categories: model.categories.map((c) => ({
      id: c.id,
      perStudent: {
        boards: euros(
          roundCentsTimes(
            add(
              add(mul(c.perStudent.WPB, model.rates.WPB), mul(c.perStudent.SO, model.rates.SO)),
              c.stipend,
            ),
            f,
          ),
        ),
        institutes: euros(roundCentsTimes(mul(c.perStudent.IO, model.rates.IO), f)),
      },
    })),
    breakdown,
  };
  return { result, cents: { costs: totalCosts, subsidy, other, committed } };
}

/** §3.4: the partners' pot and each partner's share of it, in cents (non-members get none). */
function distribute(
  model: Prepared,
  rows: RowsByYear,
  year: string,
  rate: Dec,
  active: readonly boolean[],
  partnerCosts: readonly number[],
  income: number,
  overhead: number,
  warnings: string[],
): number[] {
  const partners = model.partners;
  const none = partners.map(() => 0);
  const { overhead: method, basis, split, topSlice, boardsShare } = model.distribution;
  let basisYear = basis === "previous" ? shiftYear(year, -model.lag) : year;
  let weights = basisWeights(model, rows, basisYear);
  let B = weightOf(model, weights);
  // Basis fallback: a previous year without countable students (the first year of a session,
  // typically) would distribute nothing; the year's own counts stand in, when the basis is used.
  const usesBasis = split === "students" || method !== "deduct";
  let fellBack = false;
  if (usesBasis && basisYear !== year && B.v === 0n) {
    const own = basisWeights(model, rows, year);
    const ownB = weightOf(model, own);
    if (ownB.v !== 0n) {
      [weights, B, fellBack] = [own, ownB, true];
    }
  }
  const eligible = (i: number): boolean => partners[i]!.member && active[i]!;

  let pot: number;
  if (method === "deduct") pot = Math.max(0, income - overhead);
  else if (method === "fullRate") pot = roundCents(mul(rate, B));
  else {
    const kept = sub(rate, dec(topSlice));
    pot = kept.v > 0n ? roundCents(mul(kept, B)) : 0;
  }
  if (pot === 0) return none;
  if (fellBack) {
    warnings.push(
      `${year}: geen studenten in basisjaar ${basisYear}; verdeeld naar de aantallen van ${year}`,
    );
    basisYear = year;
  }

  if (split === "costs") {
    const costWeights = partners.map((_, i) => (eligible(i) ? fromCents(partnerCosts[i]!) : ZERO));
    if (costWeights.every((w) => w.v === 0n)) {
      warnings.push(`${year}: de partners hebben geen kosten in dit jaar; niets verdeeld`);
      return none;
    }
    return allocateCents(pot, costWeights);
  }

  const side = (kind: "board" | "institute"): Dec[] =>
    weights.map((w, i) => (partners[i]!.kind === kind && eligible(i) ? w : ZERO));
  const boardWeights = side("board");
  const instituteWeights = side("institute");
  const hasBoards = boardWeights.some((w) => w.v !== 0n);
  const hasInstitutes = instituteWeights.some((w) => w.v !== 0n);
  if (!hasBoards && !hasInstitutes) {
    warnings.push(`${year}: geen studenten in basisjaar ${basisYear}; niets verdeeld`);
    return none;
  }
  let boardsPart: number;
  if (!hasInstitutes) boardsPart = pot;
  else if (!hasBoards) boardsPart = 0;
  else boardsPart = roundCents(mul(fromCents(pot), dec(boardsShare)));
  const toBoards = allocateCents(boardsPart, boardWeights);
  const toInstitutes = allocateCents(pot - boardsPart, instituteWeights);
  return partners.map((p, i) => (p.kind === "board" ? toBoards[i]! : toInstitutes[i]!));
}
