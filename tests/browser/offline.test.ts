// Offline: after one visit the service worker has cached the whole site (pages, scripts, styles,
// the PDF fonts), so it reloads and works with the network off; a new version waits for the
// user's "herladen" instead of switching mid-session.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, openSite } from "./harness.ts";

const dist = new URL("../../dist/", import.meta.url).pathname;

/** The URLs the built worker precaches. */
function precacheOf(folder: string): string[] {
  const source = readFileSync(join(folder, "sw.js"), "utf8");
  return JSON.parse(/const PRECACHE = (\[.*\]);/.exec(source)?.[1] ?? "[]") as string[];
}

/** True when the folder holds one whole build: its worker lists exactly the cacheable files. */
function consistent(folder: string): boolean {
  if (!existsSync(join(folder, "sw.js"))) return false;
  const listed = new Set(precacheOf(folder));
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() && /\.(html|js|css|ttf)$/.test(entry.name) && entry.name !== "sw.js",
    )
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
  const urls = new Set(files.map((file) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`));
  const wanted = [...listed].filter((url) => /(\.(html|js|css|ttf)|\/)$/.test(url));
  return urls.size === wanted.length && wanted.every((url) => urls.has(url));
}

/** Copies dist/ to `folder`, again if a build elsewhere was half-way (dist/ is shared while tests run). */
async function copyBuild(folder: string): Promise<void> {
  for (let attempt = 0; attempt < 30; attempt++) {
    rmSync(folder, { recursive: true, force: true });
    cpSync(dist, folder, { recursive: true });
    if (consistent(folder)) return;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  throw new Error(
    "dist/ is geen volledige build (sw.js past niet bij de bestanden): draai npm run build",
  );
}

/** Slug and first question id of step 1, from its card file. */
function firstCard(): { slug: string; id: string } {
  const dir = new URL("../../content/cards/", import.meta.url);
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".mdx"))) {
    const front = readFileSync(new URL(name, dir), "utf8").split(/^---$/m)[1] ?? "";
    if (/^step:\s*1\s*$/m.test(front)) {
      return {
        slug: /^slug:\s*"?([a-z0-9-]+)"?/m.exec(front)?.[1] ?? "",
        id: /^\s+- id:\s*"?([a-z0-9-]+)"?/m.exec(front)?.[1] ?? "",
      };
    }
  }
  throw new Error("geen kaart met stap 1");
}

describe("offline use", () => {
  // A copy of the build, so this test can play a new version without touching dist/.
  const copy = mkdtempSync(join(tmpdir(), "gw-offline-"));
  let site: Site;
  let page: Page;
  beforeAll(async () => {
    await copyBuild(copy);
    site = await openSite({ offline: true, outDir: copy });
    page = await site.newPage();
  });
  afterAll(async () => {
    await site.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it("precaches every built page, script, style and font on the first visit", async () => {
    const precache = precacheOf(copy);
    for (const needed of [
      "/",
      "/presentatie/",
      "/kaarten/",
      "/gesprek/",
      "/fonts/Roboto-Regular.ttf",
      "/fonts/Roboto-Medium.ttf",
    ]) {
      expect(precache, needed).toContain(needed);
    }
    expect(precache.some((url) => url.endsWith(".js"))).toBe(true);
    expect(precache.some((url) => url.endsWith(".css"))).toBe(true);
    await page.goto(site.url());
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 20_000,
      })
      .toBe(true);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0] ?? "");
      return { names, urls: (await cache.keys()).map((request) => new URL(request.url).pathname) };
    });
    expect(cached.names).toHaveLength(1);
    expect([...cached.urls].sort()).toEqual([...precache].sort());
  });

  it("reloads and works with the network switched off", { timeout: 60_000 }, async () => {
    await site.context.setOffline(true);
    await page.reload();
    expect(await page.locator("h1").count()).toBe(1);

    // the presenter, with a note typed offline
    const response = await page.goto(site.url("presentatie/"));
    expect(response?.fromServiceWorker()).toBe(true);
    await page.waitForSelector(".presenter .position");
    await page.keyboard.press("Home");
    const { slug, id } = firstCard();
    expect(await page.locator("[data-question-id]").getAttribute("data-question-id")).toBe(id);
    await page.locator(`#antwoord-${id}-notes`).fill("Genoteerd zonder internet");

    // the wizard shows it
    await page.goto(site.url(`gesprek/${slug}/`));
    await expect
      .poll(() => page.locator(`#antwoord-${id}-notes`).inputValue(), { timeout: 10_000 })
      .toBe("Genoteerd zonder internet");

    // the card deck, with a query string
    await page.goto(site.url("kaarten/?formaat=a5"));
    expect(await page.getAttribute("#kaartenset", "data-format")).toBe("a5");
    expect(await page.locator(".card.question").count()).toBeGreaterThan(24);

    // the fonts the PDF needs
    const fonts = await page.evaluate(
      async (urls) =>
        Promise.all(
          urls.map(async (url) => {
            const r = await fetch(url);
            return r.ok ? (await r.arrayBuffer()).byteLength : 0;
          }),
        ),
      precacheOf(copy).filter((url) => url.endsWith(".ttf")),
    );
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((size) => size > 10_000)).toBe(true);

    // nothing that was asked for failed, and the network really is off
    expect(site.consoleErrors).toEqual([]);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await site.context.setOffline(false);
  });

  it(
    "offers a new version with 'Nieuwe versie beschikbaar' and switches only when asked",
    { timeout: 60_000 },
    async () => {
      // Play a new release: another version number, a changed start page (same lengths, so the
      // preview server's cached file sizes stay right).
      const workerFile = join(copy, "sw.js");
      const worker = readFileSync(workerFile, "utf8");
      const version = /const VERSION = "([0-9a-f]{12})";/.exec(worker)?.[1] ?? "";
      const next = version.replace(/./g, (c) => (c === "f" ? "0" : "f"));
      writeFileSync(
        workerFile,
        worker.replace(`const VERSION = "${version}"`, `const VERSION = "${next}"`),
      );
      const indexFile = join(copy, "index.html");
      writeFileSync(
        indexFile,
        readFileSync(indexFile, "utf8").replace(
          "· Gesprekswijzer</title>",
          "· GESPREKSWIJZER</title>",
        ),
      );

      await page.goto(site.url());
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      const notice = page.locator("#sw-update");
      await expect
        .poll(() => notice.innerText(), { timeout: 20_000 })
        .toContain("Nieuwe versie beschikbaar");
      // not switched: the page and a reload still show the running version
      expect(await page.title()).toBe("Start · Gesprekswijzer");
      await page.reload();
      expect(await page.title()).toBe("Start · Gesprekswijzer");
      await expect
        .poll(() => notice.innerText(), { timeout: 10_000 })
        .toContain("Nieuwe versie beschikbaar");

      await notice.getByRole("button", { name: "herladen" }).click();
      await expect.poll(() => page.title(), { timeout: 20_000 }).toBe("Start · GESPREKSWIJZER");
      await page.waitForLoadState("load");
      expect(await notice.innerText()).toBe("");
      const names = await page.evaluate(() => caches.keys());
      expect(names).toContain(`gesprekswijzer-${next}`);
      expect(site.consoleErrors).toEqual([]);
    },
  );
});
