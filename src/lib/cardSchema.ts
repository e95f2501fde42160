/**
 * The zod schemas of the conversation cards and of content/sources.json. They live apart from
 * src/content.config.ts (which imports astro:content) so that unit tests can validate the card
 * files without Astro.
 */
import { z } from "astro/zod";
import { INPUT_PANELS } from "./inputPanels.ts";
import { hasLineCitation } from "./lineCitation.ts";

/** Where a statement comes from: a document of content/sources.json and the place a reader finds it. */
export const sourceRefSchema = z.object({
  /** Key of a document in content/sources.json (e.g. "000" for the note on growth and finance). */
  doc: z
    .string()
    .regex(/^\d{3}$/, "moet een documentnummer uit content/sources.json zijn, bijvoorbeeld 000"),
  /** Heading, table, appendix or article as printed in the document ("bijlage 1, Haagse afspraak"); never a line number of a text copy. */
  section: z
    .string()
    .min(1)
    .refine(
      (text) => !hasLineCitation(text),
      "noem de kop, tabel of het artikel, geen regelnummer",
    ),
});

/** One question of a card; its id is the key of its answers in the session file. */
export const questionSchema = z.object({
  /** Unique over all cards, stable (answers are stored under it). Lower case, dashes. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The question in Dutch, in our own words. */
  text: z.string().min(10),
  /** Optional short help under the question. */
  help: z.string().optional(),
  /** Where the question comes from. */
  source: sourceRefSchema,
});

/** A fact or figure that gives context on a card, with its source and the year it applies to. */
export const factSchema = z.object({
  /** The statement in Dutch, in our own words, saying no more and no less than the source. */
  text: z.string().min(10),
  /** Where a reader finds it. Required: a card has no fact without a source. */
  source: sourceRefSchema,
  /** Year the figures are about, when it differs from the source's own year. Default: the source's year. */
  year: z.number().int().optional(),
});

/** A conversation card: one step of the wizard. */
export const cardSchema = z.object({
  /** Position in the conversation, 1..12, unique. */
  step: z.number().int().min(1),
  /** URL part: /gesprek/<slug>/. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Step title (short, Dutch). */
  title: z.string(),
  /** One sentence on what this step is about. */
  summary: z.string(),
  /** Structured input panels shown on this step (see src/lib/inputPanels.ts). Default none. */
  inputs: z.array(z.enum(INPUT_PANELS)).default([]),
  /** The questions of this theme. */
  questions: z.array(questionSchema).min(1),
  /** Question ids of other cards this card refers back to (must exist). Default none. */
  related: z.array(z.string()).default([]),
  /** Facts and figures that give context, each with its source and year. Default none. */
  facts: z.array(factSchema).default([]),
});

/** One source document of content/sources.json. */
export const sourceDocSchema = z
  .object({
    /** Dutch title as printed on the document. */
    title: z.string().min(1),
    /** Optional line under the title: what the document is. */
    subtitle: z.string().optional(),
    /** notitie, gesprekskaart, praktijkvoorbeeld, onderzoeksrapport… */
    kind: z.string().min(1),
    publisher: z.string().min(1),
    /** Short publisher name used in labels, e.g. "Platform SO&P". */
    short: z.string().min(1),
    /** Year of publication, or "ongedateerd" when the document carries no date and none can be derived. */
    year: z.union([z.number().int().min(2000).max(2100), z.literal("ongedateerd")]),
    /** True when the year is derived from the content, not printed on the document: shown as "ca. 2022". Default false. */
    circa: z.boolean().default(false),
    /** How the year was established; required when it is "ca." or "ongedateerd". */
    dating: z.string().optional(),
    /** Public address of the document, when it has a stable one. */
    url: z.url().optional(),
  })
  .refine((doc) => doc.dating !== undefined || (doc.year !== "ongedateerd" && !doc.circa), {
    message: "een document zonder datum (ca. of ongedateerd) moet in 'dating' zeggen waarom",
    path: ["dating"],
  });

/** content/sources.json: document key ("000"…) → document. */
export const sourcesSchema = z.record(z.string().regex(/^\d{3}$/), sourceDocSchema);

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Fact = z.infer<typeof factSchema>;
/** A card's frontmatter after parsing (defaults applied). */
export type CardData = z.infer<typeof cardSchema>;
export type SourceDoc = z.infer<typeof sourceDocSchema>;
export type Sources = z.infer<typeof sourcesSchema>;
