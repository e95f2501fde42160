/**
 * One school year's hours and stipends per partner (§3.1), summed exactly: for all rows, and for
 * the rows that do not count apart (§3.5). The engine runs on every keystroke and this is its
 * innermost loop (rows × years). Hours and stipends have few decimals and counts are modest, so
 * every sum is normally a whole number of units of 10^-scale far below 2^53: plain numbers then
 * add them exactly, without a BigInt per addition. A session whose sums could pass 2^53 is summed
 * with BigInt instead; both give the same exact values.
 */
import {
  type Dec,
  type DecSum,
  type Factor,
  ONE,
  ZERO,
  add,
  addProduct,
  mul,
  newSum,
  pow10,
  pow10Number,
  roundCentsTimes,
  roundCentsUnits,
  toNumber,
} from "./decimal.ts";
import type { PreparedCategory, PreparedPlacement, RoleDec } from "./prepare.ts";
import { ROLES } from "./schema.ts";

/**
 * One year's sums per partner, read through what the engine needs of them, so that the plain-number
 * sums are never turned into BigInt decimals unless a half cent needs the exact value. Roles by
 * position in ROLES (0 WPB, 1 SO, 2 IO); the hours include the per-school hours of a board taking part.
 */
export interface YearTally {
  /** Hours of partner p in role r, as a number (hours are not rounded, §3.6). */
  hours(p: number, r: number): number;
  /** Σ hours of role r over all partners. */
  totalHours(r: number): number;
  /** roundCents(hours × rate × f): the partner's cost of role r (§3.2). */
  roleCost(p: number, r: number, rate: Dec, f: Factor): number;
  /** roundCents(stipends × f): the partner's stage allowances (§3.2). */
  stipendCost(p: number, f: Factor): number;
  /** Σ over partners of the hours of the rows apart × the partner's rates, plus their stipends: exact, before indexation (§3.5). */
  apartCost(rates: readonly RoleDec[]): Dec;
}

/** What the year's rows look like: who takes part, students (0 when not taking part) and whether each counts. */
export interface TallyRows {
  active: readonly boolean[];
  students: readonly number[];
  countable: readonly boolean[];
}

/** The per-school hours (§3.1) and each partner's schools (0 for an institute): a board taking part adds schools × perSchool. */
export interface SchoolHours {
  perSchool: RoleDec;
  schools: readonly number[];
}

/** A row's hours and stipend as whole units: hours of 10^-hourScale, money of 10^-moneyScale. */
interface RowUnits {
  perStudent: [number, number, number];
  perGroup: [number, number, number] | null;
  stipend: number;
}

/** The units of every row, when plain numbers can hold every sum exactly; null otherwise. */
export interface UnitPlan {
  hourScale: number;
  moneyScale: number;
  rows: RowUnits[];
  /** The per-school hours of WPB and SO in units (institutes have no per-school hours). */
  perSchool: [number, number];
}

/** Group count of a row in year k: its override, else ceil(n / size); 0 without students (§3.1). */
export function groupsOf(
  row: PreparedPlacement,
  k: number,
  students: number,
  size: number,
): number {
  if (students === 0) return 0;
  return row.groups[k] ?? Math.ceil(students / size);
}

/** Below this every partial sum is exact in a double (2^52: half of 2^53, a margin for the bound's own rounding). */
const SAFE_SUM = 2 ** 52;

/** A decimal as whole units of 10^-scale (scale ≥ its own); 0 stays 0 without BigInt work. */
const units = (d: Dec, scale: number): number =>
  d.v === 0n ? 0 : Number(d.v * pow10(scale - d.s));

/**
 * The unit plan of a session, or null when a sum could reach 2^52 units: the bound adds, over all
 * rows, the most students and groups of any year times the row's units, and every board's schools
 * times the per-school hours, which no partner's sum (nor the sum over partners) exceeds.
 */
