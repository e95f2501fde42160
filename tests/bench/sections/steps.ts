// Bench section: the length of every conversation step with the po example loaded, at 1280 × 720
// (document height in CSS pixels; budget ≈ two screens, see tests/browser/step-length.test.ts) and
// where its first field or question starts (should be above 720). Needs `npm run build` first.
import { openSite } from "../../browser/harness.ts";
import { measureAllSteps } from "../../browser/stepHeights.ts";
import { STEP_HEIGHT_BUDGET } from "../../browser/stepBudget.ts";

export const name = "Lengte van de stappen (po-voorbeeld, 1280 × 720)";

export async function run(): Promise<string[]> {
  const site = await openSite();
  try {
    const heights = await measureAllSteps(site);
    return heights.map(
      ({ slug, height, firstField, visibleBottom }) =>
        `${slug.padEnd(20)} ${String(height).padStart(5)} px hoog (budget ${STEP_HEIGHT_BUDGET[slug] ?? "?"} px${height > (STEP_HEIGHT_BUDGET[slug] ?? 0) ? ": ERBOVEN" : ""}); eerste veld of vraag op ${firstField} px (eerste scherm tot ${visibleBottom} px)`,
    );
  } finally {
    await site.close();
  }
}
