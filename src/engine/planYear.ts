// Without zod, so the pages can read the plan year at load (validate.ts re-exports it).
import type { Session } from "./schema.ts";

/** The plan year the wizard and the PDF put first: planYear, else years[1], else years[0]. */
export function planYearOf(session: Session): string {
  return session.planYear ?? session.years[1] ?? session.years[0]!;
}
