/**
 * The cost engine: a checked session → the result of §4, one school year at a time (§3).
 * Pure: no clock, no I/O. Amounts are integer cents internally and exact decimals before the
 * rounding points of §3.6; the result converts cents to euros at the very end.
 */
import { allocateCents } from "./allocate.ts";
import { isCountable } from "./countable.ts";
import { type Dec, type DecSum, ZERO, add, addProduct, dec, fromCents, mul, mulInt, newSum, roundCents, sub, toNumber } from "./decimal.ts";
import { type RoleSums, addRowHours, newRoleSums } from "./hours.ts";
import { type Prepared, type RoleDec, prepare } from "./prepare.ts";
import { type YearCents, calendarYearsOf } from "./calendar.ts";
import { RESULT_FORMAT, type Result, type YearResult } from "./result.ts";
import { type CountOf, subsidyOf } from "./subsidy.ts";
import { ROLES, type Role, type Session } from "./schema.ts";
import { shiftYear, takesPartIn } from "./schoolYear.ts";

const euros = (cents: number): number => cents / 100;
const sumCents = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Computes every school year of a checked session (see `parseSession`). */
export function computeResult(session: Session): Result {
  const model = prepare(session);
  const warnings = countsOutsideYears(session);
  const rows: RowsByYear = new Map(model.years.map((year, k) => [year, rowsOfYear(model, year, k)]));
  const count: CountOf = (year) => countOf(model, rows, year);
  const cents = new Map<string, YearCents>();
  const years = model.years.map((year, k) => {
    const computed = computeYear(model, rows, count, year, k, warnings);
    cents.set(year, computed.cents);
    return computed.result;
  });
  return { format: RESULT_FORMAT, warnings, years, calendarYears: calendarYearsOf(model, cents, count) };
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
}
type RowsByYear = ReadonlyMap<string, RowsOfYear>;

function rowsOfYear(model: Prepared, year: string, k: number): RowsOfYear {
  const active = model.partners.map((p) => takesPartIn(p, year));
  const students: number[] = [];
  const countable: boolean[] = [];
  for (const row of model.placements) {
    const both = active[row.board]! && active[row.institute]!;
    students.push(both ? row.students[k]! : 0);
    countable.push(both && isCountable({ board: model.partners[row.board], institute: model.partners[row.institute], category: model.categories[row.category] }));
  }
  return { active, students, countable };
}

/** Counts for school years outside `years` are ignored; say so, naming the field. */
function countsOutsideYears(session: Session): string[] {
  const known = new Set(session.years);
  const out: string[] = [];
  session.placements.forEach((row, i) => {
    for (const field of ["students", "groups"] as const) {
      for (const year of Object.keys(row[field] ?? {})) {
        if (!known.has(year)) {
          out.push(`placements[${i}].${field}.${year}: ${year} valt buiten de schooljaren van het gesprek en telt niet mee`);
        }
      }
    }
  });
  return out;
}

/** C(Y): the DUO count when given, else the computed countable students; null when unknown. */
function countOf(model: Prepared, rows: RowsByYear, year: string): number | null {
  const counted = model.counted.get(year);
  if (counted !== undefined) return counted;
  const inYear = rows.get(year);
  if (inYear === undefined) return null;
  let total = 0;
  inYear.students.forEach((n, i) => {
    if (inYear.countable[i]) total += n;
  });
  return total;
}

/** Σ weight × students per partner over the rows countable in the basis year (§3.4). */
function basisWeights(model: Prepared, rows: RowsByYear, basisYear: string): Dec[] {
  const weights = model.partners.map(newSum);
  const inYear = rows.get(basisYear);
  if (inYear === undefined) return weights;
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
  return weights.reduce((sum, w, i) => (model.partners[i]!.kind === "board" ? add(sum, w) : sum), ZERO);
}

/** Hours and stipends per partner, growing row by row. */
interface Tally {
  hours: RoleSums[];
  stipends: DecSum[];
}