export function unitPlan(
  categories: readonly PreparedCategory[],
  placements: readonly PreparedPlacement[],
  school: SchoolHours,
): UnitPlan | null {
  let hourScale = Math.max(school.perSchool.WPB.s, school.perSchool.SO.s);
  let moneyScale = 0;
  for (const row of placements)
    for (const role of ROLES) hourScale = Math.max(hourScale, row.perStudent[role].s);
  for (const c of categories) {
    if (c.perGroup)
      for (const role of ROLES) hourScale = Math.max(hourScale, c.perGroup.hours[role].s);
    moneyScale = Math.max(moneyScale, c.stipend.s);
  }
  if (hourScale > 15 || moneyScale > 15) return null;
  const perSchool: [number, number] = [
    units(school.perSchool.WPB, hourScale),
    units(school.perSchool.SO, hourScale),
  ];
  let hourBound = 0;
  for (const n of school.schools) hourBound += n * (perSchool[0] + perSchool[1]);
  let moneyBound = 0;
  const rows: RowUnits[] = [];
  for (const row of placements) {
    const category = categories[row.category]!;
    const group = category.perGroup;
    const perStudent: [number, number, number] = [
      units(row.perStudent.WPB, hourScale),
      units(row.perStudent.SO, hourScale),
      units(row.perStudent.IO, hourScale),
    ];
    const perGroup: [number, number, number] | null = group
      ? [
          units(group.hours.WPB, hourScale),
          units(group.hours.SO, hourScale),
          units(group.hours.IO, hourScale),
        ]
      : null;
    const stipend = units(category.stipend, moneyScale);
    let most = 0;
    let groups = 0;
    for (let k = 0; k < row.students.length; k++) {
      const n = row.students[k]!;
      most = Math.max(most, n);
      if (group) groups = Math.max(groups, groupsOf(row, k, n, group.size));
    }
    hourBound +=
      most * (perStudent[0] + perStudent[1] + perStudent[2]) +
      (perGroup ? groups * (perGroup[0] + perGroup[1] + perGroup[2]) : 0);
    moneyBound += most * stipend;
    rows.push({ perStudent, perGroup, stipend });
  }
  return hourBound < SAFE_SUM && moneyBound < SAFE_SUM
    ? { hourScale, moneyScale, rows, perSchool }
    : null;
}

/** A year's sums as whole units in plain numbers: per partner 3 roles of hours and the stipends, for all rows and for the rows apart. */
class UnitTally implements YearTally {
  private readonly plan: UnitPlan;
  private readonly all: Float64Array;
  private readonly stipends: Float64Array;
  private readonly apart: Float64Array;
  private readonly apartStipends: Float64Array;

  constructor(
    plan: UnitPlan,
    all: Float64Array,
    stipends: Float64Array,
    apart: Float64Array,
    apartStipends: Float64Array,
  ) {
    this.plan = plan;
    this.all = all;
    this.stipends = stipends;
    this.apart = apart;
    this.apartStipends = apartStipends;
  }

  /** n units of 10^-hourScale as a number: both exact doubles, so the one division rounds as toNumber does. */
  private number(n: number): number {
    return n === 0 ? 0 : n / pow10Number(this.plan.hourScale);
  }

  hours(p: number, r: number): number {
    return this.number(this.all[p * 3 + r]!);
  }

  totalHours(r: number): number {
    // The plan's bound holds the sum over partners too, so it is exact.
    let sum = 0;
    for (let i = r; i < this.all.length; i += 3) sum += this.all[i]!;
    return this.number(sum);
  }

  roleCost(p: number, r: number, rate: Dec, f: Factor): number {
    const n = this.all[p * 3 + r]!;
    return n === 0 ? 0 : roundCentsUnits(n, this.plan.hourScale, rate, f);
  }

  stipendCost(p: number, f: Factor): number {
    const n = this.stipends[p]!;
    return n === 0 ? 0 : roundCentsUnits(n, this.plan.moneyScale, ONE, f);
  }

  apartCost(rates: readonly RoleDec[]): Dec {
    // Most partners share the session's rate objects, so the hours are first added per rate (plain
    // numbers, within the plan's bound) and multiplied once per distinct rate.
    const byRate = new Map<Dec, number>();
    let stipends = 0;
    rates.forEach((rate, p) => {
      ROLES.forEach((role, r) => {
        const n = this.apart[p * 3 + r]!;
        if (n !== 0) byRate.set(rate[role], (byRate.get(rate[role]) ?? 0) + n);
      });
      stipends += this.apartStipends[p]!;
    });
    let sum: Dec = stipends === 0 ? ZERO : { v: BigInt(stipends), s: this.plan.moneyScale };
    for (const [rate, n] of byRate)
      sum = add(sum, mul({ v: BigInt(n), s: this.plan.hourScale }, rate));
    return sum;
  }
}

