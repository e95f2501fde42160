// A fast-check generator of VALID session files (format gesprekswijzer/1): every rule of §2 of
// the cost model holds by construction, so the property tests exercise the engine, not the
// validation. Amounts have at most three decimals (as people type them, plus half cents that
// exercise the rounding); counts are whole; references resolve; years are consecutive.
import fc from "fast-check";
import { type Session, parseSession, schoolYear, yearRange } from "../../src/engine/index.ts";
import type { Draft } from "./helpers.ts";

/** A decimal amount 0..max with `decimals` decimals, as JSON would carry it. */
export const amount = (max: number, decimals = 2): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: max * 10 ** decimals }).map((v) => v / 10 ** decimals);

/** A fraction 0..1 with up to four decimals, often a round value. */
const ratio = fc.oneof(
  fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
  fc.integer({ min: 0, max: 10000 }).map((v) => v / 10000),
);

/** Hours per role, each role present or absent. */
const roleHours = (max: number): fc.Arbitrary<Draft> =>
  fc.record({ WPB: amount(max, 1), SO: amount(max, 1), IO: amount(max, 1) }, { requiredKeys: [] });

const lines = (max: number, most: number): fc.Arbitrary<Draft[]> =>
  fc.array(
    fc.record({
      label: fc.constantFrom("Coördinatie", "Scholing", "Regel"),
      amount: amount(max, 3),
    }),
    { maxLength: most },
  );

const category = (id: string): fc.Arbitrary<Draft> =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.constant(`Categorie ${id}`),
      subsidised: fc.boolean(),
      weight: fc.constantFrom(0, 0.5, 1, 1, 1, 1.5, 2),
      perStudent: roleHours(60),
      perGroup: fc.record({ size: fc.integer({ min: 1, max: 20 }), hours: roleHours(80) }),
      perDay: fc.record({ hours: roleHours(1), cap: roleHours(40) }),
      stipend: amount(600, 3),
    },
    { requiredKeys: ["id", "name", "subsidised"] },
  );

const partner = (
  id: string,
  kind: "board" | "institute",
  years: readonly string[],
): fc.Arbitrary<Draft> =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.constant(`Partner ${id}`),
      kind: fc.constant(kind),
      member: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(true), fc.constant(false)),
      schools: fc.integer({ min: 0, max: 12 }),
      joins: fc.constantFrom(...years),
      rates: roleHours(90),
      fixedCosts: lines(20000, 2),
      commitment: fc.oneof(fc.record({ percent: ratio }), fc.record({ amount: amount(30000, 3) })),
    },
    { requiredKeys: ["id", "name", "kind"] },
  );

/** Counts per school year over a subset of `years` (absent years count 0). */
const countsIn = (
  years: readonly string[],
  max: number,
  minKeys = 0,
): fc.Arbitrary<Record<string, number>> =>
  fc.dictionary(fc.constantFrom(...years), fc.integer({ min: 0, max }), {
    minKeys: Math.min(minKeys, years.length),
    maxKeys: years.length,
  });

/** Up to five `byYear` entries (cost model 1.1) on school years around the session, each giving some of the four keys. */
const regulationChanges = (years: readonly string[]): fc.Arbitrary<Record<string, Draft>> =>
  fc.dictionary(
    fc.constantFrom(...years),
    fc.record(
      {
        id: fc.constantFrom("onderwijsregios-2024", "onderwijsregios-2025", "eigen"),
        base: fc.oneof(fc.constant(0), amount(150000, 2)),
        perStudent: fc.oneof(fc.constantFrom(955, 1250), amount(2000, 3)),
        ceilingFactor: ratio,
      },
      { requiredKeys: [] },
    ),
    { maxKeys: 5 },
  );

