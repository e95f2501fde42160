// The proposal as a member of the budget body reads it: the summary's sentences, the distribution
// principles per option, the proposed decisions and the rate assumptions, all derived from the engine.
import { describe, expect, it } from "vitest";
import { type Session, computeResult, planYearOf } from "../../src/engine/index.ts";
import { formatEuro } from "../../src/lib/format.ts";
import { gapSentence, laterYearsSentence } from "../../src/document/proposal.ts";
import { storyOf } from "../../src/report/index.ts";
import { principles } from "../../src/document/proposalChapters.ts";
import { CARDS, OPTIONS, allText, example, buildProposal } from "./helpers.ts";

const plain = (s: string): string => s.replace(/\u00a0/g, " ");
const euro = (n: number): string => plain(formatEuro(n));
const proposalText = (session: Session): string =>
  allText(buildProposal(session, computeResult(session), CARDS, OPTIONS).content);

describe.each([
  // po: plan year 2026-2027 with one later year; 250 countable students against grants on 205 and 220
  {
    name: "po" as const,
    later:
      "In 2027-2028 is € 651.512 nodig van de Onderwijsregio; de regeling levert € 296.875 op, een verschil van € 354.637.",
    growth: "€ 45.313 worden voorgefinancierd",
  },
  // vo: plan year 2026-2027 with one later year; 157 countable students against grants on 120 and 139
  {
    name: "vo" as const,
    later:
      "In 2027-2028 is € 503.950 nodig van de Onderwijsregio; de regeling levert € 186.875 op, een verschil van € 317.075.",
    growth: "€ 32.396 worden voorgefinancierd",
  },
])("summary of voorbeeld-$name", ({ name, later, growth }) => {
  const session = example(name);
  const result = computeResult(session);
  const plan = result.years.find((y) => y.year === planYearOf(session))!;
  const text = proposalText(session);

  it("says what is asked, what the regulation yields and the gap, with the engine's figures", () => {
    expect(text).toContain(`om minimaal \n${euro(plan.request.needed)}`);
    expect(text).toContain(`De regeling levert ${euro(plan.income.subsidy)} op`);
    // the gap as the money story shows it: whole euros that add up with the other parts (po: € 331.296,50 → € 331.296)
    expect(text).toContain(
      `vraagt dus ${euro(storyOf(plan).parts[3]!.euros)} meer dan de regeling oplevert`,
    );
  });

  it("names the following years with their needed amount, the regulation and the gap", () => {
    expect(text).toContain(later);
  });

  it("explains the growth prefinancing of the plan year and that it is no extra cost", () => {
    expect(plan.growthPrefinancing).toBeGreaterThan(0);
    expect(text).toContain(growth);
    expect(text).toContain("geen extra kostenpost");
  });

  it("explains own investment as what the partners carry if the region pays only the regulation amount", () => {
    expect(text).toContain(
      `alleen het bedrag van de regeling, dan dragen de partners ${storyOf(plan).ownInvestment.text.replace(/\u00a0/g, " ")} zelf`,
    );
    expect(text).toContain(`Zij zeggen ${euro(plan.request.committed)} toe.`);
  });

  it("shows benefits apart and never nets them: the needed amount ignores them", () => {
    const withBenefits = example(name);
    withBenefits.benefits = [{ label: "Minder uitval", amount: 50000 }];
    const again = computeResult(withBenefits).years.find((y) => y.year === plan.year)!;
    expect(again.request.needed).toBe(plan.request.needed);
    expect(proposalText(withBenefits)).toContain("Ze worden niet van de kosten afgetrokken.");
  });
});

describe("summary sentences", () => {
  it.each([
    // the partnership asks more than the regulation yields
    { gap: 1000, expected: "vraagt dus € 1.000 meer" },
    // the regulation yields more than is needed
    { gap: -250, expected: "levert € 250 meer op dan het partnerschap nodig heeft" },
    // exactly what the regulation yields
    { gap: 0, expected: "precies wat de regeling oplevert" },
  ])("gap $gap", ({ gap, expected }) => {
    expect(plain(gapSentence(gap))).toContain(expected);
  });

  it("adds the amounts the year table shows, so the sentence and the table agree", () => {
    const years = computeResult(example("po")).years;
    const text = plain(laterYearsSentence(years.slice(1)));
    const stories = years.slice(1).map(storyOf);
    const shown = (pick: (s: (typeof stories)[number]) => number): number =>
      stories.reduce((sum, s) => sum + pick(s), 0);
    expect(text).toContain("In 2026-2027 tot en met 2027-2028 samen");
    expect(text).toContain(euro(shown((s) => s.needed.euros)));
    expect(text).toContain(euro(shown((s) => s.parts[3]!.euros)));
    // needed = subsidy + extra, as printed
    expect(shown((s) => s.needed.euros)).toBe(
      shown((s) => s.parts[0]!.euros) + shown((s) => s.parts[3]!.euros),
    );
  });
});

