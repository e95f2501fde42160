// Initial JavaScript per page, gzip: every script the built HTML references plus everything those
// scripts import statically (dynamic imports, such as the pdfmake chunk, load later and are listed
// apart). Reads dist/, so run `npm run build` first. Target: ≤ 60 KB gzip per page.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const name = "Omvang: initiële JavaScript per pagina (gzip)";

const dist = fileURLToPath(new URL("../../../dist/", import.meta.url));
const TARGET_KB = 60;
const PAGES = [
  "index.html",
  "gesprek/index.html",
  "gesprek/partnerschap/index.html",
  "gesprek/studenten/index.html",
  "gesprek/financiering/index.html",
  "resultaat/index.html",
  "voorstel/index.html",
  "presentatie/index.html",
  "kaarten/index.html",
];

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** Site paths of the scripts an HTML page references (module scripts and island URLs). */
function entryScripts(html: string): string[] {
  return [...new Set([...html.matchAll(/["'](\/[^"'\s]*?\.js)["']/g)].map((m) => m[1]!))];
}

function gz(path: string): number {
  return gzipSync(readFileSync(join(dist, path))).length;
}

/** The static import closure of the entry scripts, and the dynamic imports found on the way. */
function closure(entries: string[]): { files: Set<string>; lazy: Set<string> } {
  const files = new Set<string>();
  const lazy = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file) || !existsSync(join(dist, file))) continue;
    files.add(file);
    const code = readFileSync(join(dist, file), "utf8");
    for (const m of code.matchAll(STATIC_IMPORT)) todo.push(posix.join(dirname(file), m[1]!));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) lazy.add(posix.join(dirname(file), m[1]!));
  }
  for (const file of files) lazy.delete(file);
  return { files, lazy };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function run(): string[] {
  if (!existsSync(join(dist, "index.html"))) return ["dist/ ontbreekt: draai eerst npm run build"];
  const lines: string[] = [];
  const lazyAll = new Set<string>();
  for (const page of PAGES) {
    if (!existsSync(join(dist, page))) {
      lines.push(`${page}: ontbreekt in dist/`);
      continue;
    }
    const { files, lazy } = closure(entryScripts(readFileSync(join(dist, page), "utf8")));
    lazy.forEach((file) => lazyAll.add(file));
    const total = [...files].reduce((sum, file) => sum + gz(file), 0);
    const verdict = total <= TARGET_KB * 1024 ? "binnen doel" : "BOVEN DOEL";
    lines.push(`${page.padEnd(34)} ${kb(total).padStart(9)} in ${String(files.size).padStart(2)} bestanden  (${verdict} ≤ ${TARGET_KB} KB)`);
  }
  const lazyTotal = [...lazyAll].reduce((sum, file) => sum + gz(file), 0);
  lines.push(`later geladen (dynamische imports, o.a. pdfmake): ${kb(lazyTotal)} in ${lazyAll.size} bestanden`);
  const fonts = readdirSync(join(dist, "fonts")).filter((f) => f.endsWith(".ttf"));
  const fontBytes = fonts.reduce((sum, f) => sum + gz(`fonts/${f}`), 0);
  lines.push(`lettertypen voor de PDF (alleen bij een klik): ${kb(fontBytes)} gzip in ${fonts.length} bestanden`);
  return lines;
}
