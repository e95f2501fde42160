/**
 * The session file (format `gesprekswijzer/1`): the one schema used by the browser, the
 * import/export and the command line. Every object is "loose": keys this version does not know
 * are kept on import and written back on export, so a later version's file survives a round trip.
 * Messages are Dutch and name the field path; see `validate.ts` for the rules that span fields.
 */
import { z } from "zod";
import { isSchoolYear } from "./schoolYear.ts";

/** The format marker a session file must carry. */
export const SESSION_FORMAT = "gesprekswijzer/1";

/** The three roles whose hours are costed. */
export const ROLES = ["WPB", "SO", "IO"] as const;
export type Role = (typeof ROLES)[number];

const nonNegative = "mag niet negatief zijn";

/** A finite amount, rate or hour figure ≥ 0 (zod rejects NaN and ±Infinity itself). */
export const amountSchema = z.number().min(0, nonNegative);
/** A whole count ≥ 0 (students, schools, groups). */
export const countSchema = z.number().int("moet een geheel getal zijn").min(0, nonNegative);
/** A fraction between 0 and 1 inclusive. */
export const ratioSchema = z
  .number()
  .min(0, "moet tussen 0 en 1 liggen")
  .max(1, "moet tussen 0 en 1 liggen");
/** A school year such as "2025-2026". */
export const schoolYearSchema = z
  .string()
  .refine(isSchoolYear, { message: "is geen schooljaar (schrijf bijvoorbeeld 2025-2026)" });

/** Hours per role; a missing role counts 0. */
export const roleHoursSchema = z.looseObject({
  /** Werkplekbegeleider (mentor) hours. Default 0. */
  WPB: amountSchema.optional(),
  /** Schoolopleider hours. Default 0. */
  SO: amountSchema.optional(),
  /** Instituutsopleider hours. Default 0. */
  IO: amountSchema.optional(),
});
export type RoleHours = z.infer<typeof roleHoursSchema>;

/** A € amount per year with a label (overhead, fixed costs, other income, benefits). */
export const lineSchema = z.looseObject({
  /** What the amount is for, shown in tables and the PDF. */
  label: z.string({ error: "moet een tekst zijn" }),
  /** € per year. */
  amount: amountSchema,
});
export type Line = z.infer<typeof lineSchema>;

/** Counts per school year; a year that is absent counts 0. */
export const countsByYearSchema = z.record(schoolYearSchema, countSchema);

const partnershipSchema = z.looseObject({
  /** Name of the partnership (opleidingsschool). */
  name: z.string({ error: "moet een tekst zijn" }),
  /** Sector: po, vo, mbo or po-vo. */
  sector: z.enum(["po", "vo", "mbo", "po-vo"], { error: "kies po, vo, mbo of po-vo" }),
  /** The Onderwijsregio the partnership belongs to. Default "". */
  region: z.string({ error: "moet een tekst zijn" }).default(""),
});

const regulationSchema = z.looseObject({
  /** Optional id of a regulation record shipped in `content/regulations`. */
  id: z.string().optional(),
  /** € per year regardless of students (vaste voet). Default 0. */
  base: amountSchema.default(0),
  /** € per counted student. */
  perStudent: amountSchema,
  /** 0..1, below 1 when the national ceiling is reached. Default 1. */
  ceilingFactor: ratioSchema.default(1),
  /** Years between counting and paying (T-1 → 1). Default 1. */
  lag: countSchema.max(10, "mag hoogstens 10 zijn").default(1),
  /** Actual DUO counts per school year; they replace the computed count. Default none. */
  counted: countsByYearSchema.default({}),
});

const categorySchema = z.looseObject({
  /** Unique id, referred to by placements. */
  id: z.string().min(1, "mag niet leeg zijn"),
  /** Name shown to people. */
  name: z.string({ error: "moet een tekst zijn" }),
  /** Counts for the subsidy (when placed from a member institute at a member board). Required. */
  subsidised: z.boolean({ error: "moet ja (true) of nee (false) zijn" }),
  /** Distribution weight per student. Default 1. */
  weight: amountSchema.default(1),
  /** Hours per student per year, per role. Default none. */
  perStudent: roleHoursSchema.default({}),
  /** Hours per group of students: `size` students per group, hours per role per group. */
  perGroup: z
    .looseObject({
      /** Students per group, whole number ≥ 1. */
      size: z.number().int("moet een geheel getal zijn").min(1, "moet minstens 1 zijn"),
      /** Hours per group, per role. */
      hours: roleHoursSchema.default({}),
    })
    .optional(),
  /** Hours per stage day, per role, capped per student per year. */
  perDay: z
    .looseObject({
      /** Hours per stage day, per role. */
      hours: roleHoursSchema.default({}),
      /** Maximum hours per student per year, per role; a role without cap has none. */
      cap: roleHoursSchema.default({}),
    })
    .optional(),
  /** € stage allowance per student per year, paid by the board. Default 0. */
  stipend: amountSchema.default(0),
});
export type Category = z.infer<typeof categorySchema>;

const commitmentSchema = z.looseObject({
  /** Share of the partner's own costs it commits (0..1). */
  percent: ratioSchema.optional(),
  /** € per year it commits (indexed like costs). */
  amount: amountSchema.optional(),
});

