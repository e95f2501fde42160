// The money story: total costs = subsidy + other income + commitments + extra, to the cent and as shown.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeResult } from "../../src/engine/index.ts";
import {
  STORY_LABELS,
  keyFigures,
  moneyStories,
  storyCents,
  storyChart,
  storyTable,
} from "../../src/report/index.ts";
import { validSession } from "../engine/arbitrary.ts";
import { example, nbsp } from "./helpers.ts";
import { expectShownSumsHold } from "./shownSums.ts";

describe.each(["po", "vo"] as const)("money story of example %s", (name) => {
  const { result, planYear } = example(name);

  it("adds up to the cent in every year, and the fourth part is the contract's gap", () => {
    for (const y of result.years) {
      const c = storyCents(y);
      expect(c.subsidy + c.otherIncome + c.commitments + c.extra + c.overCommitted).toBe(c.costs);
      expect(c.extra).toBe(Math.round(y.request.gap * 100));
      expect(c.overCommitted).toBe(0);
    }
  });

  it("shows parts that add up to the shown total, and needed = subsidy + extra as shown", () => {
    for (const story of moneyStories(result)) {
      expect(story.parts.reduce((s, p) => s + p.euros, 0)).toBe(story.costs.euros);
      expect(story.needed.euros).toBe(story.parts[0]!.euros + story.parts[3]!.euros);
      expect(story.ownInvestment.euros).toBe(
        story.costs.euros - story.parts[0]!.euros - story.parts[1]!.euros,
      );
      expect(story.parts.map((p) => p.key)).toEqual([
        "subsidy",
        "otherIncome",
        "commitments",
        "extra",
      ]);
    }
    expectShownSumsHold(storyTable(moneyStories(result), planYear));
  });

  it("key figures follow the story: same names, same order, same amounts", () => {
    const figures = keyFigures(result, planYear);
    expect(figures.items.map((f) => f.label)).toEqual([
      STORY_LABELS.costs,
      STORY_LABELS.subsidy,
      STORY_LABELS.otherIncome,
      STORY_LABELS.commitments,
      STORY_LABELS.extra,
      STORY_LABELS.needed,
      STORY_LABELS.ownInvestment,
    ]);
    const story = moneyStories(result).find((s) => s.year === planYear)!;
    expect(figures.items[0]!.text).toBe(story.costs.text);
    expect(figures.sentences.join(" ")).toContain(
      nbsp(`kost het plan ${story.costs.text.replace(/\u00a0/g, " ")}`),
    );
  });

  it("the stacked bar is exactly the costs of each year and carries the story table", () => {
    const stories = moneyStories(result);
    const chart = storyChart(stories, planYear);
    expect(chart.series.map((s) => s.stack)).toEqual(["costs", "costs", "costs", "costs"]);
    stories.forEach((story, g) =>
      expect(chart.series.reduce((s, series) => s + series.values[g]!, 0)).toBe(story.costs.euros),
    );
    expect(chart.table.rows[0]!.cells.slice(1)).toEqual(stories.map((s) => s.costs.text));
    expect(chart.table.rows[0]!.values?.slice(1)).toEqual(result.years.map((y) => y.costs.total));
  });
});

describe("money story over 1 000 random sessions", () => {
  it("holds to the cent, as shown, and names room and over-commitment when they occur", () => {
    fc.assert(
      fc.property(validSession, (session) => {
        const result = computeResult(session);
        for (const y of result.years) {
          const c = storyCents(y);
          expect(c.subsidy + c.otherIncome + c.commitments + c.extra + c.overCommitted).toBe(
            c.costs,
          );
          expect(c.overCommitted).toBeLessThanOrEqual(0);
        }
        for (const story of moneyStories(result)) {
          expect(story.parts.reduce((s, p) => s + p.euros, 0)).toBe(story.costs.euros);
          expect(story.room).toBe(story.parts[3]!.cents < 0);
          expect(story.parts.some((p) => p.key === "overCommitted")).toBe(story.parts.length === 5);
        }
        expectShownSumsHold(storyTable(moneyStories(result)));
      }),
      { numRuns: 1000, seed: 20261202 },
    );
  });
});
