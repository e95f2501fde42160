// Page weight: no built page loads more JavaScript before the first click than its budget (gzip):
// the goal (start page 30 KB, others 50 KB) or, for a page still over it, its recorded ceiling.
// A new page is held to the goal at once. Reads dist/ (npm test builds first).
import { describe, expect, it } from "vitest";
import { budgetKb, builtPages, pageWeight } from "../bench/pageWeight.ts";

describe.each(builtPages().map((page) => ({ page })))("$page", ({ page }) => {
  it(`loads at most ${budgetKb(page)} KB of JavaScript (gzip) before the first click`, () => {
    expect(pageWeight(page).bytes / 1024).toBeLessThanOrEqual(budgetKb(page));
  });
});
