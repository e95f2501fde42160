/**
 * Reading one card file (content/cards/*.mdx) outside Astro: the command line and the tests. The
 * frontmatter is cut the way Astro's content layer cuts it (a `---` block at the very start, after
 * an optional byte-order mark), read as YAML and checked by the same card schema the build uses,
 * so a card the build refuses is refused here too, with the file and the field named.
 */
import { parse } from "yaml";
import { formatPath } from "../engine/problems.ts";
import { type CardData, cardSchema } from "./cardSchema.ts";

/** A card file cut into its frontmatter (parsed YAML) and its MDX body. */
export interface CardText {
  frontmatter: unknown;
  body: string;
}

/** Cuts a card file; null when it has no frontmatter block. */
export function splitCardFile(text: string): CardText | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return null;
  return { frontmatter: parse(match[1] ?? ""), body: match[2] ?? "" };
}

/** The card data of one file, checked by the card schema; a bad card throws a Dutch message naming file and field. */
export function parseCardFile(file: string, text: string): CardData {
  let cut: CardText | null;
  try {
    cut = splitCardFile(text);
  } catch (error) {
    throw new Error(
      `content/cards: ${file} klopt niet: de kop (frontmatter) is geen geldige YAML (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`,
      { cause: error },
    );
  }
  if (cut === null)
    throw new Error(
      `content/cards: ${file} klopt niet: de kop (frontmatter) tussen twee regels --- ontbreekt`,
    );
  const parsed = cardSchema.safeParse(cut.frontmatter);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${formatPath(issue.path) || "(kop)"}: ${issue.message}`)
      .join("; ");
    throw new Error(`content/cards: ${file} klopt niet: ${detail}`);
  }
  return parsed.data;
}
