/**
 * A session-file path in words a budget body reads: "placements[3].students.2026-2027" becomes
 * "Studenten Stichting Akker · Pabo Voorbeeld · Pabo voltijd, 2026-2027". The proposal's chapter
 * Alternatieven and the comparison page list changed inputs with it. A path this file does not
 * know keeps its technical spelling (with the item's name), so nothing is hidden.
 */
import type { Session } from "../engine/index.ts";
import { ROLES, type Role } from "../engine/vocabulary.ts";
import { ROLE_NAMES } from "../lib/roleNames.ts";
import { namedPath } from "./inputs.ts";

/** What each role's hours are counted per, in a category. */
const HOURS_PER = { perStudent: "per student", perGroup: "per groep", perDay: "per stagedag" };

/** `make(role)` for every role, keyed by `prefix` + role ("rates.WPB"). */
function perRole(prefix: string, make: (role: Role) => string): Record<string, string> {
  return Object.fromEntries(ROLES.map((role) => [`${prefix}${role}`, make(role)]));
}

/** Words for keys, per list or object the path starts in. */
const WORDS: Record<string, Record<string, string>> = {
  partnership: { name: "Naam van het partnerschap", region: "Onderwijsregio", sector: "Sector" },
  rates: perRole("", (role) => `Uurtarief ${ROLE_NAMES[role]}`),
  regulation: {
    id: "Regeling",
    base: "Regeling: basisbedrag",
    perStudent: "Regeling: bedrag per student",
    ceilingFactor: "Regeling: plafondfactor",
    lag: "Regeling: jaren tussen telling en geld",
    grant: "Regeling: toekenning per school- of kalenderjaar",
    counted: "Getelde studenten (DUO)",
  },
  distribution: {
    basis: "Verdeling: telling van welk jaar",
    split: "Verdeling: verdeelsleutel",
    overhead: "Verdeling: gezamenlijke kosten vooraf",
    topSlice: "Verdeling: bedrag dat vooraf apart gaat",
    boardsShare: "Verdeling: aandeel van de schoolbesturen",
  },
  perSchool: { WPB: "Uren per school: WPB", SO: "Uren per school: SO" },
  norm: { id: "Gekozen norm", name: "Naam van de norm" },
  category: {
    name: "naam",
    id: "code",
    subsidised: "telt voor de subsidie",
    weight: "weging",
    stipend: "stagevergoeding per student",
    ...Object.fromEntries(
      Object.entries(HOURS_PER).flatMap(([key, per]) =>
        ROLES.map((role) => [`${key}.${role}`, `uren ${role} ${per}`]),
      ),
    ),
  },
  partner: {
    name: "naam",
    id: "code",
    kind: "soort",
    member: "lid van het partnerschap",
    schools: "aantal scholen",
    joins: "doet mee vanaf",
    "commitment.percent": "toezegging (deel van de eigen kosten)",
    "commitment.amount": "toezegging (bedrag)",
    ...perRole("rates.", (role) => `eigen uurtarief ${role}`),
  },
};

/** The lists of cost and income lines, each line named by its label. */
const LINES: Record<string, string> = {
  overhead: "Gezamenlijke kosten",
  otherIncome: "Overige inkomsten",
  benefits: "Opbrengst",
};

/** The name of a list item, or its position when it has none; undefined when there is no such item. */
function itemName(list: readonly unknown[], index: number): string | undefined {
  if (index >= list.length) return undefined;
  const item = list[index];
  const named =
    typeof item === "object" && item !== null
      ? ((item as { name?: unknown; label?: unknown }).name ?? (item as { label?: unknown }).label)
      : undefined;
  return typeof named === "string" && named.trim() !== "" ? named.trim() : `nr. ${index + 1}`;
}

/** The partner or category with this id, by name; the id itself when no such item exists. */
function nameById(list: readonly { id: string; name: string }[], id: string): string {
  return list.find((x) => x.id === id)?.name ?? id;
}

/** "amount" or "label" of a cost line in words. */
function lineField(rest: string): string | undefined {
  if (rest === "amount") return "bedrag";
  if (rest === "label") return "omschrijving";
  return undefined;
}

/**
 * The path in words, read against the sessions it comes from (for the names of list items): an
 * item that exists only in the other session (a partner added there) is named from that one.
 */
export function inputLabel(path: string, session: Session, other?: Session): string {
  return (
    describe(session, path) ??
    (other === undefined ? undefined : describe(other, path)) ??
    namedPath(session, path)
  );
}

function describe(session: Session, path: string): string | undefined {
  if (path === "planYear") return "Planjaar";
  if (path === "indexation") return "Indexering per jaar";
  if (path === "format") return "Bestandsformaat";
  const years = /^years\[(\d+)\]$/.exec(path);
  if (years !== null) return `Schooljaren (${Number(years[1]) + 1}e jaar)`;

  const list = /^(\w+)\[(\d+)\]\.?(.*)$/.exec(path);
  if (list !== null) {
    const [, key, at, rest] = list as unknown as [string, string, string, string];
    const index = Number(at);
    if (key === "categories") {
      const name = itemName(session.categories, index);
      const field = WORDS.category![rest];
      return name && field && `Categorie ${name}: ${field}`;
    }
    if (key === "partners") {
      const name = itemName(session.partners, index);
      if (name === undefined) return undefined;
      const partner = `Partner ${name}`;
      const fixed = /^fixedCosts\[(\d+)\]\.(\w+)$/.exec(rest);
      if (fixed !== null) {
        const lines = session.partners[index]?.fixedCosts ?? [];
        const line = itemName(lines, Number(fixed[1]));
        const field = lineField(fixed[2]!);
        return line && field && `${partner}: vaste kosten "${line}", ${field}`;
      }
      const field = WORDS.partner![rest];
      return field && `${partner}: ${field}`;
    }
    if (key === "placements") {
      const row = session.placements[index];
      if (row === undefined) return undefined;
      const who = [
        nameById(session.partners, row.board),
        nameById(session.partners, row.institute),
        nameById(session.categories, row.category),
      ].join(" · ");
      const year = /^(students|groups)\.(\d{4}-\d{4})$/.exec(rest);
      if (year !== null)
        return `${year[1] === "students" ? "Studenten" : "Groepen"} ${who}, ${year[2]}`;
      if (rest === "days") return `Stagedagen ${who}`;
      return undefined;
    }
    const lines = LINES[key];
    if (lines !== undefined) {
      const items: unknown = (session as unknown as Record<string, unknown>)[key];
      const field = lineField(rest);
      const name = Array.isArray(items) ? itemName(items, index) : undefined;
      return name && field && `${lines} "${name}": ${field}`;
    }
    return undefined;
  }

  const dot = path.indexOf(".");
  if (dot < 0) return undefined;
  const head = path.slice(0, dot);
  const rest = path.slice(dot + 1);
  if (head === "regulation") {
    const counted = /^counted\.(\d{4}-\d{4})$/.exec(rest);
    if (counted !== null) return `Getelde studenten (DUO) ${counted[1]}`;
    const change = /^byYear\.(\d{4}-\d{4})\.(\w+)$/.exec(rest);
    if (change !== null) {
      const field = WORDS.regulation![change[2]!];
      return field?.replace("Regeling", `Regeling vanaf ${change[1]}`);
    }
  }
  return WORDS[head]?.[rest];
}
