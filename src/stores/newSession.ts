/** The session a new conversation starts from: current school years and the shipped defaults. */
import type { Session } from "../engine/index.ts";
import { SESSION_FORMAT, schoolYear, shiftYear, startOf, yearRange } from "../engine/index.ts";
import regulation from "../../content/regulations/onderwijsregios-2025.json" with { type: "json" };
import rates from "../../content/rates/gpl-vo-2021.json";

/** The school year that contains `date` (a school year starts on 1 August). */
function schoolYearOn(date: Date): string {
  // getMonth() is 0-based: 7 is August.
  return schoolYear(date.getMonth() >= 7 ? date.getFullYear() : date.getFullYear() - 1);
}

/**
 * An empty session: the current school year up to 2029-2030 (the year by which all students should
 * be trained in partnerships), at least three years; the proposal is for the next school year.
 * The counts the first year's grants rest on (two school years before it) are asked for in the
 * subsidy step; the Onderwijsregio grants per calendar year (cost model §3.3).
 */
export function emptySession(today: Date): Session {
  const current = schoolYearOn(today);
  const years = yearRange(current, Math.max(3, 2030 - startOf(current)));
  return {
    format: SESSION_FORMAT,
    partnership: { name: "", sector: "vo", region: "" },
    years,
    planYear: shiftYear(current, 1),
    regulation: {
      id: regulation.id,
      base: regulation.base,
      perStudent: regulation.perStudent,
      ceilingFactor: 1,
      lag: regulation.lag,
      grant: regulation.grant as "calendarYear",
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
