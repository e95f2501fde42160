// @vitest-environment happy-dom
// The region page's store: each session is computed by the engine once, so typing the budget or
// adding another file does not compute the other partnerships again; the region is the same as
// computing everything afresh.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as engine from "../../src/engine/index.ts";
import { computeRegion } from "../../src/region/index.ts";
import { replaceSession } from "../../src/stores/session.ts";

const computeSpy = vi.hoisted(() => ({ calls: 0 }));
vi.mock("../../src/engine/index.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof engine>();
  return {
    ...actual,
    computeResult: (session: engine.Session) => {
      computeSpy.calls++;
      return actual.computeResult(session);
    },
  };
});

const { regionStore, regionEntriesStore, addCurrentSession, removeRegionEntry, setBudgetField } =
  await import("../../src/stores/region.ts");

const outcome = engine.parseSessionText(
  readFileSync(join(process.cwd(), "tests/fixtures/voorbeeld-po.json"), "utf8"),
);
if (!outcome.ok) throw new Error("fixture");
const po = outcome.session;

beforeEach(() => {
  localStorage.clear();
  for (const entry of regionEntriesStore.get()) removeRegionEntry(entry.id);
  setBudgetField("amount", "");
  replaceSession(po);
});

describe("the region store", () => {
  it("computes each session once: the budget and a further file do not compute the others again", () => {
    const unsubscribe = regionStore.listen(() => undefined);
    addCurrentSession();
    addCurrentSession();
    const afterTwo = computeSpy.calls;
    setBudgetField("amount", "1.000.000");
    setBudgetField("amount", "1.200.000");
    expect(computeSpy.calls).toBe(afterTwo);
    addCurrentSession();
    expect(computeSpy.calls).toBe(afterTwo + 1);
    const sessions = regionEntriesStore.get().map((e) => e.session);
    const budget = regionStore.get().budget!;
    expect(budget.amount).toBe(120_000_000);
    expect(regionStore.get().region).toEqual(computeRegion(sessions, budget));
    unsubscribe();
  });
});
