/** What the input panels share: readable names for ids, the plan-year result and role labels. */
import type { Partner, Placement, Role, Session, YearResult } from "../../engine/index.ts";
import type { ResultState } from "../../stores/result.ts";
import { notCountableCauses } from "../../report/countable.ts";

/** Dutch names of the roles, short and long. */
export const ROLE_LABELS: Record<Role, { short: string; long: string }> = {
  WPB: { short: "WPB", long: "werkplekbegeleider (WPB)" },
  SO: { short: "SO", long: "schoolopleider (SO)" },
  IO: { short: "IO", long: "instituutsopleider (IO)" },
};

/** The name of a partner, or a readable stand-in when it has none. */
export function partnerName(session: Session, id: string): string {
  const partner = session.partners.find((p) => p.id === id);
  if (!partner) return `onbekende partner (${id})`;
  return partner.name.trim() || PARTNER_WORDS[partner.kind].standIn;
}

/** True when another record already has this name (trimmed, any case): the lists could not tell them apart. */
export function nameInUse(
  records: readonly { id: string; name: string }[],
  name: string,
  except?: string,
): boolean {
  const wanted = name.trim().toLocaleLowerCase("nl");
  return (
    wanted !== "" &&
    records.some((r) => r.id !== except && r.name.trim().toLocaleLowerCase("nl") === wanted)
  );
}

/** How a name field speaks of its record: "dit bestuur", "partner", "bestuur zonder naam". */
export interface NameWords {
  /** The record itself, in a sentence: "dit bestuur", "deze categorie". */
  self: string;
  /** What else may not share the name: "partner", "categorie". */
  kind: string;
  /** The stand-in shown for an empty name. */
  standIn: string;
}

/** How the category name fields speak. */
export const CATEGORY_WORDS: NameWords = {
  self: "deze categorie",
  kind: "categorie",
  standIn: "categorie zonder naam",
};

/** How the partner name fields speak, per kind. */
export const PARTNER_WORDS: Record<Partner["kind"], NameWords> = {
  board: { self: "dit bestuur", kind: "partner", standIn: "bestuur zonder naam" },
  institute: { self: "deze opleiding", kind: "partner", standIn: "opleiding zonder naam" },
};

/** The message at a name field: empty (for an existing record, `except`), or already in use; undefined when fine. */
export function nameProblem(
  records: readonly { id: string; name: string }[],
  name: string,
  words: NameWords,
  except?: string,
): string | undefined {
  if (except !== undefined && name.trim() === "")
    return `Vul een naam in; zonder naam heet ${words.self} overal "${words.standIn}".`;
  if (nameInUse(records, name, except))
    return `Er is al een ${words.kind} met de naam "${name.trim()}". Kies een naam die de twee uit elkaar houdt.`;
  return undefined;
}

/** The name of a category, or a readable stand-in. */
export function categoryName(session: Session, id: string): string {
  const category = session.categories.find((c) => c.id === id);
  if (!category) return `onbekende categorie (${id})`;
  return category.name.trim() || CATEGORY_WORDS.standIn;
}

/** "Stichting Akker – Pabo Voorbeeld – Pabo voltijd": the accessible name of a placement row. */
export function placementLabel(
  session: Session,
  row: Placement,
  names: (id: string) => string = (id) => partnerName(session, id),
): string {
  return `${names(row.board)} – ${names(row.institute)} – ${categoryName(session, row.category)}`;
}

/** `placementLabel` of every row, looking each partner up once: a 600-row grid relabels on every keystroke. */
export function placementLabels(session: Session): string[] {
  const known = new Map<string, string>();
  const names = (id: string): string => {
    const name = known.get(id) ?? partnerName(session, id);
    known.set(id, name);
    return name;
  };
  return session.placements.map((row) => placementLabel(session, row, names));
}

/** The result of one year, or null while the engine cannot run. */
export function yearResult(state: ResultState, year: string | undefined): YearResult | null {
  if (!state.ok) return null;
  return state.result.years.find((y) => y.year === (year ?? state.planYear)) ?? null;
}

/** Why a placement does not count for the subsidy (empty when it does), in Dutch. */
export function notCountableReasons(session: Session, row: Placement): string[] {
  const causes = notCountableCauses(session, row);
  if (causes === null) return [];
  const reasons: string[] = [];
  if (causes.board) reasons.push("het bestuur is geen lid van het partnerschap");
  if (causes.institute) reasons.push("de opleiding is geen partner");
  if (causes.category) reasons.push("de categorie telt niet mee voor de subsidie");
  return reasons;
}
