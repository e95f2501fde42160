/**
 * The session file (format `gesprekswijzer/1`): the one schema used by the browser, the
 * import/export and the command line. Every object is "loose": keys this version does not know
 * are kept on import and written back on export, so a later version's file survives a round trip.
 * Messages are Dutch and name the field path; see `validate.ts` for the rules that span fields.
 */
// zod/mini: the same validation as classic zod at a fraction of the bundle size (the schema
// ships in every page's initial JS).
import * as z from "zod/mini";

// No code generated at run time: zod would otherwise probe `new Function` on its first object parse,
// which the site's Content-Security-Policy (rightly) reports as a violation.
z.config({ jitless: true });
import {
  MAX_AMOUNT,
  MAX_ANSWERS,
  MAX_CATEGORIES,
  MAX_COUNT,
  MAX_ID_LENGTH,
  MAX_LINES,
  MAX_NAME_LENGTH,
  MAX_PARTNERS,
  MAX_PLACEMENTS,
  MAX_TEXT_LENGTH,
  MAX_YEARS,
  atMost,
  atMostChars,
  atMostItems,
} from "./limits.ts";
import { isSchoolYear } from "./schoolYear.ts";

import { BY_YEAR_KEYS, GRANTS, SESSION_FORMAT } from "./vocabulary.ts";
export {
  BY_YEAR_KEYS,
  GRANTS,
  ROLES,
  type Grant,
  type Role,
  SESSION_FORMAT,
} from "./vocabulary.ts";

