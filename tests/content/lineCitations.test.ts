// No citation by line number or by the file name of our text copies of the sources: a reader has
// neither. Scans everything shipped as text: content/, src/ and the README (the built site is
// scanned in tests/build/citations.test.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { hasLineCitation, lineCitations } from "../../src/lib/lineCitation.ts";

const ROOT = join(import.meta.dirname, "../..");
const TEXT = /\.(ts|mjs|js|svelte|astro|mdx|md|json|css)$/;

/** All text files under `dir`, as paths relative to the project. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return TEXT.test(name) ? [relative(ROOT, path)] : [];
  });
}

// lineCitation.ts itself spells out the patterns it recognises.
const SHIPPED = [...files(join(ROOT, "content")), ...files(join(ROOT, "src")), "README.md"].filter(
  (f) => f !== join("src", "lib", "lineCitation.ts"),
);

describe("no line-number citations", () => {
  test.each(SHIPPED)("%s", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    const found = text
      .split("\n")
      .flatMap((line, i) => lineCitations(line).map((hit) => `${i + 1}: ${hit}`));
    expect(found).toEqual([]);
  });
});

describe("what counts as a line-number citation", () => {
  test.each([
    // the old card style
    ["r. 23", true],
    ["(000, r. 508)", true],
    ["regels 12-20", true],
    ["zie regel 4 van de notitie", true],
    // a seed file name
    ["003_df940ea58f0c35e5.txt", true],
    // a place in a JSON file the user opened is not a citation
    ["fout in regel 2, kolom 1", false],
    // a Staatscourant number, a section sign and an article are fine
    ["Staatscourant 2024, nr. 18763", false],
    ["§ 5.5 Financiën, tabel 5.3", false],
    ["artikel 9", false],
  ])("%s → %s", (text, expected) => {
    expect(hasLineCitation(text)).toBe(expected);
  });
});
