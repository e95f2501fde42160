// Actions on the regulation's history: grant mode and "vanaf schooljaar X geldt regeling Y".
import { describe, expect, it } from "vitest";
import type { Session } from "../../../src/engine/index.ts";
import * as r from "../../../src/stores/editing/regulationChanges.ts";
import { describeActions, drive, example } from "./helpers.ts";

const R2025 = { id: "onderwijsregios-2025", base: 0, perStudent: 1250 };

describeActions([
  {
    name: "grant per school year",
    run: () => r.setGrant("schoolYear"),
    check: (s: Session) => s.regulation.grant === "schoolYear",
  },
  // the first change goes to the year after the first school year
  {
    name: "add a change",
    run: () => r.addRegulationChange(R2025),
    check: (s: Session) => s.regulation.byYear?.["2026-2027"]?.perStudent === 1250,
  },
  // a second change goes after the first
  {
    name: "add two",
    run: () => {
      r.addRegulationChange(R2025);
      r.addRegulationChange(null);
    },
    check: (s: Session) => Object.keys(s.regulation.byYear ?? {}).join() === "2026-2027,2027-2028",
  },
  {
    name: "move",
    run: () => {
      r.addRegulationChange(R2025);
      r.moveRegulationChange("2026-2027", "2027-2028");
    },
    check: (s: Session) => Object.keys(s.regulation.byYear ?? {}).join() === "2027-2028",
  },
  // typing an amount makes the values the partnership's own (no record id); a ceiling factor keeps the record
  {
    name: "own amount",
    run: () => {
      r.addRegulationChange(R2025);
      r.setRegulationChangeField("2026-2027", "perStudent", 1100);
    },
    check: (s: Session) => s.regulation.byYear?.["2026-2027"]?.id === undefined,
  },
  {
    name: "lower ceiling",
    run: () => {
      r.addRegulationChange(R2025);
      r.setRegulationChangeField("2026-2027", "ceilingFactor", 0.9);
    },
    check: (s: Session) =>
      s.regulation.byYear?.["2026-2027"]?.id === R2025.id &&
      s.regulation.byYear["2026-2027"].ceilingFactor === 0.9,
  },
  // removing the last change leaves no byYear key behind
  {
    name: "remove",
    run: () => {
      r.addRegulationChange(R2025);
      r.removeRegulationChange("2026-2027");
    },
    check: (s: Session) => !("byYear" in s.regulation),
  },
]);

describe("a change in the po example", () => {
  it("changes the subsidy from that year on", () => {
    const s = drive(example(), () =>
      r.addRegulationChange({ id: "eigen-laag", base: 0, perStudent: 1000 }),
    );
    expect(s.regulation.byYear).toEqual({
      "2026-2027": { id: "eigen-laag", base: 0, perStudent: 1000 },
    });
  });
});
