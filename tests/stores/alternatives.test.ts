// @vitest-environment happy-dom
// The proposal's choice of alternatives: kept per conversation, read back safely, only ids still in
// the library, and each chosen conversation as a scenario with the engine's result.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { computeResult, parseSessionText } from "../../src/engine/index.ts";
import {
  alternativeChoiceStore,
  alternativeScenarios,
  alternativesOf,
  chooseAlternative,
  decodeChoice,
} from "../../src/stores/alternatives.ts";
import { libraryStore, duplicateEntry, loadLibrary, openEntry } from "../../src/stores/library.ts";
import { replaceSession, sessionStore } from "../../src/stores/session.ts";

const outcome = parseSessionText(
  readFileSync(join(process.cwd(), "tests/fixtures/voorbeeld-po.json"), "utf8"),
);
if (!outcome.ok) throw new Error("fixture");
const po = outcome.session;

beforeEach(async () => {
  localStorage.clear();
  alternativeChoiceStore.set({});
  replaceSession(po);
  await loadLibrary();
});

describe("the choice of alternatives", () => {
  it.each([
    // a stored choice
    { text: '{"a":["b","c"]}', expected: { a: ["b", "c"] } },
    // not JSON
    { text: "{niet af", expected: {} },
    // an array instead of an object
    { text: '["a"]', expected: {} },
    // an entry of the wrong shape is left out, the rest kept
    { text: '{"a":["b"],"x":[1],"y":"z"}', expected: { a: ["b"] } },
  ])("reads $text", ({ text, expected }) => {
    expect(decodeChoice(text)).toEqual(expected);
  });

  it("keeps the alternatives per conversation, in the order they were ticked", () => {
    chooseAlternative("a", "c", true);
    chooseAlternative("a", "b", true);
    chooseAlternative("z", "b", true);
    chooseAlternative("a", "c", false);
    expect(alternativeChoiceStore.get()).toEqual({ a: ["b"], z: ["b"] });
  });

  it("lists only alternatives still in the library, never the conversation itself", () => {
    expect(alternativesOf({ a: ["a", "b", "gone", "c"] }, "a", ["a", "b", "c"])).toEqual([
      "b",
      "c",
    ]);
    expect(alternativesOf({ a: ["b"] }, null, ["b"])).toEqual([]);
  });

  it("gives each chosen conversation as a scenario with its library name and the engine's result", () => {
    const original = libraryStore.get()[0]!.id;
    const scenario = duplicateEntry(original, "Ambitie — 100 % in 2030")!;
    openEntry(scenario);
    const more = structuredClone(sessionStore.get());
    more.categories[0]!.perStudent.WPB = (more.categories[0]!.perStudent.WPB ?? 0) + 10;
    replaceSession(more);
    openEntry(original);
    const [chosen] = alternativeScenarios([scenario]);
    expect(chosen!.label).toBe("Ambitie — 100 % in 2030");
    expect(chosen!.result).toEqual(computeResult(more));
  });
});
