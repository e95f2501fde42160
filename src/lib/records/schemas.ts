/**
 * The shipped data records under content/ (regulations, facilitation presets, rate defaults): one
 * zod schema each, used by the site, the command line and the tests through `parseRecords`. Every
 * default the product ships carries its source and year in the record itself.
 */
import * as z from "zod/mini";
import {
  GRANTS,
  SECTORS,
  amountSchema,
  categorySchema,
  countSchema,
  perSchoolSchema,
  schoolYearSchema,
} from "../../engine/schema.ts";

/** Where a shipped figure comes from, as a reader finds it (the same shape as a card's source, src/lib/cardSchema.ts). */
export const recordSourceSchema = z.object({
  /** Key of the document in content/sources.json. */
  doc: z
    .string()
    .check(
      z.regex(/^\d{3}$/, "moet een documentnummer uit content/sources.json zijn, bijvoorbeeld 000"),
    ),
  /** Heading, table or article as printed in the document; never a line number. */
  section: z.string().check(z.minLength(1)),
});
export type RecordSource = z.infer<typeof recordSourceSchema>;

/** A subsidy regulation (content/regulations/*.json): the values a session's `regulation` takes from it. */
export const regulationRecordSchema = z.looseObject({
  /** Stable id, written into the session as `regulation.id` or a `byYear` entry's `id`. */
  id: z.string().check(z.minLength(1)),
  /** Name shown in the subsidy step, the results and the proposal. */
  name: z.string().check(z.minLength(1)),
  /** € per year regardless of students (vaste voet). */
  base: amountSchema,
  /** € per counted student. */
  perStudent: amountSchema,
  /** Years between counting and paying (1 = T-1). */
  lag: countSchema,
  /** schoolYear (one grant per school year) or calendarYear (per calendar year, §3.3 of the cost model). */
  grant: z.enum(GRANTS),
  /** The school years whose values the sources state; using the record for a later year is an assumption. */
  sourcedFor: z.object({ from: schoolYearSchema, to: schoolYearSchema }),
  /** Which count the grant rests on, in words. */
  counts: z.optional(z.string()),
  /** The years the regulation is for, in words (e.g. "2025"). */
  years: z.optional(z.string()),
  /** One or two sentences for the person choosing it. */
  note: z.optional(z.string()),
  /** Where the figures come from. */
  sources: z.array(recordSourceSchema).check(z.minLength(1)),
});
export type RegulationRecord = z.infer<typeof regulationRecordSchema>;

/** A facilitation preset (content/presets/*.json): an example norm from one region, not a national norm. */
export const presetSchema = z.looseObject({
  /** Stable id, written into the session as `norm.id`. */
  id: z.string().check(z.minLength(1)),
  /** Name shown in the norm step and the proposal. */
  name: z.string().check(z.minLength(1)),
  /** Sector the example comes from (po, vo …). */
  sector: z.optional(z.string()),
  /** Region the example comes from. */
  region: z.optional(z.string()),
  /** What the preset is, in one or two sentences. */
  note: z.optional(z.string()),
  /** Choices the preset makes where its source is silent. */
  assumptions: z.optional(z.array(z.string())),
  /** Year of the source. */
  year: z.optional(z.union([z.number(), z.string()])),
  /** Where the hours come from. */
  sources: z.array(recordSourceSchema).check(z.minLength(1)),
  /** The categories with their hours, as a session holds them. */
  categories: z.array(categorySchema),
  /** Hours per participating school (WPB and SO). Default none. */
  perSchool: z._default(perSchoolSchema, {}),
});
export type PresetRecord = z.infer<typeof presetSchema>;

/** A default for the hourly rates (content/rates/*.json): an assumption the user must confirm. */
export const rateRecordSchema = z.looseObject({
  /** Stable id. */
  id: z.string().check(z.minLength(1)),
  /** Name shown next to the rates. */
  name: z.string().check(z.minLength(1)),
  /** Hours of a full-time year the GPL is divided by (normjaartaak). */
  hoursPerYear: amountSchema,
  /** The published GPL range the rates come from, € per year. */
  gpl: z.optional(z.looseObject({ low: amountSchema, high: amountSchema })),
  /** € per hour per role. */
  rates: z.looseObject({ WPB: amountSchema, SO: amountSchema, IO: amountSchema }),
  /** Why these are an assumption, and what the user should do. */
  note: z.optional(z.string()),
  /** The sector whose salary costs these are; the rates step offers the record only to a session of that sector. Default: none (offered to no one). */
  sector: z.optional(z.enum(SECTORS)),
  /** Where the figures come from. */
  sources: z.array(recordSourceSchema).check(z.minLength(1)),
});
export type RateRecord = z.infer<typeof rateRecordSchema>;

/** The three kinds of shipped record. */
export const RECORD_SCHEMAS = {
  regulations: regulationRecordSchema,
  presets: presetSchema,
  rates: rateRecordSchema,
} as const;
export type RecordKind = keyof typeof RECORD_SCHEMAS;
