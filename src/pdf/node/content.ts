/**
 * Node only: the card data and shipped records the documents need, read from content/ without
 * astro:content (the command line and tests run outside Astro).
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { DocCard, DocRecord, DocRecords } from "../types.ts";

/** The project's content folder. */
export const CONTENT_DIR = fileURLToPath(new URL("../../../content/", import.meta.url));

async function listFiles(dir: string, ext: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** The frontmatter of an MDX file, or null when it has none. */
export function frontmatter(text: string): unknown {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m ? parse(m[1] ?? "") : null;
}

function asCard(data: unknown): DocCard | null {
  if (typeof data !== "object" || data === null) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.step !== "number" || typeof d.title !== "string" || !Array.isArray(d.questions)) return null;
  const questions = d.questions
    .filter((q): q is { id: string; text: string } => typeof q === "object" && q !== null && typeof (q as { id?: unknown }).id === "string" && typeof (q as { text?: unknown }).text === "string")
    .map((q) => ({ id: q.id, text: q.text }));
  const inputs = Array.isArray(d.inputs) ? d.inputs.filter((i): i is string => typeof i === "string") : [];
  return { step: d.step, slug: typeof d.slug === "string" ? d.slug : String(d.step), title: d.title, inputs, questions };
}

/** The conversation cards from content/cards/*.mdx, in step order. */
export async function loadCards(dir = join(CONTENT_DIR, "cards")): Promise<DocCard[]> {
  const cards: DocCard[] = [];
  for (const file of await listFiles(dir, ".mdx")) {
    const card = asCard(frontmatter(await readFile(file, "utf8")));
    if (card !== null) cards.push(card);
  }
  return cards.sort((a, b) => a.step - b.step);
}

async function loadRecords(dir: string): Promise<DocRecord[]> {
  const out: DocRecord[] = [];
  for (const file of await listFiles(dir, ".json")) {
    const data = JSON.parse(await readFile(file, "utf8")) as DocRecord;
    if (typeof data.id === "string" && typeof data.name === "string") out.push(data);
  }
  return out;
}

/** The regulation, rate and preset records shipped in content/. */
export async function loadDocRecords(root = CONTENT_DIR): Promise<DocRecords> {
  return {
    regulations: await loadRecords(join(root, "regulations")),
    rates: await loadRecords(join(root, "rates")),
    presets: await loadRecords(join(root, "presets")),
  };
}
