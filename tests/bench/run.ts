// `npm run bench`: runs every measurement section in tests/bench/sections/ and prints its lines.
// A section is a module exporting `name` and `run()` (lines, or a promise of them); add a file to add one.
// `npm run bench -- engine pdf` runs only the sections whose file name or `name` contains one of
// the words. Runs under Node's type stripping: erasable TypeScript, explicit .ts imports.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** What every section module exports. */
export interface BenchSection {
  /** Heading printed above the section's lines. */
  name: string;
  /** Measures and returns the lines to print (no trailing newlines). */
  run: () => string[] | Promise<string[]>;
}

const folder = new URL("./sections/", import.meta.url);
const filters = process.argv.slice(2).map((word) => word.toLowerCase());
const files = readdirSync(fileURLToPath(folder))
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .sort();

let failed = false;
for (const file of files) {
  const section = (await import(new URL(file, folder).href)) as Partial<BenchSection>;
  if (typeof section.name !== "string" || typeof section.run !== "function") {
    console.error(`${file}: geen meetsectie (verwacht export name en run)`);
    failed = true;
    continue;
  }
  const label = `${file} ${section.name}`.toLowerCase();
  if (filters.length > 0 && !filters.some((word) => label.includes(word))) continue;
  console.log(`\n## ${section.name}`);
  try {
    for (const line of await section.run()) console.log(line);
  } catch (error) {
    console.error(
      `${file}: meting mislukt: ${error instanceof Error ? error.message : String(error)}`,
    );
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
