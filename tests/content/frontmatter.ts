/** Reads the card files the way the command line does (src/lib/cardFile.ts): YAML frontmatter + MDX body. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { splitCardFile } from "../../src/lib/cardFile.ts";

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
      const cut = splitCardFile(text);
      if (!cut) throw new Error(`${file}: geen frontmatter`);
      return { file, ...cut };
    });
}
