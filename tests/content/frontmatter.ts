/** Reads the card files the way the build does, without Astro: YAML frontmatter + MDX body. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export const CARDS_DIR = join(import.meta.dirname, "../../content/cards");

/** One card file split into its parsed frontmatter and its body text. */
export interface CardFile {
  file: string;
  frontmatter: unknown;
  body: string;
}

/** All content/cards/*.mdx files, in file-name order. */
export function readCardFiles(): CardFile[] {
  return readdirSync(CARDS_DIR)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(CARDS_DIR, file), "utf8");
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file}: geen frontmatter`);
      return { file, frontmatter: parse(match[1] ?? ""), body: match[2] ?? "" };
    });
}
