/** Hours of one placement row in one year (§3.1 of the cost model). */
import { type Dec, type DecSum, add, addProduct, compare, mul, newSum } from "./decimal.ts";
import type { PreparedCategory, PreparedPlacement, RoleDec } from "./prepare.ts";
import { ROLES, type Role } from "./schema.ts";

/** Running exact hour sums per role. */
export type RoleSums = Record<Role, DecSum>;

/** Hour sums at 0 for every role. */
export function newRoleSums(): RoleSums {
  return { WPB: newSum(), SO: newSum(), IO: newSum() };
}

/** Number of groups: the row's override for the year, else ceil(n / size); 0 without students. */
function groupsOf(row: PreparedPlacement, k: number, students: number, size: number): number {
  if (students === 0) return 0;
  return row.groups[k] ?? Math.ceil(students / size);
}

/**
 * Hours per role for ONE student of a row: the category's per-student hours plus the row's
 * stage-day hours, capped (§3.1). The row's `days` do not change by year, so this is worked out
 * once per row and each year only multiplies it by the number of students.
 */
export function hoursPerStudent(category: PreparedCategory, days: Dec): RoleDec {
  const out = {} as RoleDec;
  for (const role of ROLES) {
    let hours = category.perStudent[role];
    if (category.perDay) {
      const perDay = mul(days, category.perDay.hours[role]);
      const cap = category.perDay.cap[role];
      hours = add(hours, cap !== null && compare(cap, perDay) < 0 ? cap : perDay);
    }
    out[role] = hours;
  }
  return out;
}

/**
 * Adds the hours of `students` students of this row in year k (position in `years`) to its board
 * (WPB, SO) and its institute (IO). IO of a non-member institute is not the partnership's cost and
 * counts 0. The sums grow in place: this runs for every row in every year.
 */
export function addRowHours(
  row: PreparedPlacement,
  category: PreparedCategory,
  k: number,
  students: number,
  instituteIsMember: boolean,
  board: RoleSums,
  institute: RoleSums,
): void {
  if (students === 0) return;
  const n = BigInt(students);
  addProduct(board.WPB, row.perStudent.WPB, n);
  addProduct(board.SO, row.perStudent.SO, n);
  if (instituteIsMember) addProduct(institute.IO, row.perStudent.IO, n);
  const groups = category.perGroup ? groupsOf(row, k, students, category.perGroup.size) : 0;
  if (category.perGroup && groups > 0) {
    const g = BigInt(groups);
    addProduct(board.WPB, category.perGroup.hours.WPB, g);
    addProduct(board.SO, category.perGroup.hours.SO, g);
    if (instituteIsMember) addProduct(institute.IO, category.perGroup.hours.IO, g);
  }
}
