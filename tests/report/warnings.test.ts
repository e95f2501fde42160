// Warnings made actionable: what a warning means for the money, what to do, and the step and field that fix it.
import { describe, expect, it } from "vitest";
import {
  actionableWarning,
  actionableWarnings,
  summaryWarnings,
  warningText,
} from "../../src/report/index.ts";
import { example, variant } from "./helpers.ts";

const { session } = example("po");

describe("actionableWarning", () => {
  it.each([
    // the count the subsidy rests on is missing (engine wording of cost model 1.0 and 1.1)
    {
      warning:
        "2024-2025: het aantal getelde studenten van 2023-2024 ontbreekt; de subsidie is zonder studentbedrag berekend en de voorfinanciering van groei op 0 gezet. Vul de DUO-telling van 2023-2024 in.",
      year: "2024-2025",
      meaning: "subsidie valt te laag uit",
      text: "Vul de telling van 2023-2024 in — stap Studenten, veld Getelde studenten (DUO).",
      step: "studenten",
      anchor: "veld-telling",
    },
    {
      warning: "2026-2027: geen telling voor 2024-2025",
      year: "2026-2027",
      meaning: "zonder studenten uit 2024-2025",
      text: "Vul de telling van 2024-2025 in — stap Studenten",
      step: "studenten",
      anchor: "veld-telling",
    },
    // nothing distributed: the partners carry everything
    {
      warning: "2024-2025: geen studenten in basisjaar 2023-2024; niets verdeeld",
      year: "2024-2025",
      meaning: "dragen hun kosten dat jaar helemaal zelf",
      text: "stap Financiering en verdeling, veld Verdeling van de subsidie.",
      step: "financiering",
      anchor: "veld-verdeling",
    },
    // the basis fallback of cost model 1.1
    {
      warning:
        "2025-2026: geen studenten in basisjaar 2024-2025; verdeeld naar de aantallen van 2025-2026",
      year: "2025-2026",
      meaning: "verdeeld naar de studenten van 2025-2026",
      text: "vul dan de studenten van 2024-2025 in — stap Studenten",
      step: "studenten",
      anchor: "veld-plaatsingen",
    },
    {
      warning: "2025-2026: de partners hebben geen kosten in dit jaar; niets verdeeld",
      year: "2025-2026",
      meaning: "blijft bij het partnerschap",
      text: "verdeel naar studenten — stap Financiering en verdeling",
      step: "financiering",
      anchor: "veld-verdeling",
    },
    // a count outside the years: about a field, not a year
    {
      warning:
        "placements[3].students.2030-2031: 2030-2031 valt buiten de schooljaren van het gesprek en telt niet mee",
      year: null,
      meaning: "Plaatsing 4 heeft studenten in 2030-2031",
      text: "Haal de aantallen van 2030-2031 weg",
      step: "studenten",
      anchor: "veld-plaatsingen",
    },
  ])("$warning", ({ warning, year, meaning, text, step, anchor }) => {
    const w = actionableWarning(session, warning);
    expect(w.year).toBe(year);
    expect(w.meaning).toContain(meaning);
    expect(warningText(w)).toContain(text);
    expect(w.step?.slug).toBe(step);
    expect(w.field?.anchor).toBe(anchor);
    expect(w.engine).toBe(warning);
  });

  it("passes an unknown sentence on as it is", () => {
    const w = actionableWarning(session, "2025-2026: iets nieuws");
    expect(warningText(w)).toBe("2025-2026: iets nieuws");
    expect(w.year).toBe("2025-2026");
  });
});

describe("warnings of a result", () => {
  it("po: the first year's basis-year fallback is actionable, and left out of a summary about a later plan year", () => {
    const { result, planYear } = example("po");
    const first = result.years[0]!.year;
    expect(first < planYear).toBe(true);
    const all = actionableWarnings(session, result);
    expect(all).toHaveLength(result.warnings.length);
    expect(
      all.some(
        (w) =>
          w.year === first &&
          w.step?.slug === "studenten" &&
          w.field?.anchor === "veld-plaatsingen",
      ),
    ).toBe(true);
    expect(
      summaryWarnings(session, result, planYear).filter(
        (w) => w.year !== null && w.year < planYear,
      ),
    ).toEqual([]);
  });

  it("a missing count for the plan year stays in the summary, with the step that fixes it", () => {
    // plan year = the first year, and no DUO count for the year before it
    const changed = variant("po", (raw) => {
      raw.planYear = (raw.years as string[])[0];
      (raw.regulation as Record<string, unknown>).counted = {};
    });
    const plan = changed.session.planYear!;
    expect(changed.result.warnings.some((w) => w.startsWith(`${plan}:`))).toBe(true);
    const inSummary = summaryWarnings(changed.session, changed.result, plan)
      .map(warningText)
      .join(" ");
    expect(inSummary).toContain("— stap Studenten, veld Getelde studenten (DUO).");
  });
});
