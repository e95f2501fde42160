// A session without the keys of cost model 1.1 (`grant`, `byYear`) computes as the first engine
// did. The fixture holds the first engine's results for 60 random sessions as digests per year.
// Two changes of 1.1 apply to every file and are allowed for here: the basis fallback (§3.4) may
// now distribute a year that used to distribute nothing, and the missing-count warning has the
// contract's shorter wording. A per-school IO value, ignored before, is now refused, so it is
// dropped from the old files first.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type YearResult, computeResult, parseSession } from "../../src/engine/index.ts";
import type { Draft } from "./helpers.ts";

interface OldCase {
  session: Draft;
  warnings: string[];
  years: { year: string; full: string; partial: string }[];
}
const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/engine-v1-results.json", import.meta.url), "utf8"),
) as { cases: OldCase[] };

const digest = (value: unknown): string =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);

/** The year result as the first engine shaped it (no `regulation`, no views' `breakdown`). */
function asBefore(year: YearResult): Omit<YearResult, "regulation" | "breakdown"> {
  const { regulation: _added, breakdown: _views, ...rest } = year;
  return rest;
}

/** Without what the basis fallback may change: the distribution, the own investment and the shares. */
function withoutDistribution(year: Omit<YearResult, "regulation" | "breakdown">): unknown {
  const { distribution: _d, ownInvestment: _o, ...rest } = year;
  return {
    ...rest,
    partners: year.partners.map((p) => ({ id: p.id, costs: p.costs, commitment: p.commitment })),
  };
}

/** The first engine's missing-count warning in the words of the contract. */
const reworded = (warning: string): string =>
  warning.replace(
    /^(\S+): het aantal getelde studenten van (\S+) ontbreekt; .*$/,
    "$1: geen telling voor $2",
  );

describe("sessions without the keys of cost model 1.1", () => {
  it.each(fixture.cases.map((c, i) => [i, c] as const))("case %i computes as before", (_i, old) => {
    const draft = structuredClone(old.session);
    if (draft.perSchool !== undefined) delete draft.perSchool.IO;
    const outcome = parseSession(draft);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const result = computeResult(outcome.session);
    const fellBack = new Set(
      result.warnings
        .filter((w) => w.includes("; verdeeld naar de aantallen van"))
        .map((w) => w.slice(0, 9)),
    );
    result.years.forEach((year, k) => {
      const want = old.years[k]!;
      expect(year.year).toBe(want.year);
      const shaped = asBefore(year);
      if (fellBack.has(year.year)) expect(digest(withoutDistribution(shaped))).toBe(want.partial);
      else expect(digest(shaped)).toBe(want.full);
    });
    const oldWarnings = old.warnings
      .map(reworded)
      .filter((w) => !(fellBack.has(w.slice(0, 9)) && w.endsWith("; niets verdeeld")));
    expect(result.warnings.filter((w) => !w.includes("; verdeeld naar de aantallen van"))).toEqual(
      oldWarnings,
    );
  });
});
