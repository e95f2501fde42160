/** Actions on the partnership profile, the school years and the meeting. */
import { type Sector, type Session, yearRange } from "../../engine/index.ts";
import { updateSession } from "../session.ts";

/** The sectors a partnership can choose (po, vo, mbo, po-vo). */
export type { Sector };
/** Which text field of the profile. */
export type ProfileField = "name" | "region";

/** Sets the partnership's name or region. */
export function setProfileTextDraft(draft: Session, field: ProfileField, text: string): void {
  draft.partnership[field] = text;
}

/** Sets the sector. */
export function setSectorDraft(draft: Session, sector: Sector): void {
  draft.partnership.sector = sector;
}

/**
 * Sets the school years: `count` consecutive years from `first`. The plan year stays when it is
 * still inside, otherwise it becomes the second year (or the only one). Counts of years that fall
 * out are kept in the file (the engine ignores them with a warning), so nothing typed is lost.
 */
export function setYearsDraft(draft: Session, first: string, count: number): void {
  const years = yearRange(first, Math.min(30, Math.max(1, Math.floor(count))));
  draft.years = years;
  if (draft.planYear === undefined || !years.includes(draft.planYear)) draft.planYear = years[1] ?? years[0]!;
}

/** Sets the plan year (must be one of the session's years). */
export function setPlanYearDraft(draft: Session, year: string): void {
  if (draft.years.includes(year)) draft.planYear = year;
}

/** Sets the meeting date or the participants (free text). */
export function setMeetingDraft(draft: Session, field: "date" | "participants", text: string): void {
  draft.meeting = { ...draft.meeting, [field]: text };
}

/** Action: partnership name or region. */
export const setProfileText = (field: ProfileField, text: string): void => updateSession((d) => setProfileTextDraft(d, field, text));
/** Action: sector. */
export const setSector = (sector: Sector): void => updateSession((d) => setSectorDraft(d, sector));
/** Action: school years. */
export const setYears = (first: string, count: number): void => updateSession((d) => setYearsDraft(d, first, count));
/** Action: plan year. */
export const setPlanYear = (year: string): void => updateSession((d) => setPlanYearDraft(d, year));
/** Action: meeting date or participants. */
export const setMeeting = (field: "date" | "participants", text: string): void => updateSession((d) => setMeetingDraft(d, field, text));
