/** Hours of one placement row in one year (§3.1 of the cost model). */
import { type Dec, add, compare, mul } from "./decimal.ts";
import type { PreparedCategory, RoleDec } from "./prepare.ts";
import { ROLES } from "./schema.ts";

/**
 * Hours per role for ONE student of a row: the category's per-student hours plus the row's
 * stage-day hours, capped (§3.1). The row's `days` do not change by year, so this is worked out
 * once per row and each year only multiplies it by the number of students.
 */
export function hoursPerStudent(category: PreparedCategory, days: Dec): RoleDec {
  // Without stage-day hours a row's hours are its category's: share them (nothing changes a RoleDec).
  const perDay = category.perDay;
  if (perDay === null) return category.perStudent;
  const out = {} as RoleDec;
  for (const role of ROLES) {
    const dayHours = mul(days, perDay.hours[role]);
    const cap = perDay.cap[role];
    out[role] = add(
      category.perStudent[role],
      cap !== null && compare(cap, dayHours) < 0 ? cap : dayHours,
    );
  }
  return out;
}
