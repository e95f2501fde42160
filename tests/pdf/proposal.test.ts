// The proposal builder: for both shipped examples, the document definition (data, not bytes)
// carries the figures of the engine as formatted in the PDF, the frame, metadata and structure.
import type { Content, DynamicContent } from "pdfmake/interfaces";
import { describe, expect, it } from "vitest";
import { computeResult, planYearOf } from "../../src/engine/index.ts";
import { formatEuro } from "../../src/lib/format.ts";
import { partnerWorkloadTable, storyOf, workloadTable } from "../../src/report/index.ts";
import {
  CARDS,
  OPTIONS as options,
  allText,
  example,
  itShows,
  tables,
  buildProposal,
} from "./helpers.ts";
const plain = (s: string): string => s.replace(/\u00a0/g, " ");

describe.each([
  // primary school example: three years, four partners, one non-member institute, benefits
  { name: "po" as const },
  // secondary school example: two years, top-slice distribution, non-subsidised flexible routes
  { name: "vo" as const },
])("proposal for voorbeeld-$name", ({ name }) => {
  const session = example(name);
  const result = computeResult(session);
  const planYear = planYearOf(session);
  const plan = result.years.find((y) => y.year === planYear)!;
  const doc = buildProposal(session, result, CARDS, options);
  const text = allText(doc.content);

  it("names the partnership, the region, the plan year and every partner", () => {
    expect(text).toContain(session.partnership.name);
    expect(text).toContain(session.partnership.region);
    expect(text).toContain(`Voorstel financiering ${planYear}`);
    for (const partner of session.partners) expect(text).toContain(partner.name);
  });

  it("shows the plan year's total costs, subsidy and the amount needed as the engine computed them", () => {
    // as the money story shows them: whole euros whose parts add up (a gap of € 331.296,50 shows as € 331.296)
    const story = storyOf(plan);
    for (const amount of [
      story.costs.euros,
      story.needed.euros,
      story.parts[0]!.euros,
      story.parts[3]!.euros,
    ])
      expect(text).toContain(plain(formatEuro(amount)));
  });

  it("has a chapter per part of the issue and the annexes; only the summary and annex A start a new page", () => {
    const titles = [
      "1  Samenvatting",
      "2  Kwaliteit",
      `3  Begroting ${planYear}`,
      "4  Meerjarenoverzicht",
      "5  Risico's en het alternatief",
      "6  Niet-gesubsidieerde",
      "7  Verdeling en afspraken",
      "Bijlage A  Aannames en bronnen",
      "Bijlage B  Partners",
    ];
    for (const title of titles) expect(text).toContain(title);
    const breaks = (doc.content as Content[]).filter(
      (c) =>
        typeof c === "object" && c !== null && (c as { pageBreak?: string }).pageBreak === "before",
    );
    expect(breaks.map((c) => (c as { text: string }).text)).toEqual([
      "1  Samenvatting",
      "Bijlage A  Aannames en bronnen",
    ]);
  });

  it("repeats every table header and never splits a row", () => {
    const all = tables(doc.content);
    expect(all.length).toBeGreaterThan(5);
    for (const t of all.filter((x) => (x.headerRows ?? 0) > 0)) expect(t.dontBreakRows).toBe(true);
  });

  it("sets title, author, subject, language, A4 and tagged", () => {
    expect(doc.info?.title).toContain(session.partnership.name);
    expect(doc.info?.author).toBe(session.partnership.name);
    expect(doc.info?.subject).toContain("Voorstel");
    expect(doc.language).toBe("nl-NL");
    expect(doc.pageSize).toBe("A4");
    expect(doc.displayTitle).toBe(true);
    // Tagged through src/pdf/tagging.ts; PDF/UA is not claimed (not every rule of it is checked).
    expect(doc.tagged).toBe(true);
    expect(doc.subset).toBeUndefined();
  });

  it("prints 'pagina 2 van 9' in the footer and 'Concept' in the running header", () => {
    const footer = doc.footer as DynamicContent;
    expect(allText(footer(2, 9, { width: 595, height: 842, orientation: "portrait" }))).toBe(
      "pagina 2 van 9",
    );
    const header = doc.header as DynamicContent;
    expect(allText(header(2, 9, { width: 595, height: 842, orientation: "portrait" }))).toContain(
      "Concept",
    );
  });
});

describe("concept and definitief", () => {
  const session = example("po");
  const result = computeResult(session);
  it.each([
    // not marked final: page 1 says CONCEPT
    { final: false, status: "CONCEPT — nog niet vastgesteld door het partnerschap", mark: true },
    // marked final: "Definitief", no concept mark anywhere
    { final: true, status: "Definitief — vastgesteld door het partnerschap", mark: false },
  ])("final=$final", ({ final, status, mark }) => {
    const text = allText(buildProposal(session, result, CARDS, { ...options, final }).content);
    expect(text).toContain(status);
    expect(text.includes("CONCEPT")).toBe(mark);
  });
});

