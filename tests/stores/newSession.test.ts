// A new session: today's school years, the shipped regulation through its typed loader, and no
// sector or rates until the partnership gives them (issue 8, issue 15 point 4).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSession } from "../../src/engine/index.ts";
import { DEFAULT_REGULATION, PANELS } from "../../src/lib/inputPanels.ts";
import { NEW_SESSION_REGULATION } from "../../src/lib/records/defaults.ts";
import { parseRecord } from "../../src/lib/records/parse.ts";
import { emptySession } from "../../src/stores/newSession.ts";

const today = new Date(2026, 10, 23);

describe("emptySession", () => {
  const session = emptySession(today);
  it("passes the session rules as it is", () => {
    expect(parseSession(JSON.parse(JSON.stringify(session))).ok).toBe(true);
  });
  it("has no sector until the user chooses one", () => {
    expect(session.partnership.sector).toBeUndefined();
    expect(PANELS.profile.missing?.(session)).toContain("de sector");
  });
  it("has no rates (0, not the vo GPL) and asks for each role", () => {
    expect(session.rates).toEqual({ WPB: 0, SO: 0, IO: 0 });
    expect(PANELS.rates.filled(session)).toBe(false);
    expect(PANELS.rates.missing?.(session)).toEqual([
      "het uurtarief van de werkplekbegeleider (WPB)",
      "het uurtarief van de schoolopleider (SO)",
      "het uurtarief van de instituutsopleider (IO)",
      "bevestiging dat de uurtarieven getoetst zijn aan de actuele GPL",
    ]);
  });
  it("computes with the shipped 2025 regulation, read through its schema (the panel registry names the same one)", () => {
    expect(DEFAULT_REGULATION).toBe(NEW_SESSION_REGULATION.id);
    expect(session.regulation).toMatchObject({
      id: NEW_SESSION_REGULATION.id,
      base: NEW_SESSION_REGULATION.base,
      perStudent: NEW_SESSION_REGULATION.perStudent,
      lag: NEW_SESSION_REGULATION.lag,
      grant: "calendarYear",
      ceilingFactor: 1,
      counted: {},
    });
  });
  it.each([
    // in November 2026 the current school year is 2026-2027: up to 2029-2030, at least three years
    { date: new Date(2026, 10, 23), first: "2026-2027", last: "2029-2030", plan: "2027-2028" },
    // 31 July still belongs to the school year before
    { date: new Date(2027, 6, 31), first: "2026-2027", last: "2029-2030", plan: "2027-2028" },
    // close to 2030: still three years
    { date: new Date(2029, 7, 1), first: "2029-2030", last: "2031-2032", plan: "2030-2031" },
  ])("years from $first to $last, plan year $plan", ({ date, first, last, plan }) => {
    const s = emptySession(date);
    expect([s.years[0], s.years.at(-1), s.planYear]).toEqual([first, last, plan]);
  });
});

describe("the shipped regulation a new session rests on", () => {
  it("is refused with file and field named when broken", () => {
    const record = JSON.parse(
      readFileSync(
        new URL("../../content/regulations/onderwijsregios-2025.json", import.meta.url),
        "utf8",
      ),
    ) as Record<string, unknown>;
    expect(() =>
      parseRecord("regulations", "onderwijsregios-2025.json", { ...record, perStudent: -1 }),
    ).toThrow(/^content\/regulations: onderwijsregios-2025\.json klopt niet: perStudent: /);
  });
});
