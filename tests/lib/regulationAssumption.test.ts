// One sentence when a shipped regulation is used past the years its sources state.
import { describe, expect, it } from "vitest";
import { regulationAssumption } from "../../src/lib/regulationAssumption.ts";
import { type Draft, sessionOf } from "../engine/helpers.ts";

const RECORDS = [
  { id: "r2024", name: "Regeling 2024", sourcedFor: { from: "2024-2025", to: "2024-2025" } },
  { id: "r2025", name: "Regeling 2025", sourcedFor: { from: "2025-2026", to: "2025-2026" } },
];

describe.each<[string, (d: Draft) => void, string | null]>([
  // 2024-2025 … 2026-2027 on the 2025 record, school-year grants: 2026-2027 is past its source
  [
    "school-year grants",
    (d) => (d.regulation.id = "r2025"),
    "Voor 2026-2027 en later is nog geen regeling bekend: de bedragen van de Regeling 2025 zijn doorgetrokken (aanname).",
  ],
  // calendar-year grants: the grant of 2026 uses the values of 2026-2027
  [
    "calendar-year grants",
    (d) => ((d.regulation.id = "r2025"), (d.regulation.grant = "calendarYear")),
    "Voor 2026 en later is nog geen regeling bekend: de bedragen van de Regeling 2025 zijn doorgetrokken (aanname).",
  ],
  // the 2024 record from the start, the 2025 one from 2025-2026: the first year past a source is still 2026-2027
  [
    "with a byYear change",
    (d) => ((d.regulation.id = "r2024"), (d.regulation.byYear = { "2025-2026": { id: "r2025" } })),
    "Voor 2026-2027 en later is nog geen regeling bekend: de bedragen van de Regeling 2025 zijn doorgetrokken (aanname).",
  ],
  // own values: nothing to say
  ["own values", () => {}, null],
])("regulation assumption: %s", (_label, change, expected) => {
  it("says it once, or not at all", () => {
    expect(regulationAssumption(sessionOf(change), RECORDS)).toBe(expected);
  });
});
