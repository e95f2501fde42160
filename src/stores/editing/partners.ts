/** Actions on the partners: boards (schoolbesturen) and institutes (lerarenopleidingen). */
import type { Partner, Role, Session } from "../../engine/index.ts";
import { uniqueId } from "../../lib/ids.ts";
import { $session, updateSession } from "../session.ts";
import { positioned, recordRemoval, reinsert } from "../undo.ts";
import { isEmpty, withKey } from "./records.ts";

/** board or institute. */
export type PartnerKind = Partner["kind"];

/** Adds a partner with an id made from its name; returns the id. */
export function addPartnerDraft(draft: Session, kind: PartnerKind, name: string): string {
  const id = uniqueId(name, draft.partners.map((p) => p.id), kind === "board" ? "bestuur" : "opleiding");
  const partner: Partner = { id, name: name.trim(), kind, member: true, schools: 0, fixedCosts: [] };
  draft.partners.push(partner);
  return id;
}

/** Renames a partner; its id (and so its placements) stays. */
export function renamePartnerDraft(draft: Session, id: string, name: string): void {
  const partner = find(draft, id);
  if (partner) partner.name = name;
}

/** How many placements use a partner (shown in the confirmation before removing it). */
export function placementsOfPartner(session: Session, id: string): number {
  return session.placements.filter((p) => p.board === id || p.institute === id).length;
}

/** Removes a partner and every placement it is in. */
export function removePartnerDraft(draft: Session, id: string): void {
  draft.partners = draft.partners.filter((p) => p.id !== id);
  draft.placements = draft.placements.filter((p) => p.board !== id && p.institute !== id);
}

/** Member of the partnership or not. */
export function setPartnerMemberDraft(draft: Session, id: string, member: boolean): void {
  const partner = find(draft, id);
  if (partner) partner.member = member;
}

/** Number of participating schools (boards). */
export function setPartnerSchoolsDraft(draft: Session, id: string, schools: number): void {
  const partner = find(draft, id);
  if (partner) partner.schools = schools;
}

/** First school year of participation; undefined = from the start. */
export function setPartnerJoinsDraft(draft: Session, id: string, year: string | undefined): void {
  const partner = find(draft, id);
  if (!partner) return;
  if (year === undefined || year === "") delete partner.joins;
  else partner.joins = year;
}

/** A partner's own hourly rate for a role; undefined removes the override. */
export function setPartnerRateDraft(draft: Session, id: string, role: Role, rate: number | undefined): void {
  const partner = find(draft, id);
  if (!partner) return;
  const rates = withKey(partner.rates, role, rate);
  if (isEmpty(rates)) delete partner.rates;
  else partner.rates = rates;
}

function find(draft: Session, id: string): Partner | undefined {
  return draft.partners.find((p) => p.id === id);
}

/** Action: add a partner. */
export const addPartner = (kind: PartnerKind, name: string): void => updateSession((d) => void addPartnerDraft(d, kind, name));
/** Action: rename a partner. */
export const renamePartner = (id: string, name: string): void => updateSession((d) => renamePartnerDraft(d, id, name));
/** Action: remove a partner and its placements; `name` is how the undo notice names it. */
export function removePartner(id: string, name: string): void {
  const before = $session.get();
  const at = before.partners.findIndex((p) => p.id === id);
  if (at < 0) return;
  const [partner] = positioned(before.partners, (p) => p.id === id);
  const placements = positioned(before.placements, (p) => p.board === id || p.institute === id);
  updateSession((d) => removePartnerDraft(d, id));
  const extra = placements.length === 0 ? "" : ` (met ${placements.length === 1 ? "1 plaatsing" : `${placements.length} plaatsingen`})`;
  recordRemoval(`${name} verwijderd${extra}`, (d) => {
    if (partner && !d.partners.some((p) => p.id === id)) reinsert(d.partners, at, partner[1]);
    for (const [i, row] of placements) reinsert(d.placements, i, row);
  });
}
/** Action: member yes/no. */
export const setPartnerMember = (id: string, member: boolean): void => updateSession((d) => setPartnerMemberDraft(d, id, member));
/** Action: number of schools. */
export const setPartnerSchools = (id: string, schools: number): void => updateSession((d) => setPartnerSchoolsDraft(d, id, schools));
/** Action: joining year. */
export const setPartnerJoins = (id: string, year: string | undefined): void => updateSession((d) => setPartnerJoinsDraft(d, id, year));
/** Action: rate override. */
export const setPartnerRate = (id: string, role: Role, rate: number | undefined): void => updateSession((d) => setPartnerRateDraft(d, id, role, rate));
