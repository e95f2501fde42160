// Initial JavaScript of every built page, gzip, against its goal (the start page ≤ 30 KB, every
// other page ≤ 50 KB) and, while over it, its recorded ceiling (tests/bench/pageWeight.ts). Reads
// dist/, so run `npm run build` first. `BENCH_CHUNKS=1 npm run bench -- bundle` also lists each
// page's scripts, largest first: where to look when a page grows.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { budgetKb, builtPages, dist, goalKb, gz, pageWeight } from "../pageWeight.ts";

export const name = "Omvang: initiële JavaScript per pagina (gzip)";

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function run(): string[] {
  if (!existsSync(join(dist, "index.html"))) return ["dist/ ontbreekt: draai eerst npm run build"];
  const lines: string[] = [];
  const lazyAll = new Set<string>();
  for (const page of builtPages()) {
    const { bytes, files, lazy } = pageWeight(page);
    lazy.forEach((file) => lazyAll.add(file));
    const goal = goalKb(page);
    const budget = budgetKb(page);
    const verdict =
      bytes <= goal * 1024
        ? `binnen doel ≤ ${goal} KB`
        : bytes <= budget * 1024
          ? `boven doel ${goal} KB, onder plafond ${budget} KB`
          : `BOVEN PLAFOND ${budget} KB`;
    lines.push(
      `${page.padEnd(40)} ${kb(bytes).padStart(9)} in ${String(files.size).padStart(2)} bestanden  (${verdict})`,
    );
    if (process.env["BENCH_CHUNKS"])
      for (const file of [...files].sort((a, b) => gz(b) - gz(a)))
        lines.push(`    ${kb(gz(file)).padStart(9)}  ${file}`);
  }
  const lazyTotal = [...lazyAll].reduce((sum, file) => sum + gz(file), 0);
  lines.push(
    `later geladen (dynamische imports, o.a. pdfmake): ${kb(lazyTotal)} in ${lazyAll.size} bestanden`,
  );
  const fonts = readdirSync(join(dist, "fonts")).filter((f) => f.endsWith(".ttf"));
  const fontBytes = fonts.reduce((sum, f) => sum + gz(`fonts/${f}`), 0);
  lines.push(
    `lettertypen voor de PDF (alleen bij een klik): ${kb(fontBytes)} gzip in ${fonts.length} bestanden`,
  );
  return lines;
}
