/**
 * The content collection: the conversation cards (MDX, one per step). The shipped data records
 * (regulations, facilitation presets, rate defaults) are plain JSON read by src/components/records/;
 * every default carries its source. The schemas live in src/lib/cardSchema.ts so tests can use them without Astro; the cross-card
 * checks (unique question ids, existing `related` ids and sources, steps 1..n) run in
 * loadCards() of src/lib/cards.ts.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { cardSchema } from "./lib/cardSchema.ts";

export { cardSchema, questionSchema, sourceRefSchema, factSchema } from "./lib/cardSchema.ts";

export const collections = {
  cards: defineCollection({
    loader: glob({ pattern: "*.mdx", base: "./content/cards" }),
    schema: cardSchema,
  }),
};
