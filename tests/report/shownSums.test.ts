// Every table the results page and the PDF show: each shown total equals the sum of its shown parts
// (whole euros, largest remainder), in both examples and in a generated 30-partner session.
import { describe, expect, it } from "vitest";
import { type Result, type Session, computeResult, parseSession } from "../../src/engine/index.ts";
import {
  type Table,
  benefitsTable,
  budgetTable,
  moneyStories,
  multiYearTable,
  partnerTable,
  partnerWorkloadTable,
  regulationOnlyTable,
  storyChart,
  storyTable,
  workloadTable,
} from "../../src/report/index.ts";
import { benchScenario } from "../bench/scenario.ts";
import { example } from "./helpers.ts";
import { expectShownSumsHold } from "./shownSums.ts";

/** 20 boards and 10 institutes over 5 years, with joiners and non-members (the bench generator, smaller). */
function thirtyPartners(): { session: Session; result: Result; planYear: string } {
  const outcome = parseSession(
    benchScenario({ boards: 20, institutes: 10, categories: 6, placements: 120, years: 5 }, 30),
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return {
    session: outcome.session,
    result: computeResult(outcome.session),
    planYear: outcome.session.years[1]!,
  };
}

/** Every table of the results page and the proposal, for every year. */
function allTables(session: Session, result: Result, planYear: string): Table[] {
  const perYear = result.years.flatMap((y) => [
    budgetTable(session, result, y.year),
    partnerTable(session, result, y.year),
    benefitsTable(session, result, y.year),
    partnerWorkloadTable(session, result, y.year),
  ]);
  const stories = moneyStories(result);
  return [
    ...perYear,
    multiYearTable(session, result, planYear),
    storyTable(stories, planYear),
    storyChart(stories, planYear).table,
    workloadTable(result, planYear),
    regulationOnlyTable(session, result, planYear).table,
  ];
}

describe.each([
  { name: "po", load: () => example("po") },
  { name: "vo", load: () => example("vo") },
  { name: "30 partners", load: thirtyPartners },
])("shown totals add up: $name", ({ load }) => {
  it("in every table, every total equals the sum of its shown parts", () => {
    const { session, result, planYear } = load();
    const checks = allTables(session, result, planYear).reduce(
      (n, table) => n + expectShownSumsHold(table),
      0,
    );
    // Budget (4 subtotals + income + pot + 3 own-investment totals), partners (4 columns), the story, and
    // hours and FTE (2 role totals, 8 partner columns), per year at least.
    expect(checks).toBeGreaterThanOrEqual(result.years.length * 25);
  });
});
