/** Hours of one placement row in one year (§3.1 of the cost model). */
import { type Dec, ZERO, add, compare, mul, mulInt } from "./decimal.ts";
import type { PreparedCategory, PreparedPlacement, RoleDec } from "./prepare.ts";
import { ROLES } from "./schema.ts";

/** Number of groups: the row's override for the year, else ceil(n / size); 0 without students. */
export function groupsOf(row: PreparedPlacement, k: number, students: number, size: number): number {
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

const NO_HOURS: RoleDec = { WPB: ZERO, SO: ZERO, IO: ZERO };

/** Hours per role for `students` students of this row in year k (position in `years`), before assigning them to partners. */
export function placementHours(
  row: PreparedPlacement,
  category: PreparedCategory,
  k: number,
  students: number,
): RoleDec {
  if (students === 0) return NO_HOURS;
  const groups = category.perGroup ? groupsOf(row, k, students, category.perGroup.size) : 0;
  const out = {} as RoleDec;
  for (const role of ROLES) {
    let hours: Dec = mulInt(row.perStudent[role], students);
    if (category.perGroup && groups > 0) hours = add(hours, mulInt(category.perGroup.hours[role], groups));
    out[role] = hours;
  }
  return out;
}

/** Hours that are the partnership's cost: IO of a non-member institute counts 0. */
export function chargedHours(hours: RoleDec, instituteIsMember: boolean): RoleDec {
  return instituteIsMember ? hours : { WPB: hours.WPB, SO: hours.SO, IO: ZERO };
}
