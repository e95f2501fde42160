/** Actions on the regulation, the counted DUO numbers, the distribution and the partners' commitments. */
import type { Session } from "../../engine/index.ts";
import { updateSession } from "../session.ts";
import { withKey } from "./records.ts";

/** A regulation record shipped in content/regulations/*.json (the fields the session takes). */
export interface RegulationRecord {
  id: string;
  base: number;
  perStudent: number;
  lag: number;
  /** How the record's regulation pays (per school year or per calendar year); kept when absent. */
  grant?: Session["regulation"]["grant"];
}

/** Takes base, amount per student, lag and grant mode from a shipped record; ceiling factor and counts stay. */
export function applyRegulation(record: RegulationRecord): void {
  updateSession((draft) => {
    draft.regulation.id = record.id;
    draft.regulation.base = record.base;
    draft.regulation.perStudent = record.perStudent;
    draft.regulation.lag = record.lag;
    if (record.grant !== undefined) draft.regulation.grant = record.grant;
  });
}

/** Which number of the regulation. */
export type RegulationField = "base" | "perStudent" | "ceilingFactor" | "lag";

/** Sets one number; changing base or amount per student makes the values the partnership's own (no record id). */
export function setRegulationField(field: RegulationField, value: number): void {
  updateSession((draft) => {
    draft.regulation[field] = value;
    if (field === "base" || field === "perStudent") delete draft.regulation.id;
  });
}

/** Switches to own values (keeps the numbers, drops the record id). */
export function useOwnRegulation(): void {
  updateSession((draft) => {
    delete draft.regulation.id;
  });
}

/** The counted DUO number of a school year; undefined removes it (the computed count applies). */
export function setCounted(year: string, count: number | undefined): void {
  updateSession((draft) => {
    draft.regulation.counted = withKey(draft.regulation.counted, year, count);
  });
}

/** The distribution settings. */
export type Distribution = Session["distribution"];

/** Sets one distribution setting. */
export function setDistribution<K extends keyof Distribution>(
  key: K,
  value: Distribution[K],
): void {
  updateSession((draft) => {
    draft.distribution[key] = value;
  });
}

/** A partner's commitment: nothing, a share of its own costs, or an amount per year. */
export type Commitment =
  { kind: "none" } | { kind: "percent"; value: number } | { kind: "amount"; value: number };

/** Reads a partner's commitment in the form the panel edits. */
export function commitmentOf(session: Session, partnerId: string): Commitment {
  const c = session.partners.find((p) => p.id === partnerId)?.commitment;
  if (c?.percent !== undefined) return { kind: "percent", value: c.percent };
  if (c?.amount !== undefined) return { kind: "amount", value: c.amount };
  return { kind: "none" };
}

/** Sets a partner's commitment (exactly one of percent or amount, or none). */
export function setCommitment(partnerId: string, commitment: Commitment): void {
  updateSession((draft) => {
    const partner = draft.partners.find((p) => p.id === partnerId);
    if (!partner) return;
    if (commitment.kind === "none") delete partner.commitment;
    else if (commitment.kind === "percent") partner.commitment = { percent: commitment.value };
    else partner.commitment = { amount: commitment.value };
  });
}
