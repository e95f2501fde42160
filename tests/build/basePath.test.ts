// The same site built for a sub-path (BASE_PATH=/gw/, as a static host under a folder would need):
// every internal link, script, style and font points below /gw/, and the pages work there in Chromium.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASTRO, type Site, astroEnv, openSite } from "../browser/harness.ts";

const root = new URL("../..", import.meta.url).pathname;
const BASE = "/gw/";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

describe(`site built under ${BASE}`, () => {
  let outDir: string;
  let site: Site;
  const failed: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "gw-base-"));
    execFileSync(process.execPath, [ASTRO, "build", "--outDir", outDir], {
      cwd: root,
      env: astroEnv({ BASE_PATH: BASE }),
      stdio: "ignore",
    });
    process.env.BASE_PATH = BASE; // astro preview reads the base from the config as well
    site = await openSite({ outDir });
    site.context.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
  }, 180_000);

  afterAll(async () => {
    delete process.env.BASE_PATH;
    await site?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it("writes only links below the base path into the HTML", () => {
    const outside: string[] = [];
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(file, "utf8");
      for (const match of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
        if (!match[1]!.startsWith(BASE)) outside.push(`${file.slice(outDir.length)}: ${match[1]}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it("serves the start page, a step and the results below the base path without a missing file", async () => {
    const page = await site.newPage();
    await page.goto(site.url("gw/"));
    await page.getByRole("button", { name: "po" }).click();
    // The example is checked by the schema, which loads on this click: wait until it is in.
    await page.getByText("Het voorbeeld po is geladen.").waitFor();
    await page.goto(site.url("gw/gesprek/kosten/"));
    expect(await page.locator("h1").textContent()).toContain("Kosten");
    const navTargets = await page
      .locator("header nav a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(navTargets.every((target) => target?.startsWith(BASE))).toBe(true);
    await page.goto(site.url("gw/resultaat/"));
    await page.getByText("€ 1.332.968").first().waitFor();
    expect(failed).toEqual([]);
    expect(site.consoleErrors).toEqual([]);
  });
});
