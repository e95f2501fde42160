/** Actions on the partners, boards (schoolbesturen) and institutes (lerarenopleidingen): one exported function per change. */
import type { Partner, Role, Session } from "../../engine/index.ts";
import { uniqueId } from "../../lib/ids.ts";
import { sessionStore, updateSession } from "../session.ts";
import { positioned, recordRemoval, reinsert } from "../undo.ts";
import { isEmpty, withKey } from "./records.ts";

/** board or institute. */
export type PartnerKind = Partner["kind"];

/** Changes the partner `id` through `change` (nothing for an unknown id). */
function changePartner(id: string, change: (partner: Partner) => void): void {
  updateSession((draft) => {
    const partner = draft.partners.find((p) => p.id === id);
    if (partner) change(partner);
  });
}

/** Adds a partner with an id made from its name; returns the id. */
export function addPartner(kind: PartnerKind, name: string): string {
  const id = uniqueId(
    name,
    sessionStore.get().partners.map((p) => p.id),
    kind === "board" ? "bestuur" : "opleiding",
  );
  updateSession(
    (draft) =>
      void draft.partners.push({
        id,
        name: name.trim(),
        kind,
        member: true,
        schools: 0,
        fixedCosts: [],
      }),
  );
  return id;
}

/** Renames a partner; its id (and so its placements) stays. */
export function renamePartner(id: string, name: string): void {
  changePartner(id, (partner) => (partner.name = name));
}

/** How many placements use a partner (the undo notice counts them). */
export function placementsOfPartner(session: Session, id: string): number {
  return session.placements.filter((p) => p.board === id || p.institute === id).length;
}

/** Removes a partner and every placement it is in; `name` is how the undo notice names it. */
export function removePartner(id: string, name: string): void {
  const before = sessionStore.get();
  const [partner] = positioned(before.partners, (p) => p.id === id);
  if (!partner) return;
  const placements = positioned(before.placements, (p) => p.board === id || p.institute === id);
  updateSession((draft) => {
    draft.partners = draft.partners.filter((p) => p.id !== id);
    draft.placements = draft.placements.filter((p) => p.board !== id && p.institute !== id);
  });
  const extra =
    placements.length === 0
      ? ""
      : ` (met ${placements.length === 1 ? "1 plaatsing" : `${placements.length} plaatsingen`})`;
  recordRemoval(`${name} verwijderd${extra}`, (draft) => {
    if (!draft.partners.some((p) => p.id === id)) reinsert(draft.partners, partner[0], partner[1]);
    for (const [i, row] of placements) reinsert(draft.placements, i, row);
  });
}

/** Member of the partnership or not. */
export function setPartnerMember(id: string, member: boolean): void {
  changePartner(id, (partner) => (partner.member = member));
}

/** Number of participating schools (boards). */
export function setPartnerSchools(id: string, schools: number): void {
  changePartner(id, (partner) => (partner.schools = schools));
}

/** First school year of participation; undefined = from the start. */
export function setPartnerJoins(id: string, year: string | undefined): void {
  changePartner(id, (partner) => {
    if (year === undefined || year === "") delete partner.joins;
    else partner.joins = year;
  });
}

/** A partner's own hourly rate for a role; undefined removes the override. */
export function setPartnerRate(id: string, role: Role, rate: number | undefined): void {
  changePartner(id, (partner) => {
    const rates = withKey(partner.rates, role, rate);
    if (isEmpty(rates)) delete partner.rates;
    else partner.rates = rates;
  });
}
