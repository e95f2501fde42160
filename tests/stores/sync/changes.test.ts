// Two or three windows editing one session at once: changes travel as fields, so edits to
// different fields all survive, and edits to the same field end as one of them in every window.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { type ChangeMessage, Replica, diff } from "../../../src/stores/sync/changes.ts";

type State = Record<string, unknown>;

/** A window: its state, its replica, and the messages it has not yet delivered to each other window. */
interface Window {
  state: State;
  replica: Replica;
}

function windows(count: number, start: State, clock: () => number): Window[] {
  return Array.from({ length: count }, (_, i) => ({
    state: structuredClone(start),
    replica: new Replica(`w${i}`, clock),
  }));
}

/** A local edit in one window (what a store action does), returning the message for the others. */
function edit(window: Window, recipe: (draft: State) => void): ChangeMessage | null {
  const before = window.state;
  const after = structuredClone(before);
  recipe(after);
  window.state = after;
  return window.replica.local(before, after);
}

function deliver(window: Window, message: ChangeMessage | null): void {
  if (message !== null)
    window.state = window.replica.remote(structuredClone(window.state), message) as State;
}

const start: State = { partnership: { name: "", region: "" }, answers: {}, partners: [] };

describe("diff", () => {
  it.each([
    // one text in a nested record
    {
      before: { answers: { q1: { notes: "a" } } },
      after: { answers: { q1: { notes: "ab" } } },
      paths: [["answers", "q1", "notes"]],
    },
    // a new key, and a removed key
    { before: { a: 1 }, after: { b: 2 }, paths: [["a"], ["b"]] },
    // a list is one field
    {
      before: { partners: [{ id: "x" }] },
      after: { partners: [{ id: "x" }, { id: "y" }] },
      paths: [["partners"]],
    },
    // nothing changed, even when the objects are copies
    { before: { partners: [{ id: "x" }] }, after: { partners: [{ id: "x" }] }, paths: [] },
    // one row of a list changed: the list is sent whole
    {
      before: { placements: [{ n: 1 }, { n: 2 }] },
      after: { placements: [{ n: 1 }, { n: 3 }] },
      paths: [["placements"]],
    },
    // the same rows in another order are a change
    {
      before: { placements: [{ n: 1 }, { n: 2 }] },
      after: { placements: [{ n: 2 }, { n: 1 }] },
      paths: [["placements"]],
    },
  ])("finds the changed fields ($paths)", ({ before, after, paths }) => {
    expect(diff(before, after).map((c) => c.path)).toEqual(paths);
  });

  it("compares a long list row by row: only a changed row is written out as text", () => {
    const rows = Array.from({ length: 600 }, (_, i) => ({ students: { "2025-2026": i } }));
    const changed = rows.map((row, i) => (i === 7 ? { students: { "2025-2026": 70 } } : row));
    const stringify = vi.spyOn(JSON, "stringify");
    expect(diff({ placements: rows }, { placements: changed }).map((c) => c.path)).toEqual([
      ["placements"],
    ]);
    // the changed row, once before and once after; the 599 shared rows are the same objects
    expect(stringify).toHaveBeenCalledTimes(2);
    stringify.mockRestore();
  });

  it("keeps a key named __proto__ as an own field", () => {
    const a = new Replica("a", () => 1);
    const b = new Replica("b", () => 1);
    const after = JSON.parse('{"answers": {"__proto__": {"notes": "x"}}}') as State;
    const message = a.local({ answers: {} }, after);
    const merged = b.remote({ answers: {} }, message!) as { answers: object };
    expect(Object.hasOwn(merged.answers, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(merged.answers)).toBe(Object.prototype);
  });
});

describe("two windows editing at the same instant", () => {
  it("keeps both edits when they touch different fields", () => {
    let now = 1000;
    const [a, b] = windows(2, start, () => now++);
    const fromA = edit(a!, (s) => (s["answers"] = { q1: { notes: "Vanuit A" } }));
    const fromB = edit(b!, (s) => ((s["partnership"] as State)["name"] = "Vanuit B"));
    deliver(a!, fromB);
    deliver(b!, fromA);
    expect(a!.state).toEqual(b!.state);
    expect(a!.state).toMatchObject({
      answers: { q1: { notes: "Vanuit A" } },
      partnership: { name: "Vanuit B" },
    });
  });

  it("ends on the later of two edits to the same field, in both windows", () => {
    const [a, b] = windows(2, start, () => 5000);
    const fromA = edit(a!, (s) => ((s["partnership"] as State)["name"] = "AAAA"));
    const fromB = edit(b!, (s) => ((s["partnership"] as State)["name"] = "BBBB"));
    deliver(a!, fromB);
    deliver(b!, fromA);
    expect(a!.state).toEqual(b!.state);
    // Same time: the window id decides, the same way everywhere.
    expect((a!.state["partnership"] as State)["name"]).toBe("BBBB");
  });

  it("keeps a later edit below a field that another window replaced earlier", () => {
    let now = 1;
    const [a, b] = windows(2, { answers: { q1: { notes: "", open: "" } } }, () => now++);
    const fromA = edit(a!, (s) => (s["answers"] = {})); // e.g. a new conversation: answers emptied
    const fromB = edit(b!, (s) => (((s["answers"] as State)["q1"] as State)["open"] = "later"));
    deliver(a!, fromB);
    deliver(b!, fromA);
    expect(a!.state).toEqual(b!.state);
  });
});

describe("any number of windows typing in any order (property)", () => {
  const fields = ["notes", "agreements", "open", "name"] as const;
  const step = fc.record({
    window: fc.nat(2),
    field: fc.constantFrom(...fields),
    char: fc.constantFrom("a", "b", "c"),
    deliverNow: fc.boolean(),
  });

  it("ends identical everywhere, each field holding a text one window typed (never a mix)", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        let now = 0;
        const all = windows(3, { f: {} }, () => now++);
        const queues: ChangeMessage[][] = all.map(() => []);
        const typed: Record<string, Set<string>> = {};
        for (const s of steps) {
          const w = all[s.window]!;
          const fieldsOf = (st: State) => st["f"] as Record<string, string>;
          const text = `${fieldsOf(w.state)[s.field] ?? ""}${s.char}`;
          (typed[s.field] ??= new Set()).add(text);
          const message = edit(w, (st) => (fieldsOf(st)[s.field] = text));
          all.forEach((_, i) => i !== s.window && message && queues[i]!.push(message));
          // Some messages arrive at once, others later (in order per channel, as BroadcastChannel does).
          if (s.deliverNow)
            all.forEach((other, i) => queues[i]!.splice(0).forEach((m) => deliver(other, m)));
        }
        all.forEach((other, i) => queues[i]!.splice(0).forEach((m) => deliver(other, m)));
        for (const w of all) expect(w.state).toEqual(all[0]!.state);
        for (const [field, value] of Object.entries(all[0]!.state["f"] as Record<string, string>))
          expect(typed[field]!.has(value)).toBe(true);
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });
});
