// Bench section: the library page (/gesprekken/) with 50 stored conversations in Chromium (target:
// ≤ 200 ms from the page's scripts being ready to all 50 rows on screen). Needs `npm run build`.
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { openSite } from "../../browser/harness.ts";
import { ms, stats } from "../timing.ts";

export const name = "Gesprekken (bibliotheek met 50 gesprekken)";

const COUNT = 50;
const RUNS = 7;
const TARGET_MS = 200;

export async function run(): Promise<string[]> {
  const example = JSON.parse(
    readFileSync(new URL("../../../content/examples/voorbeeld-po.json", import.meta.url), "utf8"),
  ) as { partnership: { name: string } };
  const site = await openSite();
  try {
    const page = await site.newPage();
    await page.goto(site.url("gesprekken/"));
    await page.evaluate(
      ([session, count]) => {
        const entries = [];
        for (let i = 0; i < (count as number); i++) {
          const copy = structuredClone<{ partnership: { name: string } }>(session);
          copy.partnership.name = `Partnerschap ${i + 1}`;
          localStorage.setItem(`gesprekswijzer:bibliotheek:sessie:s${i}`, JSON.stringify(copy));
          entries.push({ id: `s${i}`, name: "", updatedAt: Date.now() });
        }
        localStorage.setItem(
          "gesprekswijzer:bibliotheek:v1",
          JSON.stringify({ current: null, entries }),
        );
      },
      [example, COUNT] as const,
    );
    // Time from the end of DOMContentLoaded (scripts ready) to the moment every row is in the table.
    await page.addInitScript((count) => {
      new MutationObserver((_, observer) => {
        if (document.querySelectorAll("table.library tbody tr").length >= count) {
          (window as unknown as { __rendered: number }).__rendered = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, COUNT);
    const samples: number[] = [];
    const fromStart: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      await page.reload();
      await page.waitForFunction(
        () => (window as unknown as { __rendered?: number }).__rendered !== undefined,
      );
      const [ready, rendered] = await page.evaluate(() => [
        (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming)
          .domContentLoadedEventEnd,
        (window as unknown as { __rendered: number }).__rendered,
      ]);
      if (i === 0) continue; // the first load warms the browser cache
      samples.push(rendered - ready);
      fromStart.push(rendered);
    }
    const s = stats(samples);
    const total = stats(fromStart);
    const verdict = s.median <= TARGET_MS ? "binnen de norm" : "BOVEN DE NORM";
    return [
      `${COUNT} gesprekken (elk het po-voorbeeld), ${RUNS} keer herladen in Chromium (headless)`,
      `scripts klaar → 50 rijen zichtbaar: mediaan ${ms(s.median)}, p95 ${ms(s.p95)}, min ${ms(s.min)} (norm ≤ ${TARGET_MS} ms: ${verdict})`,
      `begin navigatie → 50 rijen zichtbaar: mediaan ${ms(total.median)}`,
      `belasting van de machine (load average 1 min): ${loadavg()[0]?.toFixed(1) ?? "?"} op ${availableParallelism()} kernen`,
    ];
  } finally {
    await site.close();
  }
}