describe("answers in the proposal", () => {
  const session = example("vo");
  session.answers = {
    "kwaliteit-norm": {
      notes: "<script>alert(1)</script> blijft tekst",
      agreements: "Minimaal 36 uur WPB per student.",
      open: "",
    },
    "wie-zijn-wij": {
      notes: "",
      agreements: "Twee besturen, twee opleidingen.",
      open: "Doet Stichting X mee in 2025?",
    },
  };
  const text = allText(buildProposal(session, computeResult(session), CARDS, options).content);

  itShows(
    () => text,
    [
      // the norm's reason comes from the answers on the card with the norm input
      ["the norm's reason", "Minimaal 36 uur WPB per student."],
      // user text is printed verbatim, markup included, never interpreted
      ["markup as text", "<script>alert(1)</script> blijft tekst"],
      // agreements and open points are gathered with their step
      ["an agreement", "Twee besturen, twee opleidingen."],
      ["an open point", "Doet Stichting X mee in 2025?"],
      ["the step reference", "Stap 1 Partnerschap: Wie zijn wij als partnerschap?"],
    ],
  );

  it("proposes decisions that name the amount needed", () => {
    const plan = computeResult(session).years.find((y) => y.year === planYearOf(session))!;
    expect(text).toMatch(new RegExp(`toe te kennen`));
    expect(text).toContain(plain(formatEuro(plan.request.needed)));
  });
});

describe("the norm the facilitation rests on", () => {
  const presets = [
    {
      id: "twente-po",
      name: "OidS Twente po",
      categories: [{ id: "pabo-voltijd" }, { id: "pabo-deeltijd" }, { id: "pabo-versneld" }],
      sources: [{ doc: "002", section: "Afspraken over facilitering" }],
    },
  ];
  const records = { regulations: [], rates: [], presets };
  it.each([
    // po example: two of its three categories come from the Twente preset, so it is named with its source
    {
      name: "po" as const,
      expected: 'voorbeeldnorm "OidS Twente po"',
      source:
        "Praktijk In-Zicht: OidS Twente (Platform SO&P, ongedateerd), Afspraken over facilitering",
    },
    // vo example: none of its categories come from that preset, so no preset is named
    {
      name: "vo" as const,
      expected: "legt de begeleiding hieronder vast als minimum",
      source: null,
    },
  ])("voorbeeld-$name", ({ name, expected, source }) => {
    const session = example(name);
    const text = allText(
      buildProposal(session, computeResult(session), CARDS, { ...options, records }).content,
    );
    expect(text).toContain(expected);
    if (source !== null) expect(text).toContain(source);
  });

  it.each([
    // the norm panel recorded the preset: it is named even though the vo categories are not its own
    {
      norm: { id: "twente-po", name: "OidS Twente po" },
      expected: 'voorbeeldnorm "OidS Twente po"',
    },
    // "eigen": the partnership set its own norm, so no example norm is named (no guessing either)
    {
      norm: { id: "eigen", name: "eigen norm van het partnerschap" },
      expected: "legt de begeleiding hieronder vast als minimum",
    },
  ])("a recorded norm $norm.id", ({ norm, expected }) => {
    const session = { ...example("vo"), norm };
    const text = allText(
      buildProposal(session, computeResult(session), CARDS, { ...options, records }).content,
    );
    expect(text).toContain(expected);
  });
});

describe("hours and FTE per role and per partner", () => {
  it.each(["po", "vo"] as const)(
    "voorbeeld-%s shows the role table of every year and the plan year's partner table in annex B, as /resultaat/ does",
    (name) => {
      const session = example(name);
      const result = computeResult(session);
      const planYear = planYearOf(session);
      const text = allText(buildProposal(session, result, CARDS, options).content);
      // The same view models as /resultaat/, so the same shown (rounded) hours and FTE.
      const roles = workloadTable(result, planYear);
      expect(text).toContain(roles.caption);
      expect(text).toContain(
        roles.rows
          .find((r) => r.cells[0] === "Totaal fte")!
          .cells.slice(0, 6)
          .join("\n"),
      );
      const partners = partnerWorkloadTable(session, result, planYear);
      expect(text).toContain(`Uren en fte per partner in ${planYear}`);
      expect(text.indexOf(partners.caption)).toBeGreaterThan(text.indexOf("Bijlage B  Partners"));
      for (const row of partners.rows) expect(text).toContain(row.cells.join("\n"));
    },
  );
});
