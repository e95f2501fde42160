// The attention points of the summary: every engine warning of the plan year and later, and each of
// the engine's figures that needs explaining, with its amount in euros.
import { describe, expect, it } from "vitest";
import { type Result, computeResult, planYearOf } from "../../src/engine/index.ts";
import { formatEuro } from "../../src/lib/format.ts";
import { attentionPoints } from "../../src/document/attention.ts";
import { sensitivities } from "../../src/report/sensitivity.ts";
import { summaryWarnings, warningText } from "../../src/report/index.ts";
import { CARDS, OPTIONS, allText, example, buildProposal } from "./helpers.ts";

const plain = (s: string): string => s.replace(/\u00a0/g, " ");

describe.each(["po", "vo"] as const)("attention points of voorbeeld-%s", (name) => {
  const session = example(name);
  const result = computeResult(session);
  const planYear = planYearOf(session);
  const text = allText(buildProposal(session, result, CARDS, OPTIONS).content);

  it("puts every engine warning of the plan year and later in the summary, with what to do", () => {
    for (const w of summaryWarnings(session, result, planYear))
      expect(text).toContain(plain(warningText(w)));
  });

  it("gives unchecked rates their effect in euros", () => {
    const rates = sensitivities(session, result, planYear).find((s) => s.key === "rates")!;
    expect(text).toContain(`is in ${planYear} ${plain(formatEuro(rates.neededPlan))} meer nodig`);
  });

  it("names a deficit, uncovered overhead and a reserve while asking more, with amounts", () => {
    const changed = structuredClone<Result>(result);
    const y = changed.years.find((x) => x.year === planYear)!;
    y.distribution = {
      ...y.distribution,
      payoutDeficit: 1234,
      overheadUncovered: 2345,
      reserve: 3456,
    };
    y.request = { ...y.request, gap: 4567 };
    const points = attentionPoints(session, changed, planYear, OPTIONS.date, [])
      .join("\n")
      .replace(/\u00a0/g, " ");
    expect(points).toContain("€ 1.234 meer naar de partners");
    expect(points).toContain("€ 2.345 van de overhead is niet gedekt");
    expect(points).toContain(
      "€ 3.456 over als reserve, terwijl het partnerschap € 4.567 meer vraagt",
    );
  });

  it("warns when the plan year has ended before the document's date", () => {
    const later = new Date(Number(planYear.slice(5)) + 1, 0, 1);
    expect(attentionPoints(session, result, planYear, later, []).join(" ")).toContain(
      `Het planjaar ${planYear} is op 31 juli ${planYear.slice(5)} geëindigd`,
    );
    expect(
      attentionPoints(
        session,
        result,
        planYear,
        new Date(Number(planYear.slice(0, 4)), 8, 1),
        [],
      ).join(" "),
    ).not.toContain("geëindigd");
  });
});