function newTally(model: Prepared): Tally {
  return { hours: model.partners.map(newRoleSums), stipends: model.partners.map(newSum) };
}

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

  // Hours and stipends per partner, the countable and the other rows apart: the cost of the
  // latter is reported on its own (§3.5), priced once per partner instead of once per row.
  const counted = newTally(model);
  const apart = newTally(model);
  let total = 0;
  let countable = 0;
  model.placements.forEach((row, i) => {
    const n = inYear.students[i]!;
    if (n === 0) return;
    const category = model.categories[row.category]!;
    const into = inYear.countable[i] ? counted : apart;
    const institute = partners[row.institute]!;
    addRowHours(row, category, k, n, institute.member, into.hours[row.board]!, into.hours[row.institute]!);
    addProduct(into.stipends[row.board]!, category.stipend, BigInt(n));
    total += n;
    if (inYear.countable[i]) countable += n;
  });
  let nonSubsidisedExact: Dec = ZERO;
  partners.forEach((p, i) => {
    const h = apart.hours[i]!;
    for (const role of ROLES) nonSubsidisedExact = add(nonSubsidisedExact, mul(h[role], p.rates[role]));
    nonSubsidisedExact = add(nonSubsidisedExact, apart.stipends[i]!);
  });
  const hours: RoleDec[] = partners.map((_, i) => {
    const [c, a] = [counted.hours[i]!, apart.hours[i]!];
    return { WPB: add(c.WPB, a.WPB), SO: add(c.SO, a.SO), IO: add(c.IO, a.IO) };
  });
  const stipends = partners.map((_, i) => add(counted.stipends[i]!, apart.stipends[i]!));
  partners.forEach((p, i) => {
    if (p.kind !== "board" || !active[i]) return;
    const h = hours[i]!;
    h.WPB = add(h.WPB, mulInt(model.perSchool.WPB, p.schools));
    h.SO = add(h.SO, mulInt(model.perSchool.SO, p.schools));
  });

  // §3.2 costs, rounded per partner per role, per stipend sum and per line.
  const partnerCosts = partners.map((p, i) => {
    if (!active[i]) return 0;
    const h = hours[i]!;
    let cents = 0;
    for (const role of ROLES) cents += roundCents(mul(mul(h[role], p.rates[role]), f));
    cents += roundCents(mul(stipends[i]!, f));
    for (const line of p.fixedCosts) cents += roundCents(mul(line, f));
    return cents;
  });
  const overhead = sumCents(model.overhead.map((line) => roundCents(mul(line, f))));
  const totalCosts = sumCents(partnerCosts) + overhead;
  const boardsCosts = sumCents(partnerCosts.filter((_, i) => partners[i]!.kind === "board"));

  // §3.3 counting and subsidy.
  const inForce = model.regulation(year);
  const { subsidy, prefinancing, counted: countLag, warnings: subsidyWarnings } = subsidyOf(model, year, count);
  warnings.push(...subsidyWarnings);
  const other = sumCents(model.otherIncome.map(roundCents));
  const income = subsidy + other;

  // §3.4 the pot and its split.
  const shares = distribute(model, rows, year, inForce.rate, active, partnerCosts, income, overhead, warnings);
  const pot = sumCents(shares);
  const rest = income - pot;
  const overheadFunded = Math.min(overhead, Math.max(0, rest));

  // §3.5 own investment, commitments, request.
  const partnerResults = partners.map((p, i) => {
    const costs = partnerCosts[i]!;
    const share = shares[i]!;
    let commitment = 0;
    if (active[i] && p.commitment !== null) {
      commitment =
        "percent" in p.commitment
          ? roundCents(mul(fromCents(costs), p.commitment.percent))
          : roundCents(mul(p.commitment.amount, f));
    }
    return { id: p.id, costs, share, ownInvestment: costs - share, commitment };
  });
  const committed = sumCents(partnerResults.map((p) => p.commitment));
  const needed = Math.max(0, totalCosts - committed - other);
  const sideInvestment = (kind: "board" | "institute"): number =>
    sumCents(partnerResults.filter((_, i) => partners[i]!.kind === kind).map((p) => p.ownInvestment));

  const totalHours = (role: Role): number => toNumber(hours.reduce((sum, h) => add(sum, h[role]), ZERO));

  const result: YearResult = {
    year,
    regulation: { ...inForce.values },
    students: { total, countable, nonSubsidised: total - countable, counted: countLag },
    hours: { WPB: totalHours("WPB"), SO: totalHours("SO"), IO: totalHours("IO") },
    costs: {
      boards: euros(boardsCosts),
      institutes: euros(totalCosts - overhead - boardsCosts),
      overhead: euros(overhead),
      total: euros(totalCosts),
      nonSubsidised: euros(roundCents(mul(nonSubsidisedExact, f))),
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
      boards: euros(sideInvestment("board")),
      institutes: euros(sideInvestment("institute")),
    },
    coverage: totalCosts > 0 ? income / totalCosts : 0,
    growthPrefinancing: euros(prefinancing),
    request: { committed: euros(committed), needed: euros(needed), gap: euros(needed - subsidy) },
    benefits: euros(sumCents(model.benefits.map(roundCents))),
    partners: partnerResults.map((p) => ({
      id: p.id,
      costs: euros(p.costs),
      share: euros(p.share),
      ownInvestment: euros(p.ownInvestment),
      commitment: euros(p.commitment),
    })),
    categories: model.categories.map((c) => ({
      id: c.id,
      perStudent: {
        boards: euros(
          roundCents(
            mul(add(add(mul(c.perStudent.WPB, model.rates.WPB), mul(c.perStudent.SO, model.rates.SO)), c.stipend), f),
          ),
        ),
        institutes: euros(roundCents(mul(mul(c.perStudent.IO, model.rates.IO), f))),
      },
    })),
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
    warnings.push(`${year}: geen studenten in basisjaar ${basisYear}; verdeeld naar de aantallen van ${year}`);
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
