// Problems are tied to the wizard step where the field is entered; an empty session is recognised.
import { describe, expect, it } from "vitest";
import { isEmptySession, problemItems, stepForPath } from "../../src/report/index.ts";
import { emptySession } from "../../src/stores/newSession.ts";
import { readCardFiles } from "../content/frontmatter.ts";
import { example } from "./helpers.ts";

describe.each([
  // partner fields are entered on the partnership step
  ["partners[2].name", "partnerschap"],
  // fixed costs of a partner live on the costs step
  ["partners[0].fixedCosts[1].amount", "kosten"],
  // commitments are part of financing
  ["partners[0].commitment", "financiering"],
  ["categories[1].perStudent.WPB", "facilitering"],
  ["perSchool.SO", "facilitering"],
  ["rates.IO", "facilitering"],
  ["placements[3].students.2025-2026", "studenten"],
  // DUO counts are entered with the students, not with the regulation
  ["regulation.counted.2024-2025", "studenten"],
  ["regulation.perStudent", "financiering"],
  ["distribution.boardsShare", "financiering"],
  ["otherIncome[0].amount", "financiering"],
  ["overhead[0].label", "kosten"],
  ["benefits[0].amount", "opbrengsten"],
  ["years[2]", "partnerschap"],
  ["planYear", "partnerschap"],
  ["partnership.sector", "partnerschap"],
])("%s", (path, slug) => {
  it(`links to step ${slug}`, () => {
    expect(stepForPath(path)?.slug).toBe(slug);
  });
});

describe("problem items", () => {
  it("has no step for the file as a whole or the format", () => {
    expect(stepForPath("")).toBeNull();
    expect(stepForPath("format")).toBeNull();
  });

  it("names the partner an indexed path points at", () => {
    const { session } = example("po");
    const [item] = problemItems(session, [
      { path: "partners[3].rates.IO", message: "mag niet negatief zijn" },
    ]);
    expect(item).toEqual({
      field: "partners[3] (Pabo Elders).rates.IO",
      message: "mag niet negatief zijn",
      step: { slug: "partnerschap", label: "Ons partnerschap" },
    });
  });

  it("describes a problem with the file as a whole", () => {
    expect(problemItems({}, [{ path: "", message: "geen object" }])[0]!.field).toBe(
      "Het gesprek als geheel",
    );
  });
});

describe("empty session", () => {
  it("a new session is empty, an example is not", () => {
    expect(isEmptySession(emptySession(new Date("2026-11-23")))).toBe(true);
    expect(isEmptySession(example("po").session)).toBe(false);
  });
});

describe("step labels", () => {
  // A problem link names its step as the card does, so the link text matches the page heading.
  const titles = new Map(
    readCardFiles().map(({ frontmatter }) => {
      const card = frontmatter as { slug: string; title: string };
      return [card.slug, card.title] as const;
    }),
  );
  it.each([
    "partners[0].name",
    "categories[0].weight",
    "placements[0].students.2025-2026",
    "overhead[0].amount",
    "distribution.split",
    "benefits[0].amount",
  ])("%s links to a step named as its card", (path) => {
    const step = stepForPath(path)!;
    expect(step.label).toBe(titles.get(step.slug));
  });
});