/** A valid session file as plain JSON data. */
export const sessionDraft: fc.Arbitrary<Draft> = fc
  .record({
    first: fc.integer({ min: 2018, max: 2030 }),
    count: fc.integer({ min: 1, max: 5 }),
    boards: fc.integer({ min: 1, max: 4 }),
    institutes: fc.integer({ min: 1, max: 3 }),
    categories: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ first, count, boards, institutes, categories }) => {
    const years = yearRange(schoolYear(first), count);
    const before = yearRange(`${first - 3}-${first - 2}`, 3);
    const boardIds = Array.from({ length: boards }, (_, i) => `b${i}`);
    const instituteIds = Array.from({ length: institutes }, (_, i) => `i${i}`);
    const categoryIds = Array.from({ length: categories }, (_, i) => `c${i}`);
    const placement = fc.record(
      {
        board: fc.constantFrom(...boardIds),
        institute: fc.constantFrom(...instituteIds),
        category: fc.constantFrom(...categoryIds),
        students: countsIn(years, 60, 2),
        groups: countsIn(years, 6),
        days: amount(60, 1),
      },
      { requiredKeys: ["board", "institute", "category", "students"] },
    );
    return fc.record(
      {
        format: fc.constant("gesprekswijzer/1"),
        partnership: fc.record({
          name: fc.constant("Eigenschap"),
          sector: fc.constantFrom("po", "vo", "mbo", "po-vo"),
        }),
        years: fc.constant(years),
        regulation: fc.record(
          {
            base: fc.oneof(fc.constant(0), fc.constant(100000), amount(200000, 2)),
            perStudent: fc.oneof(fc.constantFrom(955, 1250), amount(2000, 3)),
            ceilingFactor: ratio,
            lag: fc.integer({ min: 0, max: 2 }),
            counted: countsIn([...before, ...years], 400),
          },
          { requiredKeys: ["perStudent"] },
        ),
        rates: fc.record({ WPB: amount(90, 3), SO: amount(90, 3), IO: amount(90, 3) }),
        indexation: fc.constantFrom(0, 0, 0.02, 0.03, 0.025, 0.1, 0.0175),
        // Per-school hours are WPB and SO only; IO is drawn and dropped so that the random stream (and
        // every other test's sessions) stays what it was before cost model 1.1 refused IO here.
        perSchool: roleHours(400).map(({ IO: _io, ...boardRoles }) => boardRoles),
        categories: fc.tuple(...categoryIds.map(category)),
        partners: fc.tuple(
          ...boardIds.map((id) => partner(id, "board", years)),
          ...instituteIds.map((id) => partner(id, "institute", years)),
        ),
        placements: fc.array(placement, { maxLength: 10 }),
        overhead: lines(80000, 3),
        otherIncome: lines(50000, 2),
        distribution: fc.record(
          {
            overhead: fc.constantFrom("deduct", "fullRate", "topSlice"),
            topSlice: amount(1500, 2),
            basis: fc.constantFrom("previous", "current"),
            split: fc.constantFrom("students", "costs"),
            boardsShare: ratio,
          },
          { requiredKeys: [] },
        ),
        benefits: lines(30000, 2),
      },
      {
        requiredKeys: [
          "format",
          "partnership",
          "years",
          "regulation",
          "rates",
          "categories",
          "partners",
          "placements",
        ],
      },
    );
  });

/** A session file with the keys of cost model 1.1 as well: a grant mode and up to five `byYear` entries. */
export const sessionDraft11: fc.Arbitrary<Draft> = sessionDraft.chain((draft) => {
  const first = Number((draft.years as string[])[0]!.slice(0, 4));
  const around = yearRange(schoolYear(first - 3), (draft.years as string[]).length + 5);
  return fc
    .record(
      { grant: fc.constantFrom("schoolYear", "calendarYear"), byYear: regulationChanges(around) },
      { requiredKeys: ["grant"] },
    )
    .map((extra) => ({ ...draft, regulation: { ...draft.regulation, ...extra } }));
});

/** A valid parsed session with the keys of cost model 1.1. */
export const validSession11: fc.Arbitrary<Session> = sessionDraft11.map((draft) => {
  const outcome = parseSession(draft);
  if (!outcome.ok)
    throw new Error(`generator made an invalid session: ${JSON.stringify(outcome.problems)}`);
  return outcome.session;
});

/** A valid parsed session; a generator bug (an invalid file) fails loudly with the problems. */
export const validSession: fc.Arbitrary<Session> = sessionDraft.map((draft) => {
  const outcome = parseSession(draft);
  if (!outcome.ok)
    throw new Error(`generator made an invalid session: ${JSON.stringify(outcome.problems)}`);
  return outcome.session;
});
