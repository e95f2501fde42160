// Page 1 of the proposal is the decision: who asks (with the submitting partners), the ask per school
// year and per calendar year, what for, the partners' contribution, the proposed decisions and the
// decision block; the "nog niet onderbouwd" mark while a concept has no reason for its norm. Checked
// on the document model for both examples and a 30-partner session, and on the PDF's page 1 text.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Result, type Session, computeResult, planYearOf } from "../../src/engine/index.ts";
import { formatEuro } from "../../src/lib/format.ts";
import { renderPdf } from "../../src/pdf/node/render.ts";
import { partnerName } from "../../src/report/index.ts";
import { ANCHORS } from "../../src/document/anchors.ts";
import { proposalDocument } from "../../src/document/proposal.ts";
import { plainText } from "../../src/document/text.ts";
import { CARDS, OPTIONS, example, manyPartners, buildProposal } from "../pdf/helpers.ts";

const plain = (s: string): string => s.replace(/\u00a0/g, " ");
const dir = mkdtempSync(join(tmpdir(), "gesprekswijzer-page1-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of page 1 in the document model: everything before the summary's heading. */
function pageOne(session: Session, result: Result, final = false): string {
  const blocks = proposalDocument(session, result, CARDS, { ...OPTIONS, final }).blocks;
  const end = blocks.findIndex((b) => b.kind === "heading" && b.anchor === ANCHORS.summary);
  return plainText(blocks.slice(0, end));
}

describe.each([
  { name: "po", session: () => example("po") },
  { name: "vo", session: () => example("vo") },
  { name: "30 partners", session: () => manyPartners(26) },
])("page 1 of $name", ({ session: make }) => {
  const session = make();
  const result = computeResult(session);
  const planYear = planYearOf(session);
  const plan = result.years.find((y) => y.year === planYear)!;
  const text = pageOne(session, result);

  it("asks the amount needed per school year from the plan year on", () => {
    expect(text).toContain(`${planYear} (planjaar)`);
    for (const y of result.years.filter((x) => x.year >= planYear))
      expect(text).toContain(plain(formatEuro(y.request.needed)));
    expect(text).toContain(plain(formatEuro(plan.income.subsidy)));
  });

  it("names who asks: the submitting (member) partners, and says which fields are still empty", () => {
    const members = session.partners.filter((x) => x.member);
    // Up to 8 names on page 1; with more, the first 4 are named, the rest counted and listed in annex B.
    for (const p of members.slice(0, members.length > 8 ? 4 : 8))
      expect(text).toContain(partnerName(p));
    if (members.length > 8)
      expect(text).toContain(
        `en ${members.length - 4} andere partners (alle ${members.length} in bijlage B)`,
      );
    expect(text).toContain("Penvoerder nog niet ingevuld");
    expect(text).toContain("Contactpersoon nog niet ingevuld");
  });

  it("holds the proposed decisions and the decision block with signature lines", () => {
    expect(text).toContain("Voorgestelde besluiten");
    expect(text).toContain(`${plain(formatEuro(plan.request.needed))} toe te kennen`);
    for (const t of [
      "Besluit van de begrotingstafel",
      "Voorzitter",
      "Secretaris",
      "doorhalen wat niet van toepassing is",
    ])
      expect(text).toContain(t);
  });

  it("marks the norm 'nog niet onderbouwd' in a concept without a reason, not once final", () => {
    expect(text).toContain("nog niet onderbouwd");
    expect(pageOne(session, result, true)).not.toContain("nog niet onderbouwd");
  });

  it("fits on one PDF page", async () => {
    const path = join(dir, `${session.partners.length}.pdf`);
    writeFileSync(path, await renderPdf(buildProposal(session, result, CARDS, OPTIONS)));
    const first = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-enc", "UTF-8", path, "-"], {
      encoding: "utf8",
    }).replace(/\u00a0/g, " ");
    expect(first).toContain("Besluit van de begrotingstafel");
    expect(first).toContain("Secretaris");
    expect(first).toContain(plain(formatEuro(plan.request.needed)));
    expect(first).not.toContain("1 Samenvatting");
  });
});

describe("page 1 with the proposal's own fields", () => {
  const session = example("po");
  session.proposal = {
    penvoerder: "Stichting Akker",
    contact: "An de Vries\nprogrammaleider",
    introduction: "Wij leiden samen 250 studenten op.",
    submitters: ["akker"],
    decisionDate: "2026-12-10",
  };
  session.answers = {
    "kwaliteit-norm": {
      notes: "",
      agreements: "Minimaal 40 uur WPB: zo haalt iedere student het kwaliteitskader.",
      open: "",
    },
  };
  const text = pageOne(session, computeResult(session));

  it.each([
    ["the penvoerder", "Stichting Akker"],
    ["the contact on one line", "An de Vries, programmaleider"],
    ["the partnership's own paragraph", "Wij leiden samen 250 studenten op."],
    ["the decision date", "10 december 2026"],
  ])("shows %s", (_label, expected) => expect(text).toContain(expected));

  it("lists only the chosen submitters and drops the 'nog niet onderbouwd' mark once a reason is recorded", () => {
    expect(text).not.toContain("Stichting Beek");
    expect(text).not.toContain("nog niet onderbouwd");
  });
});

describe("page 1 with the engine's calendar years", () => {
  it("adds the ask per calendar year from the plan year's calendar year on", () => {
    const session = example("po");
    const result = {
      ...computeResult(session),
      calendarYears: [
        {
          year: 2027,
          costs: 1,
          subsidy: 111111,
          other: 0,
          committed: 0,
          needed: 222222,
          gap: 111111,
        },
        { year: 2027, costs: 1, subsidy: 1, other: 0, committed: 0, needed: 333333, gap: 1 },
      ],
    } as Result;
    const text = pageOne(session, result);
    expect(text).toContain("Per kalenderjaar");
    expect(text).toContain(plain(formatEuro(222222)));
    expect(text).toContain(plain(formatEuro(333333)));
  });
});
