// §3.4 distribution over the partners: the three overhead methods × basis previous/current ×
// split students/costs, boardsShare, the leftovers (overhead funded/uncovered, payout deficit,
// reserve) and the "no weight" warnings.
import { describe, expect, it } from "vitest";
import type { YearResult } from "../../src/engine/index.ts";
import { type Draft, Y0, Y1, cents, partnerOf, placement, resultOf, yearOf } from "./helpers.ts";

/**
 * Two boards and one institute. Y0: 4 students at b, 6 at b2; Y1: 6 and 6. Each student costs the
 * board €800 (10 WPB × 50 + 5 SO × 60) and the institute €140 (2 IO × 70); the institute has €720
 * fixed costs, so in Y1 the partner costs are 4 800 : 4 800 : 2 400 (2 : 2 : 1). Overhead €2 000.
 * S(Y1) = €1 000 × C(Y0) = €10 000; boards get 75 % of the pot when it is split by students.
 */
const partnership = (draft: Draft): void => {
  draft.partners.push({ id: "b2", name: "Bestuur 2", kind: "board" });
  draft.partners[1].fixedCosts = [{ label: "Vast", amount: 720 }];
  draft.placements.push(
    placement({ [Y0]: 4, [Y1]: 6 }),
    placement({ [Y0]: 6, [Y1]: 6 }, { board: "b2" }),
  );
  draft.regulation.counted = { "2023-2024": 10 };
  draft.overhead = [{ label: "Programmaleiding", amount: 2000 }];
};

type Split = {
  P: number;
  b: number;
  b2: number;
  i: number;
  funded: number;
  uncovered: number;
  deficit: number;
  reserve: number;
};

/** The partner identity of §3.5 in integer cents. */
function expectIdentity(year: YearResult): void {
  const partnerSum = year.partners.reduce((sum, p) => sum + cents(p.ownInvestment), 0);
  const d = year.distribution;
  expect(cents(year.ownInvestment.total)).toBe(
    partnerSum + cents(d.overheadUncovered) + cents(d.payoutDeficit) - cents(d.reserve),
  );
}

