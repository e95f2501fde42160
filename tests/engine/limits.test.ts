// Every limit at its boundary: the maximum itself is read, one step beyond is refused with a Dutch
// message naming the field. Duplicate names and duplicate placement rows in files.
import { describe, expect, it } from "vitest";
import {
  MAX_AMOUNT,
  MAX_ANSWERS,
  MAX_CATEGORIES,
  MAX_COUNT,
  MAX_ID_LENGTH,
  MAX_LINES,
  MAX_NAME_LENGTH,
  MAX_PARTNERS,
  MAX_PLACEMENTS,
  MAX_TEXT_LENGTH,
  parseSession,
  parseSessionText,
} from "../../src/engine/index.ts";
import { readNumber } from "../../src/components/inputs/fields/numberField.ts";
import { type Draft, Y1, baseDraft } from "./helpers.ts";

const boards = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `b${i}`, name: `Bestuur ${i}`, kind: "board" }));
const categories = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `Categorie ${i}`, subsidised: true }));
const lines = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ label: `Regel ${i}`, amount: 1 }));
const answers = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`v${i}`, { notes: "" }]));

describe.each<[string, string, (d: Draft, n: number) => void, number, number]>([
  // an amount (a cost line)
  [
    "amount",
    "overhead[0].amount",
    (d, n) => (d.overhead = [{ label: "x", amount: n }]),
    MAX_AMOUNT,
    MAX_AMOUNT + 0.01,
  ],
  // an hourly rate
  ["rate", "rates.WPB", (d, n) => (d.rates.WPB = n), MAX_AMOUNT, MAX_AMOUNT + 1],
  // a student count
  [
    "count",
    `placements[0].students.${Y1}`,
    (d, n) =>
      (d.placements = [{ board: "b", institute: "i", category: "c", students: { [Y1]: n } }]),
    MAX_COUNT,
    MAX_COUNT + 1,
  ],
  // schools of a board
  [
    "schools",
    "partners[0].schools",
    (d, n) => (d.partners[0].schools = n),
    MAX_COUNT,
    MAX_COUNT + 1,
  ],
  // the partnership name
  [
    "name",
    "partnership.name",
    (d, n) => (d.partnership.name = "n".repeat(n)),
    MAX_NAME_LENGTH,
    MAX_NAME_LENGTH + 1,
  ],
  // an answer text
  [
    "note",
    "answers.v.notes",
    (d, n) => (d.answers = { v: { notes: "n".repeat(n) } }),
    MAX_TEXT_LENGTH,
    MAX_TEXT_LENGTH + 1,
  ],
  // an id
  [
    "id",
    "categories[0].id",
    (d, n) => ((d.categories[0].id = "c".repeat(n)), (d.placements = [])),
    MAX_ID_LENGTH,
    MAX_ID_LENGTH + 1,
  ],
  // number of partners
  [
    "partners",
    "partners",
    (d, n) => (d.partners = [...boards(n - 1), { id: "i", name: "Opleiding", kind: "institute" }]),
    MAX_PARTNERS,
    MAX_PARTNERS + 1,
  ],
  // number of categories
  [
    "categories",
    "categories",
    (d, n) => (d.categories = categories(n)),
    MAX_CATEGORIES,
    MAX_CATEGORIES + 1,
  ],
  // number of lines in one list
  ["lines", "benefits", (d, n) => (d.benefits = lines(n)), MAX_LINES, MAX_LINES + 1],
  // number of placement rows
  [
    "placements",
    "placements",
    (d, n) => (
      (d.categories = categories(n)),
      (d.placements = Array.from({ length: n }, (_, i) => ({
        board: "b",
        institute: "i",
        category: `c${i % MAX_CATEGORIES}`,
        students: {},
      })))
    ),
    MAX_PLACEMENTS,
    MAX_PLACEMENTS + 1,
  ],
  // number of answered questions
  ["answers", "answers", (d, n) => (d.answers = answers(n)), MAX_ANSWERS, MAX_ANSWERS + 1],
])("limit: %s", (_label, path, set, max, beyond) => {
  it(`reads ${max} and refuses ${beyond} at ${path}`, () => {
    const at = baseDraft();
    set(at, max);
    const ok = parseSession(at);
    // Other rules (duplicate rows) are not what this row is about.
    if (!ok.ok) expect(ok.problems.filter((p) => p.path.startsWith(path))).toEqual([]);
    const over = baseDraft();
    set(over, beyond);
    const refused = parseSession(over);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    const problem = refused.problems.find((p) => p.path === path);
    expect(problem?.message).toMatch(
      /^mag hoogstens [\d.,]+ (zijn|tekens lang zijn|\S+ bevatten)$/,
    );
  });
});

describe("input fields use the same limits", () => {
  it.each([
    // a whole count
    { rules: { integer: true }, ok: String(MAX_COUNT), refused: "12345678901234567" },
    // an amount
    { rules: {}, ok: "1.000.000.000", refused: "1.000.000.001" },
  ])("refuses beyond the session's limit ($refused)", ({ rules, ok, refused }) => {
    expect(readNumber(ok, rules).ok).toBe(true);
    const read = readNumber(refused, rules);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/^Vul hoogstens [\d.]+ in\.$/);
  });
});

describe("duplicates", () => {
  it("refuses two partners with the same name (any case, spaces around)", () => {
    const draft = baseDraft();
    draft.partners.push({ id: "b2", name: " bestuur ", kind: "board" });
    const outcome = parseSession(draft);
    expect(outcome.ok ? [] : outcome.problems).toEqual([
      {
        path: "partners[2].name",
        message: '" bestuur " is ook de naam van partners[0]; geef elke partner een eigen naam',
      },
    ]);
  });

  it("refuses two placement rows for the same board, institute and category in a file, naming both", () => {
    const draft = baseDraft();
    const row = { board: "b", institute: "i", category: "c", students: { [Y1]: 2 } };
    draft.placements = [row, { ...row, students: { [Y1]: 3 } }];
    const outcome = parseSessionText(JSON.stringify(draft));
    expect(outcome.ok ? [] : outcome.problems).toEqual([
      {
        path: "placements[1]",
        message:
          'is dezelfde combinatie van bestuur "b", opleiding "i" en categorie "c" als placements[0]; voeg de twee rijen samen tot één',
      },
    ]);
  });
});
