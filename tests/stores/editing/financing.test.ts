// Regulation, counted numbers, distribution and commitment actions.
import { describe, expect, it } from "vitest";
import type { Session } from "../../../src/engine/index.ts";
import * as f from "../../../src/stores/editing/financing.ts";
import { describeActions, example } from "./helpers.ts";

describeActions([
  // a shipped record sets base, amount per student and lag, and its id
  {
    name: "record",
    run: () =>
      f.applyRegulation({ id: "tegemoetkoming-2020", base: 100000, perStudent: 955, lag: 1 }),
    check: (s: Session) =>
      s.regulation.id === "tegemoetkoming-2020" &&
      s.regulation.base === 100000 &&
      s.regulation.perStudent === 955,
  },
  // editing the amount makes it the partnership's own values
  {
    name: "own amount",
    run: () => f.setRegulationField("perStudent", 1100),
    check: (s: Session) => s.regulation.perStudent === 1100 && !("id" in s.regulation),
  },
  // ceiling factor and lag keep the record
  {
    name: "ceiling",
    run: () => f.setRegulationField("ceilingFactor", 0.9),
    check: (s: Session) =>
      s.regulation.ceilingFactor === 0.9 && s.regulation.id === "onderwijsregios-2025",
  },
  {
    name: "own",
    run: () => f.useOwnRegulation(),
    check: (s: Session) => !("id" in s.regulation) && s.regulation.perStudent === 1250,
  },
  {
    name: "counted",
    run: () => f.setCounted("2025-2026", 230),
    check: (s: Session) =>
      s.regulation.counted["2025-2026"] === 230 && s.regulation.counted["2024-2025"] === 205,
  },
  {
    name: "counted removed",
    run: () => f.setCounted("2023-2024", undefined),
    check: (s: Session) => Object.keys(s.regulation.counted).join() === "2024-2025",
  },
  {
    name: "distribution",
    run: () => {
      f.setDistribution("overhead", "topSlice");
      f.setDistribution("topSlice", 300);
      f.setDistribution("boardsShare", 0.8);
    },
    check: (s: Session) =>
      s.distribution.overhead === "topSlice" &&
      s.distribution.topSlice === 300 &&
      s.distribution.boardsShare === 0.8,
  },
  // percent replaces amount and the other way round: never both
  {
    name: "commitment amount",
    run: () => f.setCommitment("akker", { kind: "amount", value: 20000 }),
    check: (s: Session) => JSON.stringify(s.partners[0]!.commitment) === '{"amount":20000}',
  },
  {
    name: "commitment percent",
    run: () => f.setCommitment("elders", { kind: "percent", value: 0.25 }),
    check: (s: Session) => s.partners[3]!.commitment?.percent === 0.25,
  },
  {
    name: "commitment none",
    run: () => f.setCommitment("pabo", { kind: "none" }),
    check: (s: Session) => !("commitment" in s.partners[2]!),
  },
]);

describe.each([
  { id: "akker", expected: { kind: "percent", value: 0.5 } }, // 50 % of own costs
  { id: "elders", expected: { kind: "none" } }, // no commitment
])("commitmentOf($id)", ({ id, expected }) => {
  it("reads the commitment", () => expect(f.commitmentOf(example(), id)).toEqual(expected));
});
