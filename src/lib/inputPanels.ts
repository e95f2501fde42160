/**
 * The structured input panels a conversation card can show on its step. A card names them in
 * its frontmatter (`inputs`); the content schema refuses any other id, so the build fails on a
 * card that refers to an input that does not exist.
 */
export const INPUT_PANELS = [
  "profile", // partnership profile, meeting date and participants
  "partners", // boards and institutes: add, rename, remove, member, schools, joining year
  "norm", // choice of the facilitation preset that is the minimum for quality
  "facilitation", // categories: hours per role per student / group / stage day, stipend, subsidised, weight; per-school hours
  "rates", // hourly rates per role, GPL ÷ 1659 helper, overrides per partner
  "placements", // students per board × institute × category × school year, projection helper
  "counted", // counted DUO numbers of earlier years
  "overhead", // overhead lines at partnership level
  "fixedCosts", // fixed costs per partner
  "regulation", // regulation record or own values, ceiling factor
  "distribution", // overhead method, basis, split, boards' share
  "otherIncome", // other income lines
  "commitments", // partners' own commitments
  "growth", // projection to 100 % by a target year, joining years, T-1 prefinancing
  "nonSubsidised", // non-subsidised students and their cost, shown apart
  "benefits", // benefit lines (shown, never netted)
  "regionRequest", // what the partnership needs from the Onderwijsregio, per year
  "proposal", // links to results, proposal PDF and summary
] as const;

/** One of the panel ids above. */
export type InputPanelId = (typeof INPUT_PANELS)[number];
