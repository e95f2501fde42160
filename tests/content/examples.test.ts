// content/examples/index.json lists the built-in worked examples; each entry points at a valid session.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parseSession } from "../../src/engine/index.ts";

const DIR = join(import.meta.dirname, "../../content/examples");
const index = JSON.parse(readFileSync(join(DIR, "index.json"), "utf8")) as {
  id: string;
  file: string;
  title: string;
  description: string;
  sector: string;
  year: number;
  note: string;
}[];

test("the index lists the po and the vo example", () => {
  expect(index.map((entry) => entry.id)).toEqual(["po", "vo"]);
});

test.each(index.map((entry) => [entry.file, entry] as const))(
  "%s is a valid session of the sector it claims",
  (_file, entry) => {
    const outcome = parseSession(JSON.parse(readFileSync(join(DIR, entry.file), "utf8")));
    expect(outcome.ok ? [] : outcome.problems).toEqual([]);
    if (outcome.ok) expect(outcome.session.partnership.sector).toBe(entry.sector);
    // Says it is invented, and which year its figures are from.
    expect(entry.note).toMatch(/^Verzonnen rekenvoorbeeld/);
    expect(entry.note).toContain(String(entry.year));
    expect(entry.title.length).toBeGreaterThan(5);
    expect(entry.description.length).toBeGreaterThan(20);
  },
);
