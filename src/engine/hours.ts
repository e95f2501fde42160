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