/** The year's sums with plain numbers (the plan guarantees they stay exact). */
function tallyUnits(
  plan: UnitPlan,
  placements: readonly PreparedPlacement[],
  categories: readonly PreparedCategory[],
  memberInstitute: readonly boolean[],
  school: SchoolHours,
  rows: TallyRows,
  k: number,
): YearTally {
  const partnerCount = memberInstitute.length;
  const all = new Float64Array(partnerCount * 3);
  const apart = new Float64Array(partnerCount * 3);
  const stipends = new Float64Array(partnerCount);
  const apartStipends = new Float64Array(partnerCount);
  for (let i = 0; i < placements.length; i++) {
    const n = rows.students[i]!;
    if (n === 0) continue;
    const row = placements[i]!;
    const u = plan.rows[i]!;
    const counts = rows.countable[i]!;
    const board = row.board * 3;
    const institute = row.institute * 3 + 2;
    const io = memberInstitute[row.institute]!;
    let wpb = u.perStudent[0] * n;
    let so = u.perStudent[1] * n;
    let ioHours = io ? u.perStudent[2] * n : 0;
    if (u.perGroup) {
      const groups = groupsOf(row, k, n, categories[row.category]!.perGroup!.size);
      wpb += u.perGroup[0] * groups;
      so += u.perGroup[1] * groups;
      if (io) ioHours += u.perGroup[2] * groups;
    }
    const stipend = u.stipend * n;
    all[board] = all[board]! + wpb;
    all[board + 1] = all[board + 1]! + so;
    all[institute] = all[institute]! + ioHours;
    stipends[row.board] = stipends[row.board]! + stipend;
    if (!counts) {
      apart[board] = apart[board]! + wpb;
      apart[board + 1] = apart[board + 1]! + so;
      apart[institute] = apart[institute]! + ioHours;
      apartStipends[row.board] = apartStipends[row.board]! + stipend;
    }
  }
  // Per-school hours: every board taking part, not only through its rows (§3.1); never apart.
  for (let p = 0; p < partnerCount; p++) {
    const schools = school.schools[p]!;
    if (schools === 0 || !rows.active[p]) continue;
    all[p * 3] = all[p * 3]! + plan.perSchool[0] * schools;
    all[p * 3 + 1] = all[p * 3 + 1]! + plan.perSchool[1] * schools;
  }
  return new UnitTally(plan, all, stipends, apart, apartStipends);
}

/** A year's sums as exact decimals: per partner WPB, SO, IO hours and stipends. */
class ExactTally implements YearTally {
  private readonly all: readonly DecSum[][];
  private readonly apart: readonly DecSum[][];

  constructor(all: readonly DecSum[][], apart: readonly DecSum[][]) {
    this.all = all;
    this.apart = apart;
  }

  hours(p: number, r: number): number {
    return toNumber(this.all[p]![r]!);
  }

  totalHours(r: number): number {
    return toNumber(this.all.reduce((sum: Dec, sums) => add(sum, sums[r]!), ZERO));
  }

  roleCost(p: number, r: number, rate: Dec, f: Factor): number {
    return roundCentsTimes(mul(this.all[p]![r]!, rate), f);
  }

  stipendCost(p: number, f: Factor): number {
    return roundCentsTimes(this.all[p]![3]!, f);
  }

  apartCost(rates: readonly RoleDec[]): Dec {
    let sum: Dec = ZERO;
    rates.forEach((rate, p) => {
      const sums = this.apart[p]!;
      ROLES.forEach((role, r) => {
        sum = add(sum, mul(sums[r]!, rate[role]));
      });
      sum = add(sum, sums[3]!);
    });
    return sum;
  }
}

/** The year's sums with BigInt running sums, for sessions the unit plan cannot hold. */
function tallyExact(
  placements: readonly PreparedPlacement[],
  categories: readonly PreparedCategory[],
  memberInstitute: readonly boolean[],
  school: SchoolHours,
  rows: TallyRows,
  k: number,
): YearTally {
  const sums = (): DecSum[][] =>
    memberInstitute.map(() => [newSum(), newSum(), newSum(), newSum()]);
  // Per partner: WPB, SO, IO hours and stipends; `all` for every row, `apart` for the rows that do not count.
  const [all, apart] = [sums(), sums()];
  placements.forEach((row, i) => {
    const n = rows.students[i]!;
    if (n === 0) return;
    const category = categories[row.category]!;
    const groups = BigInt(category.perGroup ? groupsOf(row, k, n, category.perGroup.size) : 0);
    for (const into of rows.countable[i] ? [all] : [all, apart]) {
      const board = into[row.board]!;
      ROLES.forEach((role, r) => {
        const to = r === 2 ? into[row.institute]![2]! : board[r]!;
        if (r === 2 && !memberInstitute[row.institute]) return;
        addProduct(to, row.perStudent[role], BigInt(n));
        if (category.perGroup) addProduct(to, category.perGroup.hours[role], groups);
      });
      addProduct(board[3]!, category.stipend, BigInt(n));
    }
  });
  all.forEach((sums, p) => {
    const schools = school.schools[p]!;
    if (schools === 0 || !rows.active[p]) return;
    addProduct(sums[0]!, school.perSchool.WPB, BigInt(schools));
    addProduct(sums[1]!, school.perSchool.SO, BigInt(schools));
  });
  return new ExactTally(all, apart);
}

/** The year's hours and stipends per partner (one entry per partner in `memberInstitute`); `plan` null sums with BigInt. */
export function tallyYear(
  plan: UnitPlan | null,
  placements: readonly PreparedPlacement[],
  categories: readonly PreparedCategory[],
  memberInstitute: readonly boolean[],
  school: SchoolHours,
  rows: TallyRows,
  k: number,
): YearTally {
  return plan === null
    ? tallyExact(placements, categories, memberInstitute, school, rows, k)
    : tallyUnits(plan, placements, categories, memberInstitute, school, rows, k);
}
