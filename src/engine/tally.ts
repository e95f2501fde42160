/**
 * One school year's hours and stipends per partner (§3.1), summed exactly: for all rows, and for
 * the rows that do not count apart (§3.5). The engine runs on every keystroke and this is its
 * innermost loop (rows × years). Hours and stipends have few decimals and counts are modest, so
 * every sum is normally a whole number of units of 10^-scale far below 2^53: plain numbers then
 * add them exactly, without a BigInt per addition. A session whose sums could pass 2^53 is summed
 * with BigInt instead; both give the same exact values.
 */
import { type Dec, type DecSum, ZERO, addProduct, newSum, pow10 } from "./decimal.ts";
import type { PreparedCategory, PreparedPlacement, RoleDec } from "./prepare.ts";
import { ROLES } from "./schema.ts";

/** Per partner: exact hours per role and stipends, for all rows and for the rows apart. */
export interface YearTally {
  hours: RoleDec[];
  stipends: Dec[];
  apartHours: RoleDec[];
  apartStipends: Dec[];
}

/** What the year's rows look like: students (0 when not taking part) and whether each counts. */
export interface TallyRows {
  students: readonly number[];
  countable: readonly boolean[];
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
 * rows, the most students and groups of any year times the row's units, which no partner's sum exceeds.
 */
export function unitPlan(
  categories: readonly PreparedCategory[],
  placements: readonly PreparedPlacement[],
): UnitPlan | null {
  let hourScale = 0;
  let moneyScale = 0;
  for (const row of placements)
    for (const role of ROLES) hourScale = Math.max(hourScale, row.perStudent[role].s);
  for (const c of categories) {
    if (c.perGroup)
      for (const role of ROLES) hourScale = Math.max(hourScale, c.perGroup.hours[role].s);
    moneyScale = Math.max(moneyScale, c.stipend.s);
  }
  if (hourScale > 15 || moneyScale > 15) return null;
  let hourBound = 0;
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
  return hourBound < SAFE_SUM && moneyBound < SAFE_SUM ? { hourScale, moneyScale, rows } : null;
}

const fromUnits = (n: number, scale: number): Dec => (n === 0 ? ZERO : { v: BigInt(n), s: scale });

/** The year's sums with plain numbers (the plan guarantees they stay exact). */
function tallyUnits(
  plan: UnitPlan,
  placements: readonly PreparedPlacement[],
  categories: readonly PreparedCategory[],
  memberInstitute: readonly boolean[],
  rows: TallyRows,
  k: number,
  partnerCount: number,
): YearTally {
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
  const roleDec = (sums: Float64Array, p: number): RoleDec => ({
    WPB: fromUnits(sums[p * 3]!, plan.hourScale),
    SO: fromUnits(sums[p * 3 + 1]!, plan.hourScale),
    IO: fromUnits(sums[p * 3 + 2]!, plan.hourScale),
  });
  const partners = Array.from({ length: partnerCount }, (_, p) => p);
  return {
    hours: partners.map((p) => roleDec(all, p)),
    stipends: partners.map((p) => fromUnits(stipends[p]!, plan.moneyScale)),
    apartHours: partners.map((p) => roleDec(apart, p)),
    apartStipends: partners.map((p) => fromUnits(apartStipends[p]!, plan.moneyScale)),
  };
}

/** The year's sums with BigInt running sums, for sessions the unit plan cannot hold. */
function tallyExact(
  placements: readonly PreparedPlacement[],
  categories: readonly PreparedCategory[],
  memberInstitute: readonly boolean[],
  rows: TallyRows,
  k: number,
  partnerCount: number,
): YearTally {
  const sums = (): DecSum[][] =>
    Array.from({ length: partnerCount }, () => [newSum(), newSum(), newSum(), newSum()]);
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
  const hours = (s: DecSum[][]): RoleDec[] =>
    s.map(([WPB, SO, IO]) => ({ WPB: WPB!, SO: SO!, IO: IO! }));
  return {
    hours: hours(all),
    stipends: all.map((p) => p[3]!),
    apartHours: hours(apart),
    apartStipends: apart.map((p) => p[3]!),
  };
}

/** The year's hours and stipends per partner; `plan` null sums with BigInt. */
export function tallyYear(
  plan: UnitPlan | null,
  placements: readonly PreparedPlacement[],
  categories: readonly PreparedCategory[],
  memberInstitute: readonly boolean[],
  rows: TallyRows,
  k: number,
  partnerCount: number,
): YearTally {
  return plan === null
    ? tallyExact(placements, categories, memberInstitute, rows, k, partnerCount)
    : tallyUnits(plan, placements, categories, memberInstitute, rows, k, partnerCount);
}