describe("distribution principles per option", () => {
  it.each([
    // deduct: overhead first, the rest to the partners
    {
      overhead: "deduct",
      basis: "previous",
      split: "students",
      expected: [
        "Eerst wordt de overhead",
        "van het jaar ervoor (T-1)",
        "60% naar de schoolbesturen en 40% naar de lerarenopleidingen",
      ],
    },
    // full rate: € 1.250 per weighted student to the partners, overhead from what is left
    {
      overhead: "fullRate",
      basis: "current",
      split: "students",
      expected: [
        "het volle bedrag van de regeling (€ 1.250)",
        "van het schooljaar zelf, terwijl de subsidie de telling van T-1 volgt",
      ],
    },
    // top slice: € 150 stays, € 1.100 per student goes to the partners; split by costs
    {
      overhead: "topSlice",
      basis: "previous",
      split: "costs",
      expected: [
        "blijft € 150 bij het partnerschap",
        "€ 1.250 − € 150 = € 1.100 per student",
        "naar verhouding van de kosten",
      ],
    },
  ] as const)("$overhead / $basis / $split", ({ overhead, basis, split, expected }) => {
    const session = example("po");
    session.distribution = { overhead, basis, split, topSlice: 150, boardsShare: 0.6 };
    const text = plain(principles(session, "2026-2027").join(" "));
    for (const part of expected) expect(text).toContain(part);
    // the boards' share is only named when the split follows students
    expect(text.includes("naar de schoolbesturen")).toBe(split === "students");
  });
});

describe("proposed decisions", () => {
  it("lists the prefinancing per year and says it is no extra cost", () => {
    const text = proposalText(example("po"));
    expect(text).toContain("€ 45.313 in 2026-2027, € 46.875 in 2027-2028");
    expect(text).toContain("Het zijn geen extra kosten");
    expect(text).toContain("de meerjarenraming 2026-2027 tot en met 2027-2028");
  });

  it("asks no extra money when the regulation yields more than needed", () => {
    const session = example("vo");
    session.partners = session.partners.map((p) => ({ ...p, commitment: { percent: 1 } }));
    const plan = computeResult(session).years.find((y) => y.year === planYearOf(session))!;
    expect(plan.request.gap).toBeLessThan(0);
    const text = proposalText(session);
    expect(text).toContain(`${euro(plan.request.needed)} toe te kennen`);
    expect(text).toContain(`dat is ${euro(-plan.request.gap)} minder dan de regeling oplevert`);
    // the decision asks for no extra money (page 1's table still has its "Aanvullend gevraagd" column)
    expect(text).not.toMatch(/toe te kennen[^\n]*aanvullend/);
  });
});

describe("rates in the annex", () => {
  it.each([
    // nothing recorded: not confirmed, warned in the summary
    { check: undefined, expected: "Nee: de tarieven zijn nog niet getoetst", warned: true },
    // confirmed with the GPL used: shown, no warning
    {
      check: { confirmed: true, gpl: { WPB: 79466 } },
      expected: "Ja: het partnerschap heeft de tarieven getoetst",
      warned: false,
    },
  ])("ratesCheck $check", ({ check, expected, warned }) => {
    const session = example("po");
    if (check !== undefined) (session as Record<string, unknown>).ratesCheck = check;
    const text = proposalText(session);
    expect(text).toContain(expected);
    expect(text).toContain("÷ 1.659 uur (normjaartaak)");
    expect(text.includes("De uurtarieven zijn nog niet getoetst")).toBe(warned);
    if (check !== undefined) expect(text).toContain("WPB € 79.466,00 per jaar");
  });
});

describe("a partner joining later", () => {
  it("is not listed among the placements that do not count (it counts 0 students that year)", () => {
    const session = example("po");
    session.partners = session.partners.map((p) =>
      p.id === "beek" ? { ...p, joins: "2027-2028" } : p,
    );
    const text = proposalText(session);
    const section = text.slice(
      text.indexOf("Plaatsingen die niet meetellen"),
      text.indexOf("Opbrengsten"),
    );
    expect(section).not.toContain("Stichting Beek");
    expect(text).toContain("Stichting Beek (doet mee vanaf 2027-2028)");
  });
});

describe("warnings in the summary", () => {
  it("leaves out warnings about years before the plan year; annex A keeps them", () => {
    const session = example("po");
    const doc = buildProposal(session, computeResult(session), CARDS, OPTIONS);
    const text = allText(doc.content);
    const summary = text.slice(0, text.indexOf("2  Kwaliteit"));
    const annex = text.slice(text.indexOf("Bijlage A"));
    expect(computeResult(session).warnings.some((w) => w.startsWith("2025-2026:"))).toBe(true);
    expect(summary).not.toContain("2025-2026: geen studenten");
    expect(annex).toContain("2025-2026: geen studenten");
    expect(summary).not.toContain("In 2025-2026 gaat niets");
  });
});
