// One way to read a card file outside Astro (command line, tests): every shipped card passes the
// build's schema, and a broken card is refused with the file and the field named.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCardFile, splitCardFile } from "../../src/lib/cardFile.ts";
import { loadCards } from "../../src/pdf/node/content.ts";

const CARDS = join(import.meta.dirname, "../../content/cards");
const files = readdirSync(CARDS)
  .filter((f) => f.endsWith(".mdx"))
  .sort();
const first = readFileSync(join(CARDS, files[0]!), "utf8");

describe("parseCardFile", () => {
  it.each(files)("%s passes the card schema", (file) => {
    expect(
      parseCardFile(file, readFileSync(join(CARDS, file), "utf8")).slug.length,
    ).toBeGreaterThan(0);
  });
  it.each([
    // a step that is not a number: the field is named
    {
      name: "wrong step",
      text: first.replace(/^step: .*$/m, "step: twee"),
      message: /^content\/cards: kapot\.mdx klopt niet: step: /,
    },
    // no frontmatter block at all
    {
      name: "no frontmatter",
      text: "# Alleen tekst\n",
      message:
        /^content\/cards: kapot\.mdx klopt niet: de kop \(frontmatter\) tussen twee regels --- ontbreekt$/,
    },
    // YAML that does not parse
    {
      name: "bad YAML",
      text: "---\ntitle: [open\n---\n",
      message:
        /^content\/cards: kapot\.mdx klopt niet: de kop \(frontmatter\) is geen geldige YAML/,
    },
  ])("$name is refused naming file and field", ({ text, message }) => {
    expect(() => parseCardFile("kapot.mdx", text)).toThrow(message);
  });
  it("reads a file saved with a byte-order mark and Windows line ends, as Astro does", () => {
    const cut = splitCardFile(`\uFEFF${first.replace(/\n/g, "\r\n")}`);
    expect(cut?.frontmatter).toEqual(splitCardFile(first)?.frontmatter);
  });
});

describe("loadCards (command line)", () => {
  it("returns every card in step order", async () => {
    const cards = await loadCards();
    expect(cards.map((c) => c.step)).toEqual(files.map((_, i) => i + 1));
  });
});
