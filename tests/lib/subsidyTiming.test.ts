// The timing of the subsidy in words: T-1 only where the calculation or the 2020–2023 regulation
// does that, two counts under the calendar-year grants of the Onderwijsregio regulations.
import { describe, expect, it } from "vitest";
import type { Session } from "../../src/engine/index.ts";
import {
  REGULATION_TIMING,
  grantsPerCalendarYear,
  timingExplanation,
  timingHint,
} from "../../src/lib/subsidyTiming.ts";

const session = (regulation: object): Session =>
  ({
    regulation: { base: 0, perStudent: 1250, ceilingFactor: 1, lag: 1, counted: {}, ...regulation },
  }) as unknown as Session;

describe("timing texts", () => {
  it.each([
    // school-year grants with lag 1: T-1, named as the 2020–2023 way
    [
      {},
      false,
      "de telling van het schooljaar ervoor (T-1), zoals onder de regeling van 2020–2023",
    ],
    // lag 0: the year itself
    [{ lag: 0 }, false, "de telling van dat schooljaar zelf"],
    // calendar-year grants (added by the cost model 1.1): two counts
    [{ grant: "calendarYear" }, true, "rust op twee eerdere tellingen"],
  ])("%o", (regulation, calendar, hint) => {
    const s = session(regulation);
    expect(grantsPerCalendarYear(s)).toBe(calendar);
    expect(timingHint(s)).toContain(hint);
  });

  it("the longer explanation always says what the Onderwijsregio regulations do", () => {
    for (const r of [{}, { grant: "calendarYear" }])
      expect(timingExplanation(session(r))).toContain(REGULATION_TIMING);
    expect(REGULATION_TIMING).toContain("2024 op 2022-2023, 2025 op 2023-2024");
  });
});
