// The built site (dist/, made by `npm run build`, which `npm test` runs first) cites no source by
// line number or by the file name of our text copies: what a visitor reads, prints or downloads
// names title, publisher, year and section.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { lineCitations } from "../../src/lib/lineCitation.ts";

const DIST = join(import.meta.dirname, "../../dist");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(html|js|css|json|webmanifest|txt|xml)$/.test(name) ? [path] : [];
  });
}

test("dist/ has no line-number citations", () => {
  expect(existsSync(DIST), "dist/ ontbreekt: draai eerst npm run build").toBe(true);
  const found = files(DIST).flatMap((path) =>
    lineCitations(readFileSync(path, "utf8")).map((hit) => `${relative(DIST, path)}: ${hit}`),
  );
  expect(found).toEqual([]);
});
