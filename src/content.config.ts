/**
 * Content collections: the conversation cards (MDX, one per step) and the shipped data records
 * (regulations, facilitation presets, rate defaults, examples). Every default carries its source.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { INPUT_PANELS } from "./lib/inputPanels.ts";

/** Where a statement comes from: a document of content/sources.json and a place in it. */
export const sourceRefSchema = z.object({
  /** Key of a document in content/sources.json (e.g. "000" for the note on growth and finance). */
  doc: z.string(),
  /** Lines or page, e.g. "r. 79-90" or "p. 12". */
  ref: z.string(),
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
  facts: z
    .array(z.object({ text: z.string(), source: sourceRefSchema, year: z.number().int().optional() }))
    .default([]),
});

export const collections = {
  cards: defineCollection({ loader: glob({ pattern: "*.mdx", base: "./content/cards" }), schema: cardSchema }),
};