describe.each<[string, Draft, Split]>([
  // deduct: P = I − O = 8 000; previous weights 4 : 6
  [
    "deduct/previous/students",
    { overhead: "deduct", basis: "previous", split: "students" },
    { P: 8000, b: 2400, b2: 3600, i: 2000, funded: 2000, uncovered: 0, deficit: 0, reserve: 0 },
  ],
  // deduct: current weights 6 : 6
  [
    "deduct/current/students",
    { overhead: "deduct", basis: "current", split: "students" },
    { P: 8000, b: 3000, b2: 3000, i: 2000, funded: 2000, uncovered: 0, deficit: 0, reserve: 0 },
  ],
  // deduct by costs 2 : 2 : 1
  [
    "deduct/previous/costs",
    { overhead: "deduct", basis: "previous", split: "costs" },
    { P: 8000, b: 3200, b2: 3200, i: 1600, funded: 2000, uncovered: 0, deficit: 0, reserve: 0 },
  ],
  // by costs the basis does not matter
  [
    "deduct/current/costs",
    { overhead: "deduct", basis: "current", split: "costs" },
    { P: 8000, b: 3200, b2: 3200, i: 1600, funded: 2000, uncovered: 0, deficit: 0, reserve: 0 },
  ],
  // fullRate: P = 1 000 × B(Y0) = 10 000 = I, so the overhead is not funded
  [
    "fullRate/previous/students",
    { overhead: "fullRate", basis: "previous", split: "students" },
    { P: 10000, b: 3000, b2: 4500, i: 2500, funded: 0, uncovered: 2000, deficit: 0, reserve: 0 },
  ],
  // fullRate: P = 1 000 × B(Y1) = 12 000 > I: a payout deficit of 2 000
  [
    "fullRate/current/students",
    { overhead: "fullRate", basis: "current", split: "students" },
    { P: 12000, b: 4500, b2: 4500, i: 3000, funded: 0, uncovered: 2000, deficit: 2000, reserve: 0 },
  ],
  // fullRate by costs
  [
    "fullRate/previous/costs",
    { overhead: "fullRate", basis: "previous", split: "costs" },
    { P: 10000, b: 4000, b2: 4000, i: 2000, funded: 0, uncovered: 2000, deficit: 0, reserve: 0 },
  ],
  // fullRate by costs, current B
  [
    "fullRate/current/costs",
    { overhead: "fullRate", basis: "current", split: "costs" },
    { P: 12000, b: 4800, b2: 4800, i: 2400, funded: 0, uncovered: 2000, deficit: 2000, reserve: 0 },
  ],
  // topSlice €200: P = 800 × 10
  [
    "topSlice/previous/students",
    { overhead: "topSlice", topSlice: 200, basis: "previous", split: "students" },
    { P: 8000, b: 2400, b2: 3600, i: 2000, funded: 2000, uncovered: 0, deficit: 0, reserve: 0 },
  ],
  // topSlice: P = 800 × 12 = 9 600; only 400 left for 2 000 overhead
  [
    "topSlice/current/students",
    { overhead: "topSlice", topSlice: 200, basis: "current", split: "students" },
    { P: 9600, b: 3600, b2: 3600, i: 2400, funded: 400, uncovered: 1600, deficit: 0, reserve: 0 },
  ],
  // topSlice by costs
  [
    "topSlice/previous/costs",
    { overhead: "topSlice", topSlice: 200, basis: "previous", split: "costs" },
    { P: 8000, b: 3200, b2: 3200, i: 1600, funded: 2000, uncovered: 0, deficit: 0, reserve: 0 },
  ],
  // topSlice by costs, current B
  [
    "topSlice/current/costs",
    { overhead: "topSlice", topSlice: 200, basis: "current", split: "costs" },
    { P: 9600, b: 3840, b2: 3840, i: 1920, funded: 400, uncovered: 1600, deficit: 0, reserve: 0 },
  ],
  // a topSlice above the per-student amount leaves nothing for the partners (max(0, …))
  [
    "topSlice above the rate",
    { overhead: "topSlice", topSlice: 1500, basis: "previous" },
    { P: 0, b: 0, b2: 0, i: 0, funded: 2000, uncovered: 0, deficit: 0, reserve: 8000 },
  ],
  // boardsShare 1 (the default): the institute gets nothing
  [
    "boardsShare 1",
    { boardsShare: 1 },
    { P: 8000, b: 3200, b2: 4800, i: 0, funded: 2000, uncovered: 0, deficit: 0, reserve: 0 },
  ],
  // boardsShare 0: everything to the institute side
  [
    "boardsShare 0",
    { boardsShare: 0 },
    { P: 8000, b: 0, b2: 0, i: 8000, funded: 2000, uncovered: 0, deficit: 0, reserve: 0 },
  ],
])("distribution %s", (_label, distribution, expected) => {
  const y1 = yearOf(
    resultOf((d) => {
      partnership(d);
      d.distribution = { boardsShare: 0.75, ...distribution };
    }),
    Y1,
  );
  it("fills the pot and splits it", () => {
    expect(y1.distribution.toPartners).toBe(expected.P);
    expect(y1.partners.map((p) => p.share)).toEqual([expected.b, expected.i, expected.b2]);
  });
  it("says what happens to the overhead", () => {
    expect(y1.distribution).toEqual({
      toPartners: expected.P,
      overheadFunded: expected.funded,
      overheadUncovered: expected.uncovered,
      payoutDeficit: expected.deficit,
      reserve: expected.reserve,
    });
  });
  it("keeps the own-investment identity", () => expectIdentity(y1));
});

describe.each<[string, (draft: Draft) => void, Partial<Split> & { warning: RegExp | null }]>([
  // other income of 5 000 with fullRate: I − P − O = 3 000 stays in reserve
  [
    "reserve",
    (d) => (
      (d.distribution = { overhead: "fullRate" }),
      (d.otherIncome = [{ label: "Regio", amount: 5000 }])
    ),
    { P: 10000, funded: 2000, reserve: 3000, warning: null },
  ],
  // overhead above income: nothing for the partners, 2 000 overhead uncovered
  [
    "overhead above income",
    (d) => (d.overhead = [{ label: "Groot", amount: 12000 }]),
    { P: 0, funded: 10000, uncovered: 2000, reserve: 0, warning: null },
  ],
  // a weight-0 category: neither side has weight, so P = 0 with a warning naming the basis year
  [
    "weight 0 everywhere",
    (d) => (d.categories[0].weight = 0),
    { P: 0, funded: 2000, reserve: 8000, warning: /^2025-2026: .*basisjaar 2024-2025/ },
  ],
  // split by costs when no member partner has costs: P = 0 with a warning naming the year
  [
    "costs split without costs",
    (d) => {
      d.rates = { WPB: 0, SO: 0, IO: 0 };
      d.partners[1].fixedCosts = [];
      d.distribution = { split: "costs" };
    },
    { P: 0, funded: 2000, reserve: 8000, warning: /^2025-2026: .*geen kosten/ },
  ],
])("distribution edge: %s", (_label, change, expected) => {
  const result = resultOf((d) => {
    partnership(d);
    change(d);
  });
  const y1 = yearOf(result, Y1);
  it("gives the expected pot and leftovers", () => {
    const d = y1.distribution;
    expect(d.toPartners).toBe(expected.P);
    if (expected.funded !== undefined) expect(d.overheadFunded).toBe(expected.funded);
    if (expected.uncovered !== undefined) expect(d.overheadUncovered).toBe(expected.uncovered);
    if (expected.reserve !== undefined) expect(d.reserve).toBe(expected.reserve);
    expect(y1.partners.reduce((s, p) => s + cents(p.share), 0)).toBe(cents(d.toPartners));
    expectIdentity(y1);
  });
  it(
    expected.warning === null ? "does not warn about the distribution" : "warns, naming the year",
    () => {
      const about = result.warnings.filter((w) => w.startsWith(`${Y1}:`));
      if (expected.warning === null) expect(about).toEqual([]);
      else expect(about.some((w) => expected.warning!.test(w))).toBe(true);
    },
  );
});

