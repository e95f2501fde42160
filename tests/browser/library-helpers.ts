// What the library's browser tests share: the po example as stored, and a page on /gesprekken/
// whose browser already holds that example as its one conversation (the migration path).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Site } from "./harness.ts";

const root = new URL("../..", import.meta.url).pathname;

/** The po example as a session file (only the fields these tests read are typed). */
export const poExample = JSON.parse(
  readFileSync(join(root, "content/examples/voorbeeld-po.json"), "utf8"),
) as { partnership: { name: string }; categories: { perStudent: Record<string, number> }[] };

/** The stored conversation's key, as src/stores/sessionKey.ts writes it. */
export const SESSION_KEY = "gesprekswijzer:sessie:v1";

/** A new page on /gesprekken/ after the po example was stored as the browser's conversation. */
export async function openLibraryWithExample(site: Site): Promise<Page> {
  const page = await site.newPage();
  await page.goto(site.url("gesprekken/"));
  await page.evaluate(
    ([key, s]) => localStorage.setItem(key as string, JSON.stringify(s)),
    [SESSION_KEY, poExample],
  );
  await page.reload();
  await page.getByRole("region", { name: "Gesprekken in deze browser" }).waitFor();
  return page;
}