const nonNegative = "mag niet negatief zijn";
/** A type error with its own message, except for a missing field, which says "ontbreekt". */
const wrong =
  (message: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? "ontbreekt" : message;
/** A fraction where a whole number belongs gets its own message; other wrong types get the map's. */
const wholeNumber = (issue: { input?: unknown }): string | undefined =>
  typeof issue.input === "number" && Number.isFinite(issue.input)
    ? "moet een geheel getal zijn"
    : undefined;

/** A finite amount, rate or hour figure, 0 to MAX_AMOUNT (zod rejects NaN and ±Infinity itself). */
export const amountSchema = z
  .number()
  .check(z.minimum(0, nonNegative), z.maximum(MAX_AMOUNT, atMost(MAX_AMOUNT)));
/** A whole count, 0 to MAX_COUNT (students, schools, groups). */
export const countSchema = z
  .int({ error: wholeNumber })
  .check(z.minimum(0, nonNegative), z.maximum(MAX_COUNT, atMost(MAX_COUNT)));
/** A name or label: text of at most MAX_NAME_LENGTH characters. */
const nameText = () =>
  z
    .string({ error: wrong("moet een tekst zijn") })
    .check(z.maxLength(MAX_NAME_LENGTH, atMostChars(MAX_NAME_LENGTH)));
/** Free text (answers, participants): at most MAX_TEXT_LENGTH characters. */
const freeText = () =>
  z
    .string({ error: wrong("moet een tekst zijn") })
    .check(z.maxLength(MAX_TEXT_LENGTH, atMostChars(MAX_TEXT_LENGTH)));
/** A list of at most `max` items. */
const listOf = <T extends z.core.SomeType>(item: T, max: number, what: string) =>
  z.array(item).check(z.maxLength(max, atMostItems(max, what)));
/** An id: 1 to MAX_ID_LENGTH characters. */
const idText = () =>
  z
    .string()
    .check(
      z.minLength(1, "mag niet leeg zijn"),
      z.maxLength(MAX_ID_LENGTH, atMostChars(MAX_ID_LENGTH)),
    );
/** A fraction between 0 and 1 inclusive. */
export const ratioSchema = z
  .number()
  .check(z.minimum(0, "moet tussen 0 en 1 liggen"), z.maximum(1, "moet tussen 0 en 1 liggen"));
/** A school year such as "2025-2026". */
export const schoolYearSchema = z
  .string()
  .check(z.refine(isSchoolYear, "is geen schooljaar (schrijf bijvoorbeeld 2025-2026)"));

/** Hours per role; a missing role counts 0. */
export const roleHoursSchema = z.looseObject({
  /** Werkplekbegeleider (mentor) hours. Default 0. */
  WPB: z.optional(amountSchema),
  /** Schoolopleider hours. Default 0. */
  SO: z.optional(amountSchema),
  /** Instituutsopleider hours. Default 0. */
  IO: z.optional(amountSchema),
});
export type RoleHours = z.infer<typeof roleHoursSchema>;

/** Hours per participating school: WPB and SO only, since per-school hours are the board's (§3.1). */
export const perSchoolSchema = z.looseObject({
  /** Werkplekbegeleider hours per school. Default 0. */
  WPB: z.optional(amountSchema),
  /** Schoolopleider hours per school. Default 0. */
  SO: z.optional(amountSchema),
  /** Refused: instituutsopleider hours belong to the institute, not to a school. */
  IO: z.optional(
    z.never({
      error:
        "uren per school gelden alleen voor WPB en SO: IO-uren horen bij de opleiding, niet bij een school",
    }),
  ),
});

/** A € amount per year with a label (overhead, fixed costs, other income, benefits). */
export const lineSchema = z.looseObject({
  /** What the amount is for, shown in tables and the PDF. */
  label: nameText(),
  /** € per year. */
  amount: amountSchema,
});
export type Line = z.infer<typeof lineSchema>;

/** Counts per school year; a year that is absent counts 0. */
export const countsByYearSchema = z.record(schoolYearSchema, countSchema);

/** The sectors a partnership can be in (po en vo samen is "po-vo"). */
export const SECTORS = ["po", "vo", "mbo", "po-vo"] as const;
export type Sector = (typeof SECTORS)[number];

const partnershipSchema = z.looseObject({
  /** Name of the partnership (opleidingsschool). */
  name: nameText(),
  /**
   * Sector: po, vo, mbo or po-vo. Default: not chosen yet (a new session asks for it first; the
   * engine never reads it, the rates and presets a step offers follow it).
   */
  sector: z.optional(z.enum(SECTORS, { error: wrong("kies po, vo, mbo of po-vo") })),
  /** The Onderwijsregio the partnership belongs to. Default "". */
  region: z._default(nameText(), ""),
});

/** Regulation values that change from a school year on (§3.3); only the keys given change. */
const regulationChangeSchema = z.strictObject(
  {
    /** Id of the shipped regulation record in force from this year. Default: unchanged. */
    id: z.optional(z.string({ error: wrong("moet een tekst zijn") })),
    /** € per year regardless of students (vaste voet) from this year. Default: unchanged. */
    base: z.optional(amountSchema),
    /** € per counted student from this year. Default: unchanged. */
    perStudent: z.optional(amountSchema),
    /** 0..1 from this year, below 1 once the national ceiling is reached. Default: unchanged. */
    ceilingFactor: z.optional(ratioSchema),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `hoort hier niet: een wijziging vanaf een schooljaar geeft alleen ${BY_YEAR_KEYS.join(", ")}`
        : issue.input === undefined
          ? "ontbreekt"
          : "moet een object zijn met id, base, perStudent of ceilingFactor",
  },
);
export type RegulationChange = z.infer<typeof regulationChangeSchema>;

const regulationSchema = z.looseObject({
  /** Optional id of a regulation record shipped in `content/regulations`. */
  id: z.optional(z.string()),
  /** € per year regardless of students (vaste voet). Default 0. */
  base: z._default(amountSchema, 0),
  /** € per counted student. */
  perStudent: amountSchema,
  /** 0..1, below 1 when the national ceiling is reached. Default 1. */
  ceilingFactor: z._default(ratioSchema, 1),
  /** Years between counting and paying (T-1 → 1). Default 1. */
  lag: z._default(countSchema.check(z.maximum(10, "mag hoogstens 10 zijn")), 1),
  /** schoolYear: S(Y) from C(Y − lag); calendarYear: 5/12 and 7/12 of two calendar-year grants. Default schoolYear. */
  grant: z._default(
    z.enum(GRANTS, {
      error: wrong("kies schoolYear (per schooljaar) of calendarYear (per kalenderjaar)"),
    }),
    "schoolYear",
  ),
  /** Actual DUO counts per school year; they replace the computed count. Default none. */
  counted: z._default(countsByYearSchema, {}),
  /** Values that change from a school year on (key: that school year), oldest applied first. Default none. */
  byYear: z.optional(z.record(schoolYearSchema, regulationChangeSchema)),
});

export const categorySchema = z.looseObject({
  /** Unique id, referred to by placements. */
  id: idText(),
  /** Name shown to people. */
  name: nameText(),
  /** Counts for the subsidy (when placed from a member institute at a member board). Required. */
  subsidised: z.boolean({ error: wrong("moet ja (true) of nee (false) zijn") }),
  /** Distribution weight per student. Default 1. */
  weight: z._default(amountSchema, 1),
  /** Hours per student per year, per role. Default none. */
  perStudent: z._default(roleHoursSchema, {}),
  /** Hours per group of students: `size` students per group, hours per role per group. */
  perGroup: z.optional(
    z.looseObject({
      /** Students per group, whole number ≥ 1. */
      size: z.int({ error: wholeNumber }).check(z.minimum(1, "moet minstens 1 zijn")),
      /** Hours per group, per role. */
      hours: z._default(roleHoursSchema, {}),
    }),
  ),
  /** Hours per stage day, per role, capped per student per year. */
  perDay: z.optional(
    z.looseObject({
      /** Hours per stage day, per role. */
      hours: z._default(roleHoursSchema, {}),
      /** Maximum hours per student per year, per role; a role without cap has none. */
      cap: z._default(roleHoursSchema, {}),
    }),
  ),
  /** € stage allowance per student per year, paid by the board. Default 0. */
  stipend: z._default(amountSchema, 0),
});
export type Category = z.infer<typeof categorySchema>;

const commitmentSchema = z.looseObject({
  /** Share of the partner's own costs it commits (0..1). */
  percent: z.optional(ratioSchema),
  /** € per year it commits (indexed like costs). */
  amount: z.optional(amountSchema),
});

const partnerSchema = z.looseObject({
  /** Unique id, referred to by placements. */
  id: idText(),
  /** Name shown to people. */
  name: nameText(),
  /** board (schoolbestuur) or institute (lerarenopleiding). */
  kind: z.enum(["board", "institute"], {
    error: wrong("kies board (schoolbestuur) of institute (opleiding)"),
  }),
  /** Partner in the partnership; false for a non-partner institute or a "schil" school. Default true. */
  member: z._default(z.boolean({ error: wrong("moet ja (true) of nee (false) zijn") }), true),
  /** Participating school locations (boards). Default 0. */
  schools: z._default(countSchema, 0),
  /** First school year of participation. Default: from the start. */
  joins: z.optional(schoolYearSchema),
  /** Hourly rates that replace the partnership's, per role. */
  rates: z.optional(roleHoursSchema),
  /** € per year at partner level. Default none. */
  fixedCosts: z._default(listOf(lineSchema, MAX_LINES, "kostenregels"), []),
  /** Own contribution the partner commits: a share of its costs or an amount. Default none. */
  commitment: z.optional(commitmentSchema),
});
export type Partner = z.infer<typeof partnerSchema>;

const placementSchema = z.looseObject({
  /** Id of the board (schoolbestuur) where the students are placed. */
  board: z.string({ error: wrong("moet de id van een schoolbestuur zijn") }),
  /** Id of the institute that sends the students. */
  institute: z.string({ error: wrong("moet de id van een opleiding zijn") }),
  /** Id of the student category. */
  category: z.string({ error: wrong("moet de id van een categorie zijn") }),
  /** Students per school year; absent years count 0. */
  students: z._default(countsByYearSchema, {}),
  /** Number of groups per school year, replacing ceil(students / group size). */
  groups: z.optional(countsByYearSchema),
  /** Stage days per student per year (for categories with hours per day). Default 0. */
  days: z._default(amountSchema, 0),
});
export type Placement = z.infer<typeof placementSchema>;

const distributionSchema = z.looseObject({
  /** How overhead is paid: deduct (first from income), fullRate (all to partners), topSlice. Default deduct. */
  overhead: z._default(
    z.enum(["deduct", "fullRate", "topSlice"], {
      error: wrong("kies deduct, fullRate of topSlice"),
    }),
    "deduct",
  ),
  /** € per weighted basis-year student kept for overhead (topSlice only). Default 0. */
  topSlice: z._default(amountSchema, 0),
  /** Counts that divide the pot: previous (T-1) or current. Default previous. */
  basis: z._default(
    z.enum(["previous", "current"], { error: wrong("kies previous of current") }),
    "previous",
  ),
  /** Split in proportion to students or to costs. Default students. */
  split: z._default(
    z.enum(["students", "costs"], { error: wrong("kies students of costs") }),
    "students",
  ),
  /** Share of the partners' pot for boards (split = students), 0..1. Default 1. */
  boardsShare: z._default(ratioSchema, 1),
});

const answerSchema = z.looseObject({
  /** Notities. */
  notes: z._default(freeText(), ""),
  /** Afspraken. */
  agreements: z._default(freeText(), ""),
  /** Open punten. */
  open: z._default(freeText(), ""),
  /** Wie de afspraken uitvoert (optional; the summary and proposal show it). */
  agreementsOwner: z.optional(nameText()),
  /** Wanneer de afspraken klaar zijn, as written (usually a date, yyyy-mm-dd); optional. */
  agreementsDue: z.optional(nameText()),
  /** Wie de open punten uitzoekt (optional). */
  openOwner: z.optional(nameText()),
  /** Wanneer de open punten uitgezocht zijn, as written (usually a date, yyyy-mm-dd); optional. */
  openDue: z.optional(nameText()),
});
export type Answer = z.infer<typeof answerSchema>;

/** The whole session file, before the rules that span fields (see `validate.ts`). */
export const sessionSchema = z.looseObject({
  /** Always "gesprekswijzer/1". */
  format: z.literal(SESSION_FORMAT, { error: `moet "${SESSION_FORMAT}" zijn` }),
  /** Who the partnership is. */
  partnership: partnershipSchema,
  /** Consecutive school years, oldest first. */
  years: z
    .array(schoolYearSchema)
    .check(
      z.minLength(1, "moet minstens één schooljaar bevatten"),
      z.maxLength(MAX_YEARS, atMostItems(MAX_YEARS, "schooljaren")),
    ),
  /** The year the proposal is about. Default years[1] or years[0]. */
  planYear: z.optional(schoolYearSchema),
  /** The subsidy regulation that applies. */
  regulation: regulationSchema,
  /** € per hour per role; all three roles are required. */
  rates: z.looseObject({ WPB: amountSchema, SO: amountSchema, IO: amountSchema }),
  /** Yearly increase of all cost amounts (0.03 = 3 %). Default 0. */
  indexation: z._default(amountSchema.check(z.maximum(1, "mag hoogstens 1 (100 %) zijn")), 0),
  /** Hours per participating school per year, WPB and SO only (a board's hours). Default none. */
  perSchool: z._default(perSchoolSchema, {}),
  /** Student categories, each with one facilitation norm. */
  categories: z._default(listOf(categorySchema, MAX_CATEGORIES, "categorieën"), []),
  /** Boards and institutes. */
  partners: z._default(listOf(partnerSchema, MAX_PARTNERS, "partners"), []),
  /** Students per board × institute × category × school year. */
  placements: z._default(listOf(placementSchema, MAX_PLACEMENTS, "plaatsingen"), []),
  /** € per year at partnership level. Default none. */
  overhead: z._default(listOf(lineSchema, MAX_LINES, "regels"), []),
  /** Other income, € per year. Default none. */
  otherIncome: z._default(listOf(lineSchema, MAX_LINES, "regels"), []),
  /** How the subsidy is divided. Default: deduct, previous, students, boards 100 %. */
  distribution: z._default(distributionSchema, {
    overhead: "deduct",
    topSlice: 0,
    basis: "previous",
    split: "students",
    boardsShare: 1,
  }),
  /** Benefits, € per year: shown, never netted against costs. Default none. */
  benefits: z._default(listOf(lineSchema, MAX_LINES, "regels"), []),
  /** The facilitation norm the partnership started from (written when a preset is applied). Optional. */
  norm: z.optional(
    z.looseObject({
      /** Id of a preset in content/presets, or "eigen" for the partnership's own norm. */
      id: nameText(),
      /** Name shown in the proposal, e.g. "OidS Twente po". */
      name: nameText(),
    }),
  ),
  /** The meeting itself: when and who took part (for the conversation summary). Optional. */
  meeting: z.optional(
    z.looseObject({
      /** Date of the conversation, free text or yyyy-mm-dd. */
      date: z.optional(nameText()),
      /** Who took part, free text (one name per line). */
      participants: z.optional(freeText()),
    }),
  ),
  /**
   * What the proposal needs besides the numbers: who asks and whom to call. Optional, and so is every
   * field (the documents fill in a default). `final` (the "definitief" mark) lives here too, read by
   * document/sessionData.ts isFinal, which tolerates any value a hand-edited file puts there.
   */
  proposal: z.optional(
    z.looseObject({
      /** The penvoerder: the partner that submits and receives the money (a name). Default: not named. */
      penvoerder: z.optional(z.string({ error: wrong("moet een tekst zijn") })),
      /** Contact person for the budget body: name, role, e-mail or phone. Default: not named. */
      contact: z.optional(z.string({ error: wrong("moet een tekst zijn") })),
      /** One paragraph in the partnership's own words: what the money is for. Default: a text from the figures. */
      introduction: z.optional(z.string({ error: wrong("moet een tekst zijn") })),
      /** Ids of the partners that submit the proposal. Default: every member partner. */
      submitters: z.optional(
        z.array(z.string({ error: wrong("moet een tekst zijn") }), {
          error: wrong("moet een lijst van partner-ids zijn"),
        }),
      ),
      /** Date the budget body decides (yyyy-mm-dd or free text). Default: left open on the decision block. */
      decisionDate: z.optional(z.string({ error: wrong("moet een tekst zijn") })),
    }),
  ),
  /** Conversation answers per question id. Default none. */
  answers: z._default(
    z
      .record(
        z.string().check(z.maxLength(MAX_ID_LENGTH, atMostChars(MAX_ID_LENGTH))),
        answerSchema,
      )
      .check(
        z.refine(
          (answers) => Object.keys(answers).length <= MAX_ANSWERS,
          atMostItems(MAX_ANSWERS, "vragen"),
        ),
      ),
    {},
  ),
});

/** A session after parsing: defaults filled in, unknown keys kept. */
export type Session = z.infer<typeof sessionSchema>;
/** A session as written in a file (defaults may be missing). */
export type SessionInput = z.input<typeof sessionSchema>;