// Basis fallback (cost model 1.1, §3.4): in Y0 the previous year 2023-2024 lies outside `years`, so
// B(Y − 1) = 0. When the basis is used (split students, or fullRate/topSlice), Y0's own counts
// (4 : 6) stand in, with a warning; when it is not (deduct split by costs) nothing changes.
// Y0: I = 10 000 (DUO count 2023-2024 = 10), O = 2 000; costs b 3 200, b2 4 800, i 2 120.
const FELL_BACK =
  "2024-2025: geen studenten in basisjaar 2023-2024; verdeeld naar de aantallen van 2024-2025";

describe.each<[string, Draft, Pick<Split, "P" | "b" | "b2" | "i">, string | null]>([
  // deduct, split by students: P = I − O = 8 000 on Y0's counts, boards 75 % (4 : 6)
  [
    "deduct/previous/students",
    { overhead: "deduct", basis: "previous", split: "students" },
    { P: 8000, b: 2400, b2: 3600, i: 2000 },
    FELL_BACK,
  ],
  // fullRate: P = 1 000 × B(Y0) = 10 000
  [
    "fullRate/previous/students",
    { overhead: "fullRate", basis: "previous", split: "students" },
    { P: 10000, b: 3000, b2: 4500, i: 2500 },
    FELL_BACK,
  ],
  // topSlice €200: P = 800 × 10
  [
    "topSlice/previous/students",
    { overhead: "topSlice", topSlice: 200, basis: "previous", split: "students" },
    { P: 8000, b: 2400, b2: 3600, i: 2000 },
    FELL_BACK,
  ],
  // topSlice split by costs: the pot needs B, so the fallback applies; 8 000 over 3 200 : 4 800 : 2 120
  [
    "topSlice/previous/costs",
    { overhead: "topSlice", topSlice: 200, basis: "previous", split: "costs" },
    { P: 8000, b: 2529.64, b2: 3794.47, i: 1675.89 },
    FELL_BACK,
  ],
  // deduct split by costs never reads the basis: no fallback, no warning
  [
    "deduct/previous/costs",
    { overhead: "deduct", basis: "previous", split: "costs" },
    { P: 8000, b: 2529.64, b2: 3794.47, i: 1675.89 },
    null,
  ],
  // basis current is Y0 itself: nothing to fall back from
  [
    "deduct/current/students",
    { overhead: "deduct", basis: "current", split: "students" },
    { P: 8000, b: 2400, b2: 3600, i: 2000 },
    null,
  ],
])("basis fallback in the first year: %s", (_label, distribution, expected, warning) => {
  const result = resultOf((d) => {
    partnership(d);
    d.distribution = { boardsShare: 0.75, ...distribution };
  });
  const y0 = yearOf(result, Y0);
  it("distributes on the year's own counts only when the basis is used", () => {
    expect(y0.distribution.toPartners).toBe(expected.P);
    expect(y0.partners.map((p) => p.share)).toEqual([expected.b, expected.i, expected.b2]);
    expectIdentity(y0);
  });
  it(warning === null ? "does not warn" : "says so in a warning naming both years", () => {
    const about = result.warnings.filter((w) => w.startsWith(`${Y0}:`));
    expect(about).toEqual(warning === null ? [] : [warning]);
  });
});

