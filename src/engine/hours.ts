/** Hours of one placement row in one year (§3.1 of the cost model). */
import { type Dec, ZERO, add, compare, mul, mulInt } from "./decimal.ts";
import type { PreparedCategory, PreparedPlacement, RoleDec } from "./prepare.ts";
import { ROLES } from "./schema.ts";

/** Number of groups: the row's override for the year, else ceil(n / size); 0 without students. */
export function groupsOf(row: PreparedPlacement, year: string, students: number, size: number): number {
  if (students === 0) return 0;
  return row.groups.get(year) ?? Math.ceil(students / size);
}

/** Hours per role for `students` students of this row in `year`, before assigning them to partners. */
export function placementHours(
  row: PreparedPlacement,
  category: PreparedCategory,
  year: string,
  students: number,
): RoleDec {
  const out = {} as RoleDec;
  const groups = category.perGroup ? groupsOf(row, year, students, category.perGroup.size) : 0;
  for (const role of ROLES) {
    let hours: Dec = mulInt(category.perStudent[role], students);
    if (category.perGroup && groups > 0) hours = add(hours, mulInt(category.perGroup.hours[role], groups));
    if (category.perDay && students > 0) {
      const perDay = mul(row.days, category.perDay.hours[role]);
      const cap = category.perDay.cap[role];
      const capped = cap !== null && compare(cap, perDay) < 0 ? cap : perDay;
      hours = add(hours, mulInt(capped, students));
    }
    out[role] = hours;
  }
  return out;
}

/** Hours that are the partnership's cost: IO of a non-member institute counts 0. */
export function chargedHours(hours: RoleDec, instituteIsMember: boolean): RoleDec {
  return instituteIsMember ? hours : { WPB: hours.WPB, SO: hours.SO, IO: ZERO };
}
