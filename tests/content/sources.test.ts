// Every fact the product ships has a source a reader can find, and every source has a year (or says
// "ongedateerd" and why): the cards' facts and questions, and the shipped records (regulations,
// presets, rates). The second half shows that these checks do fail on a fact without a source or a
// source without a year.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  cardSchema,
  factSchema,
  sourceDocSchema,
  sourceRefSchema,
  sourcesSchema,
} from "../../src/lib/cardSchema.ts";
import { SOURCES } from "../../src/lib/cards.ts";
import { readCardFiles } from "./frontmatter.ts";

const CONTENT = join(import.meta.dirname, "../../content");

/** The JSON records of one content folder, with their file names. */
function records(folder: string): [string, Record<string, unknown>][] {
  const dir = join(CONTENT, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => [
      `${folder}/${name}`,
      JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, unknown>,
    ]);
}

/** Problems with one source reference: unknown document, no section, or a document without a year. */
function refProblems(where: string, ref: unknown): string[] {
  const parsed = sourceRefSchema.safeParse(ref);
  if (!parsed.success)
    return [`${where}: bron klopt niet (${parsed.error.issues.map((i) => i.message).join("; ")})`];
  const doc = SOURCES[parsed.data.doc];
  if (doc === undefined)
    return [`${where}: document ${parsed.data.doc} staat niet in content/sources.json`];
  if (doc.year === undefined) return [`${where}: document ${parsed.data.doc} heeft geen jaar`];
  return [];
}

describe("content/sources.json", () => {
  test("every document has a year or 'ongedateerd', and says why when it is not dated", () => {
    expect(
      sourcesSchema.safeParse(JSON.parse(readFileSync(join(CONTENT, "sources.json"), "utf8"))).error
        ?.issues ?? [],
    ).toEqual([]);
    for (const doc of Object.values(SOURCES)) {
      expect(Number.isInteger(doc.year) || doc.year === "ongedateerd").toBe(true);
      if (doc.year === "ongedateerd" || doc.circa)
        expect(doc.dating?.length ?? 0).toBeGreaterThan(20);
    }
  });
});

describe("cards", () => {
  test.each(readCardFiles().map((file) => [file.file, file] as const))(
    "%s: every fact and question has a source with a year",
    (_name, file) => {
      const card = cardSchema.parse(file.frontmatter);
      const problems = [
        ...card.facts.flatMap((fact, i) => refProblems(`feit ${i + 1}`, fact.source)),
        ...card.questions.flatMap((q) => refProblems(`vraag ${q.id}`, q.source)),
      ];
      expect(problems).toEqual([]);
    },
  );
});

describe.each(["regulations", "presets", "rates"])("content/%s", (folder) => {
  test.each(records(folder))("%s cites at least one source, each with a year", (_name, record) => {
    const sources = record.sources;
    expect(Array.isArray(sources) && sources.length > 0).toBe(true);
    expect((sources as unknown[]).flatMap((s, i) => refProblems(`bron ${i + 1}`, s))).toEqual([]);
  });
});

describe("the checks fail where they should", () => {
  test.each([
    // a fact without a source
    [{ text: "Een feit zonder bron." }],
    // a fact whose source has no section
    [{ text: "Een feit zonder vindplaats.", source: { doc: "000" } }],
    // a fact cited by a line of our text copy
    [{ text: "Een feit met een regelnummer.", source: { doc: "000", section: "r. 12-20" } }],
  ])("fact %o is refused", (fact) => {
    expect(factSchema.safeParse(fact).success).toBe(false);
  });

  test.each([
    // a document without a year
    [{ title: "Notitie", kind: "notitie", publisher: "Platform", short: "Platform" }],
    // not dated, and no word on why
    [
      {
        title: "Notitie",
        kind: "notitie",
        publisher: "Platform",
        short: "Platform",
        year: "ongedateerd",
      },
    ],
    // a derived year ("ca.") without the reason
    [
      {
        title: "Notitie",
        kind: "notitie",
        publisher: "Platform",
        short: "Platform",
        year: 2022,
        circa: true,
      },
    ],
  ])("source document %o is refused", (doc) => {
    expect(sourceDocSchema.safeParse(doc).success).toBe(false);
  });

  test("a record source pointing at a document that does not exist is named", () => {
    expect(refProblems("bron 1", { doc: "999", section: "Baten" })).toEqual([
      "bron 1: document 999 staat niet in content/sources.json",
    ]);
  });
});
