/** The engine's public face: read a session, compute its result. Pure TypeScript. */
export { computeResult } from "./compute.ts";
export { ratePerHour, ratePerStudent } from "./amounts.ts";
export { type NotCountableCauses, isCountable, notCountableCausesOf } from "./countable.ts";
export { handOutByRemainder, splitByLargestRemainder } from "./largestRemainder.ts";
export { parseSession, parseSessionText, type ParseOutcome } from "./validate.ts";
export { nameKey } from "./nameKey.ts";
export { planYearOf } from "./planYear.ts";
export * from "./vocabulary.ts";
export { formatProblem, type Problem } from "./problems.ts";
export * from "./result.ts";
export * from "./schema.ts";
export {
  isSchoolYear,
  schoolYear,
  shiftYear,
  startOf,
  takesPartIn,
  yearRange,
} from "./schoolYear.ts";
export { regulationIn, regulationTimeline, type RegulationValues } from "./regulation.ts";
export { subsidyParts, type SubsidyPart } from "./grants.ts";
export { repairSession, type RepairOutcome } from "./repair.ts";
export * from "./limits.ts";
