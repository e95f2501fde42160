/** Problems that stop the engine, tied to the wizard step where the field is entered. */
import type { Problem, Session } from "../engine/index.ts";

/** A wizard step: slug (under /gesprek/) and its Dutch name. */
export interface StepRef {
  slug: string;
  label: string;
}

/** One problem as the results page lists it. */
export interface ProblemItem {
  /** Where, in words ("partners[2] (Pabo Elders).name"). */
  field: string;
  message: string;
  /** The step to fix it in; null when no step holds the field. */
  step: StepRef | null;
}

const STEPS: Record<string, StepRef> = {
  partnerschap: { slug: "partnerschap", label: "Ons partnerschap" },
  facilitering: { slug: "facilitering", label: "Facilitering" },
  studenten: { slug: "studenten", label: "Studenten" },
  kosten: { slug: "kosten", label: "Kosten" },
  financiering: { slug: "financiering", label: "Financiering en verdeling" },
  opbrengsten: { slug: "opbrengsten", label: "Opbrengsten" },
};

const BY_SEGMENT: Record<string, string> = {
  partners: "partnerschap",
  partnership: "partnerschap",
  years: "partnerschap",
  planYear: "partnerschap",
  categories: "facilitering",
  perSchool: "facilitering",
  rates: "facilitering",
  placements: "studenten",
  overhead: "kosten",
  fixedCosts: "kosten",
  regulation: "financiering",
  distribution: "financiering",
  otherIncome: "financiering",
  commitment: "financiering",
  benefits: "opbrengsten",
};

/** The step where the field at `path` is entered (regulation.counted → studenten). */
export function stepForPath(path: string): StepRef | null {
  if (path.startsWith("regulation.counted")) return STEPS.studenten!;
  if (/^partners\[\d+\]\.fixedCosts/.test(path)) return STEPS.kosten!;
  if (/^partners\[\d+\]\.commitment/.test(path)) return STEPS.financiering!;
  const first = /^[A-Za-z]+/.exec(path)?.[0] ?? "";
  const slug = BY_SEGMENT[first];
  return slug === undefined ? null : STEPS[slug]!;
}

/** Adds the name of the partner, category or placement an indexed path points at. */
function describePath(session: unknown, path: string): string {
  const m = /^(partners|categories|placements)\[(\d+)\]/.exec(path);
  if (!m || typeof session !== "object" || session === null) return path;
  const list = (session as Record<string, unknown>)[m[1]!];
  const item = Array.isArray(list)
    ? (list[Number(m[2])] as Record<string, unknown> | undefined)
    : undefined;
  if (!item) return path;
  const name =
    m[1] === "placements"
      ? [item.board, item.institute, item.category]
          .filter((v) => typeof v === "string" && v !== "")
          .join(" / ")
      : typeof item.name === "string" && item.name.trim() !== ""
        ? item.name
        : "";
  return name === "" ? path : `${m[0]} (${name})${path.slice(m[0].length)}`;
}

/** The problems of a session (or of what was read when it did not parse) as a list for people: field, message and the step to fix it. */
export function problemItems(session: unknown, problems: readonly Problem[]): ProblemItem[] {
  return problems.map((p) => ({
    field: p.path === "" ? "Het gesprek als geheel" : describePath(session, p.path),
    message: p.message,
    step: stepForPath(p.path),
  }));
}

/** True when nothing has been entered yet: no partners, categories or placements. */
export function isEmptySession(
  session: Pick<Session, "partners" | "categories" | "placements">,
): boolean {
  return (
    session.partners.length === 0 &&
    session.categories.length === 0 &&
    session.placements.length === 0
  );
}
