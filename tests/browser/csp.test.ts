// The Content-Security-Policy: every built page carries it, and no page violates it — not on load,
// not while a conversation is filled in from the po example, not while the PDFs are made. A page
// that adds an inline script or style without a hash, or loads anything from elsewhere, fails here.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, openSite } from "./harness.ts";

const root = new URL("../..", import.meta.url).pathname;
const dist = join(root, "dist");
const example = JSON.parse(
  readFileSync(join(root, "content/examples/voorbeeld-po.json"), "utf8"),
) as unknown;

/** Every page of the built site, as a site path ("gesprek/kosten/"). */
function pages(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name === "index.html"
      ? [relative(dist, dir) === "" ? "" : `${relative(dist, dir)}/`]
      : [];
  });
}

/** Records securitypolicyviolation events from the start of every document of the page. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(
        `${e.effectiveDirective}: ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  const consoleCsp: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) consoleCsp.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
    )),
    ...consoleCsp.splice(0),
  ];
}

describe("Content-Security-Policy", () => {
  let site: Site;
  let page: Page;
  let violations: () => Promise<string[]>;
  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
    violations = await watchViolations(page);
    await page.goto(site.url(""));
    await page.evaluate(
      (s) => localStorage.setItem("gesprekswijzer:sessie:v1", JSON.stringify(s)),
      example,
    );
  });
  afterAll(async () => site.close());

  it("is in the head of every built page, allowing only this site and hashed inline code", () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(10);
    for (const path of all) {
      const html = readFileSync(join(dist, path, "index.html"), "utf8");
      const policy =
        /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? "";
      expect(policy, path).toContain("default-src 'self'");
      expect(policy, path).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
      expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    }
  });

  it.each(pages())("is not violated by /%s with the po example", async (path) => {
    await page.goto(site.url(path));
    await page.waitForLoadState("networkidle");
    expect(await violations()).toEqual([]);
  });

  it("is not violated while the proposal and the summary are made as PDF", async () => {
    await page.goto(site.url("voorstel/"));
    await page.waitForSelector(".proposal-preview .paper");
    for (const button of ["Download voorstel (PDF)", "Gespreksverslag (PDF)"]) {
      await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: button }).click(),
      ]);
    }
    expect(await violations()).toEqual([]);
  });

  it("reports a violation when a page runs an inline script without a hash (the test can fail)", async () => {
    await page.goto(site.url(""));
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.body.append(script);
    });
    await page.waitForTimeout(100);
    expect((await violations()).join("\n")).toContain("script-src");
    expect(
      await page.evaluate(() => (window as unknown as { injected?: boolean }).injected),
    ).toBeUndefined();
  });
});
