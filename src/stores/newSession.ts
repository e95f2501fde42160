/**
 * The session a new conversation starts from: current school years and the shipped regulation.
 * No sector and no rates: the sector is asked first, and the rates step offers the shipped rates
 * only to the sector they are for (rates 0 until entered, not confirmed).
 */
import type { Session } from "../engine/index.ts";
import { SESSION_FORMAT, schoolYear, shiftYear, startOf, yearRange } from "../engine/index.ts";
import { NEW_SESSION_REGULATION as regulation } from "../lib/records/defaults.ts";

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
    partnership: { name: "", region: "" },
    years,
    planYear: shiftYear(current, 1),
    regulation: {
      id: regulation.id,
      base: regulation.base,
      perStudent: regulation.perStudent,
      ceilingFactor: 1,
      lag: regulation.lag,
      grant: regulation.grant,
      counted: {},
    },
    // Not a guess: 0 until the partnership enters its own rates or takes its sector's example.
    rates: { WPB: 0, SO: 0, IO: 0 },
    indexation: 0,
    perSchool: {},
    categories: [],
    partners: [],
    placements: [],
    overhead: [],
    otherIncome: [],
    distribution: {
      overhead: "deduct",
      topSlice: 0,
      basis: "previous",
      split: "students",
      boardsShare: 1,
    },
    benefits: [],
    answers: {},
  };
}
