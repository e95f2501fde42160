/**
 * Shared harness for browser tests: serves the built site (`dist/`, built by `npm test` before
 * vitest) with `astro preview` on 127.0.0.1, drives Chromium (see chromium.ts) with playwright-core, records
 * console errors and any request that would leave 127.0.0.1, and runs axe-core.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, type Page, chromium } from "playwright-core";
import { chromiumPath } from "./chromium.ts";

const root = new URL("../..", import.meta.url).pathname;
const require = createRequire(import.meta.url);
/** Astro's launcher, run with this same Node (no shell shim, so it also starts on Windows). */
export const ASTRO = join(root, "node_modules/astro/bin/astro.mjs");

/** A running site and browser for one test file. */
export interface Site {
  /** Absolute URL of a site path ("gesprek/" → http://127.0.0.1:port/gesprek/). */
  url: (path?: string) => string;
  context: BrowserContext;
  /** Opens a fresh page that records console errors and foreign requests. */
  newPage: () => Promise<Page>;
  /** Console errors and page errors seen so far, on any page. */
  consoleErrors: string[];
  /** Requests to any host other than 127.0.0.1 (they are blocked). */
  foreignRequests: string[];
  close: () => Promise<void>;
}

/**
 * The environment for an Astro child process: vitest mirrors import.meta.env into process.env
 * (BASE_URL=/, MODE=test, DEV, PROD, SSR), and Astro would take those over its own config.
 */
export function astroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...extra };
  for (const key of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"]) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  return env;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview stopped (${child.exitCode})`);
    try {
      const response = await fetch(url);
      // Any answer means the server is up (under a base path the root itself is a 404).
      if (response.status > 0) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer at ${url}`);
}

/**
 * Options of `openSite`: `offline` lets the site register its service worker (blocked otherwise);
 * `outDir` serves another folder than dist/ (e.g. a copy a test changes to play a new version).
 */
export interface SiteOptions {
  offline?: boolean;
  outDir?: string;
}

/** Starts preview + Chromium. Call in beforeAll; call `close` in afterAll. */
export async function openSite(options: SiteOptions = {}): Promise<Site> {
  if (!existsSync(join(options.outDir ?? join(root, "dist"), "index.html")))
    throw new Error("dist/ ontbreekt: draai eerst npm run build");
  const executablePath = chromiumPath(); // before the server starts, so a missing browser leaves nothing running
  const port = await freePort();
  // --ignore-lock: Astro 7 allows one tracked preview per project; parallel test runs need their own.
  const server = spawn(
    process.execPath,
    [
      ASTRO,
      "preview",
      "--ignore-lock",
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      ...(options.outDir ? ["--outDir", options.outDir] : []),
    ],
    {
      cwd: root,
      env: astroEnv(),
      stdio: "ignore",
    },
  );
  const base = `http://127.0.0.1:${port}/`;
  await waitForServer(base, server);
  const profile = mkdtempSync(join(tmpdir(), "gw-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 720 },
    locale: "nl-NL",
    // Pasting a block copied from a spreadsheet goes through the real clipboard.
    permissions: ["clipboard-read", "clipboard-write"],
    serviceWorkers: options.offline ? "allow" : "block",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    async (route) => {
      foreignRequests.push(route.request().url());
      await route.abort();
    },
  );
  const watch = (page: Page): void => {
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(String(error)));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  return {
    url: (path = "") => `${base}${path.replace(/^\//, "")}`,
    context,
    newPage: async () => context.newPage(),
    consoleErrors,
    foreignRequests,
    close: async () => {
      await context.close();
      server.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs axe-core on the page; returns the violations as "id: help (n×)" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the site's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; help: string; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes.length}×: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))})`,
    );
  });
  return violations;
}