describe.each<[string, (draft: Draft) => void, string, { P: number; reserve: number }, string[]]>([
  // lag 0: "previous" is the year itself, so there is nothing to fall back from
  [
    "lag 0",
    (d) => ((d.regulation.lag = 0), (d.regulation.counted = {})),
    Y0,
    { P: 8000, reserve: 0 },
    [],
  ],
  // no countable students in Y0 or 2023-2024: no fallback, P = 0 and the old warning, income kept as reserve
  [
    "no students in either year",
    (d) => (d.placements = [placement({ [Y1]: 6 })]),
    Y0,
    { P: 0, reserve: 8000 },
    ["2024-2025: geen studenten in basisjaar 2023-2024; niets verdeeld"],
  ],
  // a later year whose previous year has no countable students falls back as well (fullRate: P = 1 000 × 5)
  [
    "a gap year mid-session",
    (d) => ((d.placements = [placement({ [Y1]: 5 })]), (d.distribution = { overhead: "fullRate" })),
    Y1,
    { P: 5000, reserve: 0 },
    ["2025-2026: geen studenten in basisjaar 2024-2025; verdeeld naar de aantallen van 2025-2026"],
  ],
  // the fallback changes nothing when there is no pot (overhead above income): no warning either
  [
    "no pot to distribute",
    (d) => (d.overhead = [{ label: "Groot", amount: 20000 }]),
    Y0,
    { P: 0, reserve: 0 },
    [],
  ],
])("basis fallback edge: %s", (_label, change, year, expected, warnings) => {
  const result = resultOf((d) => {
    partnership(d);
    change(d);
  });
  const y = yearOf(result, year);
  it("gives the expected pot", () => {
    expect(y.distribution.toPartners).toBe(expected.P);
    expect(y.distribution.reserve).toBe(expected.reserve);
    expectIdentity(y);
  });
  it("warns only where the contract says", () => {
    expect(
      result.warnings.filter((w) => w.startsWith(`${year}:`) && w.includes("basisjaar")),
    ).toEqual(warnings);
  });
});

describe("both sides always carry the same weight", () => {
  // Every countable row gives its weight to its board and to its institute, so "one side without
  // weight" (§3.4) cannot arise from a valid file: a weight-0 category empties both sides at once
  // (see "weight 0 everywhere" above). boardsShare then splits the pot between two non-empty sides.
  it("splits P × boardsShare to the boards even when the institute's rows are few", () => {
    const y1 = yearOf(
      resultOf((d) => {
        partnership(d);
        d.distribution = { boardsShare: 0.3, basis: "current" };
      }),
      Y1,
    );
    expect(partnerOf(y1, "b").share + partnerOf(y1, "b2").share).toBe(2400);
    expect(partnerOf(y1, "i").share).toBe(5600);
  });
});

describe("own investment per partner", () => {
  it("may be negative when a partner receives more than it spends", () => {
    const y1 = yearOf(
      resultOf((d) => {
        partnership(d);
        d.distribution = { overhead: "fullRate", basis: "current", boardsShare: 0.75 };
      }),
      Y1,
    );
    // The institute costs 2 400 and receives 3 000.
    expect(partnerOf(y1, "i").ownInvestment).toBe(-600);
    expect(y1.ownInvestment.institutes).toBe(-600);
    expect(y1.ownInvestment.boards).toBe(9600 - 9000);
    // total costs 14 000 − income 10 000
    expect(y1.ownInvestment.total).toBe(4000);
    expectIdentity(y1);
  });
});

describe("basis weights summed with plain numbers or with BigInt", () => {
  // The engine adds the basis weights as whole units in plain numbers when that is exact, and with
  // BigInt when a weight has more than 15 decimals or the sums could pass 2^53; the split only
  // depends on the proportions, so scaling every weight alike must give the same shares either way.
  const shares = (weight: number, students: number): number[] =>
    yearOf(
      resultOf((d) => {
        partnership(d);
        d.categories[0].weight = weight;
        d.distribution = { overhead: "deduct", basis: "current", split: "students" };
        d.placements[0].students[Y1] = students;
        d.placements[1].students[Y1] = students * 2;
      }),
      Y1,
    ).partners.map((p) => cents(p.share));

  it.each([
    ["a weight with 16 decimals", 1.0000000000000002, 6],
    ["weights and counts beyond 2^53 units", 999_999_999.25, 50_000],
  ])("%s", (_label, weight, students) => {
    expect(shares(weight, students)).toEqual(shares(1, students));
  });
});
