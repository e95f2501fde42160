/**
 * The structured input panels a conversation card can show on its step, and what each panel
 * means for the conversation's state. A card names its panels in its frontmatter (`inputs`); the
 * content schema refuses any other id, so the build fails on a card that refers to an input that
 * does not exist. The stepper, the overview and "Controleer je antwoorden" derive everything they
 * say about inputs from the cards plus this registry; none keeps a list of its own.
 */
import { ROLES, type Session } from "../engine/index.ts";
import { ROLE_NAMES } from "./roleNames.ts";
import { ratesCheckOf, ratesMissing } from "./ratesCheck.ts";

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

/** What the registry knows about one panel. */
export interface InputPanel {
  /** Dutch name of the panel as "Controleer je antwoorden" lists it. */
  title: string;
  /** Session fields the panel writes (paths as in the session file); empty for a panel that only shows results. */
  edits: readonly string[];
  /** True when the session holds more than a new session's defaults for this panel (the step was worked on). */
  filled: (session: Session) => boolean;
  /**
   * What is still missing before the panel is complete, in Dutch, one phrase per item ("het aantal
   * scholen van Stichting Akker"). Absent for optional panels (nothing is ever missing there).
   */
  missing?: (session: Session) => string[];
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const boards = (s: Session) => s.partners.filter((p) => p.kind === "board");
const institutes = (s: Session) => s.partners.filter((p) => p.kind === "institute");
const nameOf = (name: string, fallback: string): string => name.trim() || fallback;
/** The distribution a new session starts with (newSession.ts); a change from it means someone chose. */
const DEFAULT_DISTRIBUTION = {
  overhead: "deduct",
  topSlice: 0,
  basis: "previous",
  split: "students",
  boardsShare: 1,
};
/**
 * The regulation record a new session starts with (NEW_SESSION_REGULATION in records/defaults.ts;
 * tests/stores/newSession.test.ts keeps the two equal). Not imported: that would put the record and
 * its schema on every page that shows the stepper.
 */
export const DEFAULT_REGULATION = "onderwijsregios-2025";

/** School years before the first one whose DUO count the subsidy of the first years rests on (T-1). */
export function countsNeeded(session: Session): string[] {
  const first = session.years[0];
  if (first === undefined) return [];
  const start = Number(first.slice(0, 4));
  // Under calendar-year grants the first year rests on two counts: Y − lag − 1 and Y − lag (§3.3).
  const back = session.regulation.lag + (session.regulation.grant === "calendarYear" ? 1 : 0);
  return Array.from({ length: back }, (_, i) => start - back + i).map((y) => `${y}-${y + 1}`);
}

/** The registry: every panel id with its title, the fields it edits and when it is complete. */
export const PANELS: Record<InputPanelId, InputPanel> = {
  profile: {
    title: "Profiel en gesprek",
    edits: [
      "partnership.name",
      "partnership.sector",
      "partnership.region",
      "years",
      "planYear",
      "meeting.date",
      "meeting.participants",
    ],
    filled: (s) =>
      s.partnership.sector !== undefined ||
      s.partnership.name.trim() !== "" ||
      s.partnership.region.trim() !== "" ||
      Boolean(s.meeting?.date || s.meeting?.participants),
    missing: (s) => [
      ...(s.partnership.sector === undefined ? ["de sector"] : []),
      ...(s.partnership.name.trim() === "" ? ["de naam van het partnerschap"] : []),
      ...(s.partnership.region.trim() === "" ? ["de Onderwijsregio"] : []),
      ...(s.meeting?.date ? [] : ["de datum van het gesprek"]),
    ],
  },
  partners: {
    title: "Partners",
    edits: ["partners[].name", "partners[].member", "partners[].schools", "partners[].joins"],
    filled: (s) => s.partners.length > 0,
    missing: (s) => [
      ...(boards(s).length === 0 ? ["minstens één schoolbestuur"] : []),
      ...(institutes(s).length === 0 ? ["minstens één opleiding"] : []),
      ...boards(s)
        .filter((p) => p.schools === 0)
        .map((p) => `het aantal scholen van ${nameOf(p.name, "een schoolbestuur")}`),
    ],
  },
  norm: {
    title: "Norm voor facilitering",
    edits: ["categories", "perSchool", "norm"],
    filled: (s) => s.categories.length > 0,
    missing: (s) => (s.categories.length === 0 ? ["een norm of eigen studentcategorieën"] : []),
  },
  facilitation: {
    title: "Studentcategorieën en uren",
    edits: ["categories[]", "perSchool"],
    filled: (s) => s.categories.length > 0 || Object.keys(s.perSchool).length > 0,
    missing: (s) => [
      ...(s.categories.length === 0 ? ["minstens één studentcategorie"] : []),
      ...s.categories
        .filter(
          (c) =>
            Object.values(c.perStudent).every((h) => h === 0) &&
            c.perGroup === undefined &&
            c.perDay === undefined,
        )
        .map((c) => `uren per student van ${nameOf(c.name, "een categorie")}`),
    ],
  },
  rates: {
    title: "Uurtarieven",
    edits: ["rates", "partners[].rates", "ratesCheck"],
    // A new session starts with every rate at 0 (newSession.ts): any rate entered means someone worked here.
    filled: (s) =>
      ratesMissing(s).length < ROLES.length || s.partners.some((p) => p.rates !== undefined),
    missing: (s) => [
      ...ratesMissing(s).map((role) => `het uurtarief van de ${ROLE_NAMES[role]}`),
      ...(ratesCheckOf(s).confirmed
        ? []
        : ["bevestiging dat de uurtarieven getoetst zijn aan de actuele GPL"]),
    ],
  },
  placements: {
    title: "Studenten per jaar",
    edits: ["placements[].students", "placements[].days", "placements[].groups"],
    filled: (s) => s.placements.length > 0,
    missing: (s) => {
      if (s.placements.length === 0) return ["studenten per schooljaar"];
      const plan = s.planYear ?? s.years[0] ?? "";
      return s.placements.some((p) => (p.students[plan] ?? 0) > 0)
        ? []
        : [`studenten in het planjaar ${plan}`];
    },
  },
  counted: {
    title: "Getelde studenten (DUO)",
    edits: ["regulation.counted"],
    filled: (s) => Object.keys(s.regulation.counted).length > 0,
    missing: (s) =>
      countsNeeded(s)
        .filter((year) => s.regulation.counted[year] === undefined)
        .map((year) => `de DUO-telling van ${year}`),
  },
  overhead: { title: "Overhead", edits: ["overhead"], filled: (s) => s.overhead.length > 0 },
  fixedCosts: {
    title: "Vaste kosten per partner",
    edits: ["partners[].fixedCosts"],
    filled: (s) => s.partners.some((p) => p.fixedCosts.length > 0),
  },
  regulation: {
    title: "Regeling",
    edits: [
      "regulation.id",
      "regulation.base",
      "regulation.perStudent",
      "regulation.ceilingFactor",
      "regulation.lag",
    ],
    filled: (s) => s.regulation.ceilingFactor !== 1 || s.regulation.id !== DEFAULT_REGULATION,
    missing: (s) =>
      s.regulation.perStudent > 0 || s.regulation.base > 0
        ? []
        : ["het bedrag per student van de regeling"],
  },
  distribution: {
    title: "Verdeling",
    edits: ["distribution"],
    filled: (s) => !sameJson(s.distribution, DEFAULT_DISTRIBUTION),
  },
  otherIncome: {
    title: "Overige inkomsten",
    edits: ["otherIncome"],
    filled: (s) => s.otherIncome.length > 0,
  },
  commitments: {
    title: "Toezeggingen",
    edits: ["partners[].commitment"],
    filled: (s) => s.partners.some((p) => p.commitment !== undefined),
  },
  growth: {
    title: "Groei",
    edits: ["partners[].joins", "indexation"],
    filled: (s) => s.partners.some((p) => p.joins !== undefined) || s.indexation !== 0,
  },
  // Shows which students do not count and what they cost; the flags behind it are edited on steps 1 and 4.
  nonSubsidised: { title: "Niet-gesubsidieerde studenten", edits: [], filled: () => false },
  benefits: { title: "Baten", edits: ["benefits"], filled: (s) => s.benefits.length > 0 },
  regionRequest: { title: "Vraag aan de Onderwijsregio", edits: [], filled: () => false },
  proposal: { title: "Voorstel", edits: [], filled: () => false },
};

/** True when the panel lets the user enter something (not only results). */
export function isInput(panel: InputPanelId): boolean {
  return PANELS[panel].edits.length > 0;
}

/** What is missing for a panel (empty for optional and result panels). */
export function panelMissing(panel: InputPanelId, session: Session): string[] {
  return PANELS[panel].missing?.(session) ?? [];
}

/**
 * The panel that edits the field at `path` ("placements[3].students.2025-2026", "rates.SO"), by
 * the registry's `edits`; undefined when no panel does. The first panel that claims a field wins.
 */
export function panelOfPath(path: string): InputPanelId | undefined {
  const plain = path.replace(/\[\d+\]/g, "[]");
  const claims = (field: string): boolean =>
    plain === field ||
    plain.startsWith(`${field}.`) ||
    plain.startsWith(`${field}[`) ||
    field.startsWith(`${plain}.`) ||
    field.startsWith(`${plain}[`);
  // Longest claim first: "partners[].fixedCosts" belongs to the fixed costs, not to "partners".
  const candidates = INPUT_PANELS.flatMap((panel) =>
    PANELS[panel].edits.filter(claims).map((field) => ({ panel, length: field.length })),
  );
  return candidates.sort((a, b) => b.length - a.length)[0]?.panel;
}
