/**
 * Reading a session: JSON text or a value → a checked `Session` with defaults, or every problem
 * found, in Dutch, with the path of the field. Nothing here throws for bad input.
 */
import type * as z from "zod/mini";
import { dutchErrorMap } from "./zodMessages.ts";
import { type Problem, formatPath } from "./problems.ts";
import { type Session, SESSION_FORMAT, sessionSchema } from "./schema.ts";
import { shiftYear } from "./schoolYear.ts";
import { nameKey } from "./nameKey.ts";

export { nameKey } from "./nameKey.ts";
export { planYearOf } from "./planYear.ts";

/** The outcome of reading a session: the session, or the problems (never both). */
export type ParseOutcome =
  | { readonly ok: true; readonly session: Session }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Parses JSON text (a file's content) into a session. */
export function parseSessionText(text: string): ParseOutcome {
  // Editors on Windows often save a byte-order mark in front; JSON.parse would refuse the file.
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "")
    return fail([{ path: "", message: "Het bestand is leeg: er staat geen JSON in." }]);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return fail([{ path: "", message: jsonErrorMessage(error) }]);
  }
  const outcome = parseSession(data);
  if (!outcome.ok) return outcome;
  const rows = duplicateRowProblems(outcome.session);
  return rows.length > 0 ? fail(rows) : outcome;
}

/**
 * Two placement rows for the same board, institute and category. The engine adds them up, but in a
 * file nobody can tell which row is which (the student step shows them as one), so a file with
 * them is refused with both rows named; code that builds sessions (tests, scenarios) may use them.
 */
export function duplicateRowProblems(session: Session): Problem[] {
  const problems: Problem[] = [];
  const rows = new Map<string, number>();
  session.placements.forEach((placement, i) => {
    const row = JSON.stringify([placement.board, placement.institute, placement.category]);
    const earlier = rows.get(row);
    if (earlier === undefined) rows.set(row, i);
    else {
      problems.push({
        path: `placements[${i}]`,
        message: `is dezelfde combinatie van bestuur "${placement.board}", opleiding "${placement.institute}" en categorie "${placement.category}" als placements[${earlier}]; voeg de twee rijen samen tot één`,
      });
    }
  });
  return problems;
}

/** The parser's complaint in Dutch: its own text is English, but the line and column help. */
function jsonErrorMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const at = /line (\d+) column (\d+)/i.exec(detail);
  if (at !== null)
    return `Het bestand is geen geldige JSON: fout in regel ${at[1]}, kolom ${at[2]}.`;
  if (/end of (JSON )?(input|data)/i.test(detail))
    return "Het bestand is geen geldige JSON: het houdt halverwege op.";
  return "Het bestand is geen geldige JSON.";
}

/** Checks a value against the session schema and the rules that span fields. */
export function parseSession(data: unknown): ParseOutcome {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail([
      { path: "", message: "Het bestand bevat geen gesprekssessie (verwacht een JSON-object)." },
    ]);
  }
  const format = (data as { format?: unknown }).format;
  if (format !== SESSION_FORMAT) {
    const found = format === undefined ? "ontbreekt" : `gevonden: ${JSON.stringify(format)}`;
    return fail([
      {
        path: "format",
        message: `dit is geen sessiebestand van Gesprekswijzer in formaat "${SESSION_FORMAT}" (${found})`,
      },
    ]);
  }
  const parsed = sessionSchema.safeParse(data, { error: dutchErrorMap });
  if (!parsed.success) {
    return fail(parsed.error.issues.flatMap(problemsOf));
  }
  const problems = crossFieldProblems(parsed.data);
  return problems.length > 0 ? fail(problems) : { ok: true, session: parsed.data };
}

/** One problem per zod issue; a key that does not belong somewhere gets its own path (`regulation.byYear.2025-2026.lag`). */
function problemsOf(issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: issue.message,
    }));
  }
  return [{ path: formatPath(issue.path), message: issue.message }];
}

function fail(problems: Problem[]): ParseOutcome {
  return { ok: false, problems };
}

/** The rules of §2 that a per-field schema cannot see: order of years, ids and references. */
function crossFieldProblems(session: Session): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string): void => {
    problems.push({ path, message });
  };

  session.years.forEach((year, i) => {
    const expected = shiftYear(session.years[0]!, i);
    if (i > 0 && year !== expected) {
      add(
        `years[${i}]`,
        `moet ${expected} zijn: de schooljaren moeten zonder gat op elkaar volgen, oudste eerst`,
      );
    }
  });
  if (session.planYear !== undefined && !session.years.includes(session.planYear)) {
    add(
      "planYear",
      `${session.planYear} hoort niet bij de schooljaren van het gesprek (${session.years.join(", ")})`,
    );
  }

  const partnerKinds = new Map<string, "board" | "institute">();
  session.partners.forEach((partner, i) => {
    const earlier = session.partners.findIndex((p) => p.id === partner.id);
    if (earlier !== i)
      add(
        `partners[${i}].id`,
        `"${partner.id}" komt al voor bij partners[${earlier}]; elke partner heeft een eigen id`,
      );
    else partnerKinds.set(partner.id, partner.kind);
    const commitment = partner.commitment;
    if (commitment !== undefined) {
      const hasPercent = commitment.percent !== undefined;
      const hasAmount = commitment.amount !== undefined;
      if (hasPercent === hasAmount) {
        add(
          `partners[${i}].commitment`,
          hasPercent
            ? "geef óf een percentage (percent) óf een bedrag (amount), niet allebei"
            : "geef een percentage (percent) of een bedrag (amount)",
        );
      }
    }
  });

  sameNames(session.partners, "partners", "partner", add);
  sameNames(session.categories, "categories", "categorie", add);

  const categoryIds = new Set<string>();
  session.categories.forEach((category, i) => {
    if (categoryIds.has(category.id)) {
      add(
        `categories[${i}].id`,
        `"${category.id}" komt al voor; elke categorie heeft een eigen id`,
      );
    }
    categoryIds.add(category.id);
  });

  session.placements.forEach((placement, i) => {
    const checkPartner = (field: "board" | "institute", label: string): void => {
      const kind = partnerKinds.get(placement[field]);
      if (kind === undefined)
        add(`placements[${i}].${field}`, `"${placement[field]}" is geen bekende partner`);
      else if (kind !== field)
        add(`placements[${i}].${field}`, `"${placement[field]}" is geen ${label}`);
    };
    checkPartner("board", "schoolbestuur");
    checkPartner("institute", "lerarenopleiding");
    if (!categoryIds.has(placement.category)) {
      add(`placements[${i}].category`, `"${placement.category}" is geen bekende studentcategorie`);
    }
  });
  return problems;
}

/** A problem for every item whose (non-empty) name an earlier item already has. */
function sameNames(
  items: readonly { name: string }[],
  list: string,
  what: string,
  add: (path: string, message: string) => void,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const key = nameKey(item.name);
    if (key === "") return;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, i);
    else
      add(
        `${list}[${i}].name`,
        `"${item.name}" is ook de naam van ${list}[${earlier}]; geef elke ${what} een eigen naam`,
      );
  });
}
