/** The session a new conversation starts from: current school years and the shipped defaults. */
import type { Session } from "../engine/index.ts";
import { SESSION_FORMAT, schoolYear, shiftYear, startOf, yearRange } from "../engine/index.ts";
import regulation from "../../content/regulations/onderwijsregios-2025.json";
import rates from "../../content/rates/gpl-vo-2021.json";

/** The school year that contains `date` (a school year starts on 1 August). */
function schoolYearOn(date: Date): string {
  // getMonth() is 0-based: 7 is August.
  return schoolYear(date.getMonth() >= 7 ? date.getFullYear() : date.getFullYear() - 1);
}

/**
 * An empty session: last school year (for the T-1 count) up to 2029-2030, the year by which all
 * students should be trained in partnerships; the current school year is the plan year.
 */
export function emptySession(today: Date): Session {
  const current = schoolYearOn(today);
  const first = shiftYear(current, -1);
  const years = yearRange(first, Math.max(3, 2030 - startOf(first)));
  return {
    format: SESSION_FORMAT,
    partnership: { name: "", sector: "vo", region: "" },
    years,
    planYear: current,
    regulation: {
      id: regulation.id,
      base: regulation.base,
      perStudent: regulation.perStudent,
      ceilingFactor: 1,
      lag: regulation.lag,
      // The Onderwijsregio regulations grant per calendar year (§3.3).
      grant: "calendarYear",
      counted: {},
    },
    rates: { ...rates.rates },
    indexation: 0,
    perSchool: {},
    categories: [],
    partners: [],
    placements: [],
    overhead: [],
    otherIncome: [],
    distribution: { overhead: "deduct", topSlice: 0, basis: "previous", split: "students", boardsShare: 1 },
    benefits: [],
    answers: {},
  };
}
