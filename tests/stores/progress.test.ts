// Progress per step: answers, filled input panels and what is missing, derived from the session and the panel registry.
import { describe, expect, it } from "vitest";
import { type Session, parseSession } from "../../src/engine/index.ts";
import { emptySession } from "../../src/stores/newSession.ts";
import {
  type StepOutline,
  describeProgress,
  hasAnswer,
  hasContent,
  outlineOf,
  panelFilled,
  progressStore,
  stepProgress,
} from "../../src/stores/progress.ts";
import { replaceSession, setAnswer } from "../../src/stores/session.ts";
import examplePo from "../fixtures/voorbeeld-po.json";

const empty = (): Session => emptySession(new Date(2026, 10, 23));
function example(): Session {
  const outcome = parseSession(examplePo);
  if (!outcome.ok) throw new Error("fixture does not parse");
  return outcome.session;
}
const outline: StepOutline = {
  step: 5,
  slug: "studenten",
  title: "Studenten",
  questionIds: ["a", "b", "c"],
  inputs: ["placements", "counted", "proposal"],
};

describe.each([
  { answer: undefined, expected: false }, // never touched
  { answer: { notes: "", agreements: "", open: "" }, expected: false }, // all empty
  { answer: { notes: "  \n ", agreements: "", open: "" }, expected: false }, // white space only
  { answer: { notes: "", agreements: "", open: "x" }, expected: true }, // one open point
])("hasAnswer($answer)", ({ answer, expected }) => {
  it(`is ${expected}`, () => expect(hasAnswer(answer)).toBe(expected));
});

// The empty session runs 2026-2027 … 2029-2030 with plan year 2027-2028; calendar-year grants need the counts of 2024-2025 and 2025-2026.
const row = (students: Record<string, number>) => ({
  board: "b",
  institute: "i",
  category: "c",
  students,
  days: 0,
});
const answer = (notes: string) => ({ notes, agreements: "", open: "" });
describe.each([
  {
    name: "empty session",
    edit: (_: Session) => {},
    answered: 0,
    filledInputs: 0,
    missing: [
      "studenten per schooljaar",
      "de DUO-telling van 2024-2025",
      "de DUO-telling van 2025-2026",
    ],
    started: false,
    done: false,
    text: "0 van 3 vragen besproken; invoer mist 3",
  },
  {
    name: "one answer",
    edit: (s: Session) => void (s.answers["b"] = answer("n")),
    answered: 1,
    filledInputs: 0,
    missing: [
      "studenten per schooljaar",
      "de DUO-telling van 2024-2025",
      "de DUO-telling van 2025-2026",
    ],
    started: true,
    done: false,
    text: "1 van 3 vragen besproken; invoer mist 3",
  },
  // answers to questions of other steps do not count here
  {
    name: "other step's answer",
    edit: (s: Session) => void (s.answers["z"] = answer("n")),
    answered: 0,
    filledInputs: 0,
    missing: [
      "studenten per schooljaar",
      "de DUO-telling van 2024-2025",
      "de DUO-telling van 2025-2026",
    ],
    started: false,
    done: false,
    text: "0 van 3 vragen besproken; invoer mist 3",
  },
  // "proposal" only shows results, so 2 panels can be filled, not 3; a row without plan-year students is not enough
  {
    name: "a row without students",
    edit: (s: Session) => void s.placements.push(row({})),
    answered: 0,
    filledInputs: 1,
    missing: [
      "studenten in het planjaar 2027-2028",
      "de DUO-telling van 2024-2025",
      "de DUO-telling van 2025-2026",
    ],
    started: true,
    done: false,
    text: "0 van 3 vragen besproken; invoer mist 3",
  },
  // a single note does not make a step done: every question and every input is needed
  {
    name: "all",
    edit: (s: Session) => {
      s.placements.push(row({ "2027-2028": 4 }));
      s.regulation.counted["2024-2025"] = 10;
      s.regulation.counted["2025-2026"] = 12;
      for (const id of ["a", "b", "c"]) s.answers[id] = answer("x");
    },
    answered: 3,
    filledInputs: 2,
    missing: [],
    started: true,
    done: true,
    text: "3 van 3 vragen besproken; invoer compleet",
  },
])("stepProgress: $name", ({ edit, answered, filledInputs, missing, started, done, text }) => {
  it("counts answers, filled panels and what is missing", () => {
    const session = empty();
    edit(session);
    const progress = stepProgress(outline, session);
    expect(progress).toEqual({
      slug: "studenten",
      answered,
      questions: 3,
      filledInputs,
      inputs: 2,
      missing,
      started,
      done,
    });
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
    {
      name: "a name only",
      session: { ...empty(), partnership: { name: "Oost", sector: "vo" as const, region: "" } },
      expected: true,
    }, // profile
    {
      name: "an answer only",
      session: { ...empty(), answers: { q: { notes: "", agreements: "", open: "later" } } },
      expected: true,
    }, // answers
  ])("$name → $expected", ({ session, expected }) => expect(hasContent(session)).toBe(expected));
});

describe("progressStore", () => {
  it("follows the session", () => {
    replaceSession(empty());
    const store = progressStore([
      outline,
      { ...outline, step: 6, slug: "kosten", questionIds: ["d"], inputs: [] },
    ]);
    const seen: boolean[][] = [];
    const stop = store.subscribe((value) => seen.push(value.map((p) => p.started)));
    setAnswer("d", "notes", "Eerste notitie");
    setAnswer("a", "open", "Nog uitzoeken");
    stop();
    expect(seen).toEqual([
      [false, false],
      [false, true],
      [true, true],
    ]);
  });
});

describe("outlineOf", () => {
  it("keeps what the progress needs and the question ids in order", () => {
    const card = {
      step: 2,
      slug: "doelen",
      title: "Doelen",
      inputs: ["norm" as const],
      questions: [
        { id: "x", text: "Vraag x?", source: { doc: "000", section: "Baten" } },
        { id: "y", text: "Vraag y?", source: { doc: "000", section: "Baten" } },
      ],
    };
    expect(outlineOf(card)).toEqual({
      step: 2,
      slug: "doelen",
      title: "Doelen",
      questionIds: ["x", "y"],
      inputs: ["norm"],
    });
  });
});
