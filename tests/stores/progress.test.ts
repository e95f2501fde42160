// Progress per step: answers and filled input panels, derived from the session.
import { describe, expect, it } from "vitest";
import { type Session, parseSession } from "../../src/engine/index.ts";
import { emptySession } from "../../src/stores/newSession.ts";
import { type StepOutline, describeProgress, hasAnswer, hasContent, outlineOf, panelFilled, progressStore, stepProgress } from "../../src/stores/progress.ts";
import { replaceSession, setAnswer } from "../../src/stores/session.ts";
import examplePo from "../fixtures/voorbeeld-po.json";

const empty = (): Session => emptySession(new Date(2026, 10, 23));
function example(): Session {
  const outcome = parseSession(examplePo);
  if (!outcome.ok) throw new Error("fixture does not parse");
  return outcome.session;
}
const outline: StepOutline = { step: 5, slug: "studenten", title: "Studenten", questionIds: ["a", "b", "c"], inputs: ["placements", "counted", "proposal"] };

describe.each([
  { answer: undefined, expected: false }, // never touched
  { answer: { notes: "", agreements: "", open: "" }, expected: false }, // all empty
  { answer: { notes: "  \n ", agreements: "", open: "" }, expected: false }, // white space only
  { answer: { notes: "", agreements: "", open: "x" }, expected: true }, // one open point
])("hasAnswer($answer)", ({ answer, expected }) => {
  it(`is ${expected}`, () => expect(hasAnswer(answer)).toBe(expected));
});

describe.each([
  { name: "empty session", edit: (_: Session) => {}, answered: 0, filledInputs: 0, started: false, text: "Nog niet begonnen" },
  { name: "one answer", edit: (s: Session) => void (s.answers["b"] = { notes: "n", agreements: "", open: "" }), answered: 1, filledInputs: 0, started: true, text: "1 van 3 vragen beantwoord" },
  // answers to questions of other steps do not count here
  { name: "other step's answer", edit: (s: Session) => void (s.answers["z"] = { notes: "n", agreements: "", open: "" }), answered: 0, filledInputs: 0, started: false, text: "Nog niet begonnen" },
  // "proposal" only shows results, so 2 panels can be filled, not 3
  { name: "placements only", edit: (s: Session) => void s.placements.push({ board: "b", institute: "i", category: "c", students: {}, days: 0 }), answered: 0, filledInputs: 1, started: true, text: "Invoer deels ingevuld (1 van 2)" },
  { name: "all", edit: (s: Session) => { s.placements.push({ board: "b", institute: "i", category: "c", students: {}, days: 0 }); s.regulation.counted["2024-2025"] = 10; s.answers["a"] = { notes: "", agreements: "x", open: "" }; }, answered: 1, filledInputs: 2, started: true, text: "1 van 3 vragen beantwoord, invoer ingevuld" },
])("stepProgress: $name", ({ edit, answered, filledInputs, started, text }) => {
  it("counts answers and filled panels", () => {
    const session = empty();
    edit(session);
    const progress = stepProgress(outline, session);
    expect(progress).toEqual({ slug: "studenten", answered, questions: 3, filledInputs, inputs: 2, started });
    expect(describeProgress(progress)).toBe(text);
  });
});

describe.each([
  // every panel that holds input is filled in the po example except the ones the example leaves at their defaults
  { panel: "profile", inEmpty: false, inExample: true },
  { panel: "partners", inEmpty: false, inExample: true },
  { panel: "facilitation", inEmpty: false, inExample: true },
  { panel: "placements", inEmpty: false, inExample: true },
  { panel: "counted", inEmpty: false, inExample: true },
  { panel: "rates", inEmpty: false, inExample: true }, // the example's rates differ from the GPL defaults
  { panel: "regionRequest", inEmpty: false, inExample: false }, // shows results only
  { panel: "proposal", inEmpty: false, inExample: false }, // shows results only
] as const)("panelFilled($panel)", ({ panel, inEmpty, inExample }) => {
  it(`is ${inEmpty} in an empty session and ${inExample} in the po example`, () => {
    expect(panelFilled(panel, empty())).toBe(inEmpty);
    expect(panelFilled(panel, example())).toBe(inExample);
  });
});

describe("hasContent", () => {
  it.each([
    { name: "empty session", session: empty(), expected: false }, // nothing to lose
    { name: "po example", session: example(), expected: true }, // inputs
    { name: "a name only", session: { ...empty(), partnership: { name: "Oost", sector: "vo" as const, region: "" } }, expected: true }, // profile
    { name: "an answer only", session: { ...empty(), answers: { q: { notes: "", agreements: "", open: "later" } } }, expected: true }, // answers
  ])("$name → $expected", ({ session, expected }) => expect(hasContent(session)).toBe(expected));
});

describe("progressStore", () => {
  it("follows the session", () => {
    replaceSession(empty());
    const store = progressStore([outline, { ...outline, step: 6, slug: "kosten", questionIds: ["d"], inputs: [] }]);
    const seen: boolean[][] = [];
    const stop = store.subscribe((value) => seen.push(value.map((p) => p.started)));
    setAnswer("d", "notes", "Eerste notitie");
    setAnswer("a", "open", "Nog uitzoeken");
    stop();
    expect(seen).toEqual([[false, false], [false, true], [true, true]]);
  });
});

describe("outlineOf", () => {
  it("keeps what the progress needs and the question ids in order", () => {
    const card = { step: 2, slug: "doelen", title: "Doelen", inputs: ["norm" as const], questions: [{ id: "x", text: "Vraag x?", source: { doc: "000", section: "Baten" } }, { id: "y", text: "Vraag y?", source: { doc: "000", section: "Baten" } }] };
    expect(outlineOf(card)).toEqual({ step: 2, slug: "doelen", title: "Doelen", questionIds: ["x", "y"], inputs: ["norm"] });
  });
});
