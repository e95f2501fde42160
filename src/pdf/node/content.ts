/**
 * Node only: the card data and shipped records the documents need, read from content/ without
 * astro:content (the command line and tests run outside Astro).
 */
import { readFile, readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCardFile } from "../../lib/cardFile.ts";
import type { CardData } from "../../lib/cardSchema.ts";
import { assertValidCards } from "../../lib/cards.ts";
import { parseRecords } from "../../lib/records/parse.ts";
import type { RecordKind } from "../../lib/records/schemas.ts";
import { sortCards } from "../../lib/deck.ts";
import type { DocCard, DocRecord, DocRecords } from "../../document/types.ts";

/** The project's content folder. */
export const CONTENT_DIR = fileURLToPath(new URL("../../../content/", import.meta.url));

async function listFiles(dir: string, ext: string): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/**
 * The conversation cards from content/cards/*.mdx, in step order, each checked by the build's own
 * card schema and all of them by the build's cross-card checks: a card the build would refuse
 * stops the command with the file and the field named, as it stops the build.
 */
export async function loadCards(dir = join(CONTENT_DIR, "cards")): Promise<DocCard[]> {
  const cards: CardData[] = [];
  for (const file of await listFiles(dir, ".mdx"))
    cards.push(parseCardFile(basename(file), await readFile(file, "utf8")));
  assertValidCards(cards);
  return sortCards(cards);
}

/** The records of one kind, checked by the same schema the site uses (a bad file stops the command). */
async function loadRecords(root: string, kind: RecordKind): Promise<DocRecord[]> {
  const files: Record<string, unknown> = {};
  for (const file of await listFiles(join(root, kind), ".json"))
    files[basename(file)] = JSON.parse(await readFile(file, "utf8"));
  return parseRecords(kind, files);
}

/** The regulation, rate and preset records shipped in content/. */
export async function loadDocRecords(root = CONTENT_DIR): Promise<DocRecords> {
  return {
    regulations: await loadRecords(root, "regulations"),
    rates: await loadRecords(root, "rates"),
    presets: await loadRecords(root, "presets"),
  };
}