const partnerSchema = z.looseObject({
  /** Unique id, referred to by placements. */
  id: z.string().min(1, "mag niet leeg zijn"),
  /** Name shown to people. */
  name: z.string({ error: "moet een tekst zijn" }),
  /** board (schoolbestuur) or institute (lerarenopleiding). */
  kind: z.enum(["board", "institute"], { error: "kies board (schoolbestuur) of institute (opleiding)" }),
  /** Partner in the partnership; false for a non-partner institute or a "schil" school. Default true. */
  member: z.boolean({ error: "moet ja (true) of nee (false) zijn" }).default(true),
  /** Participating school locations (boards). Default 0. */
  schools: countSchema.default(0),
  /** First school year of participation. Default: from the start. */
  joins: schoolYearSchema.optional(),
  /** Hourly rates that replace the partnership's, per role. */
  rates: roleHoursSchema.optional(),
  /** € per year at partner level. Default none. */
  fixedCosts: z.array(lineSchema).default([]),
  /** Own contribution the partner commits: a share of its costs or an amount. Default none. */
  commitment: commitmentSchema.optional(),
});
export type Partner = z.infer<typeof partnerSchema>;

const placementSchema = z.looseObject({
  /** Id of the board (schoolbestuur) where the students are placed. */
  board: z.string({ error: "moet de id van een schoolbestuur zijn" }),
  /** Id of the institute that sends the students. */
  institute: z.string({ error: "moet de id van een opleiding zijn" }),
  /** Id of the student category. */
  category: z.string({ error: "moet de id van een categorie zijn" }),
  /** Students per school year; absent years count 0. */
  students: countsByYearSchema.default({}),
  /** Number of groups per school year, replacing ceil(students / group size). */
  groups: countsByYearSchema.optional(),
  /** Stage days per student per year (for categories with hours per day). Default 0. */
  days: amountSchema.default(0),
});
export type Placement = z.infer<typeof placementSchema>;

const distributionSchema = z.looseObject({
  /** How overhead is paid: deduct (first from income), fullRate (all to partners), topSlice. Default deduct. */
  overhead: z.enum(["deduct", "fullRate", "topSlice"], { error: "kies deduct, fullRate of topSlice" }).default("deduct"),
  /** € per weighted basis-year student kept for overhead (topSlice only). Default 0. */
  topSlice: amountSchema.default(0),
  /** Counts that divide the pot: previous (T-1) or current. Default previous. */
  basis: z.enum(["previous", "current"], { error: "kies previous of current" }).default("previous"),
  /** Split in proportion to students or to costs. Default students. */
  split: z.enum(["students", "costs"], { error: "kies students of costs" }).default("students"),
  /** Share of the partners' pot for boards (split = students), 0..1. Default 1. */
  boardsShare: ratioSchema.default(1),
});

const answerSchema = z.looseObject({
  /** Notities. */
  notes: z.string({ error: "moet een tekst zijn" }).default(""),
  /** Afspraken. */
  agreements: z.string({ error: "moet een tekst zijn" }).default(""),
  /** Open punten. */
  open: z.string({ error: "moet een tekst zijn" }).default(""),
});
export type Answer = z.infer<typeof answerSchema>;

/** The whole session file, before the rules that span fields (see `validate.ts`). */
export const sessionSchema = z.looseObject({
  /** Always "gesprekswijzer/1". */
  format: z.literal(SESSION_FORMAT, { error: `moet "${SESSION_FORMAT}" zijn` }),
  /** Who the partnership is. */
  partnership: partnershipSchema,
  /** Consecutive school years, oldest first. */
  years: z.array(schoolYearSchema).min(1, "moet minstens één schooljaar bevatten").max(30, "mag hoogstens 30 schooljaren bevatten"),
  /** The year the proposal is about. Default years[1] or years[0]. */
  planYear: schoolYearSchema.optional(),
  /** The subsidy regulation that applies. */
  regulation: regulationSchema,
  /** € per hour per role; all three roles are required. */
  rates: z.looseObject({ WPB: amountSchema, SO: amountSchema, IO: amountSchema }),
  /** Yearly increase of all cost amounts (0.03 = 3 %). Default 0. */
  indexation: amountSchema.max(1, "mag hoogstens 1 (100 %) zijn").default(0),
  /** Hours per participating school per year, per role (boards only). Default none. */
  perSchool: roleHoursSchema.default({}),
  /** Student categories, each with one facilitation norm. */
  categories: z.array(categorySchema).default([]),
  /** Boards and institutes. */
  partners: z.array(partnerSchema).default([]),
  /** Students per board × institute × category × school year. */
  placements: z.array(placementSchema).default([]),
  /** € per year at partnership level. Default none. */
  overhead: z.array(lineSchema).default([]),
  /** Other income, € per year. Default none. */
  otherIncome: z.array(lineSchema).default([]),
  /** How the subsidy is divided. Default: deduct, previous, students, boards 100 %. */
  distribution: distributionSchema.default({
    overhead: "deduct",
    topSlice: 0,
    basis: "previous",
    split: "students",
    boardsShare: 1,
  }),
  /** Benefits, € per year: shown, never netted against costs. Default none. */
  benefits: z.array(lineSchema).default([]),
  /** The meeting itself: when and who took part (for the conversation summary). Optional. */
  meeting: z
    .looseObject({
      /** Date of the conversation, free text or yyyy-mm-dd. */
      date: z.string({ error: "moet een tekst zijn" }).optional(),
      /** Who took part, free text (one name per line). */
      participants: z.string({ error: "moet een tekst zijn" }).optional(),
    })
    .optional(),
  /** Conversation answers per question id. Default none. */
  answers: z.record(z.string(), answerSchema).default({}),
});

/** A session after parsing: defaults filled in, unknown keys kept. */
export type Session = z.infer<typeof sessionSchema>;
/** A session as written in a file (defaults may be missing). */
export type SessionInput = z.input<typeof sessionSchema>;
