/** The region (issue 14): several partnerships per calendar year, totals, budget division, checks. Pure TypeScript. */
export { allocateBudget, type Claim } from "./allocation.ts";
export { regionChecks } from "./checks.ts";
export { combineRegion, computeRegion, sumRows, type RegionMember } from "./combine.ts";
export { toRegionJson } from "./json.ts";
export * from "./tables.ts";
export * from "./types.ts";
