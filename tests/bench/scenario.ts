// A large, deterministic session for measurements: 150 partners (110 boards, 40 institutes, some
// non-members and joiners), 12 categories (per student, per group, per stage day), 600 placements
// and 10 school years. Other bench sections (PDF, bundle size) may import it too.
// Plain erasable TypeScript with explicit .ts imports: it runs under Node's type stripping.
import type { SessionInput } from "../../src/engine/index.ts";

/** How big the scenario is; the defaults are the agreed benchmark size. */
export interface ScenarioSize {
  boards: number;
  institutes: number;
  categories: number;
  placements: number;
  years: number;
}

export const BENCH_SIZE: ScenarioSize = {
  boards: 110,
  institutes: 40,
  categories: 12,
  placements: 600,
  years: 10,
};

/** mulberry32: a tiny seeded PRNG, so every run measures the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The benchmark session as it would be written in a file. */
export function benchScenario(size: ScenarioSize = BENCH_SIZE, seed = 2025): SessionInput {
  const rnd = random(seed);
  const int = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
  const cents = (max: number): number => int(0, max * 100) / 100;
  const years = Array.from({ length: size.years }, (_, k) => `${2020 + k}-${2021 + k}`);

  const categories = Array.from({ length: size.categories }, (_, c) => ({
    id: `cat-${c}`,
    name: `Categorie ${c + 1}`,
    // Two categories (minor, oriëntatie) are not subsidised.
    subsidised: c % 6 !== 5,
    weight: [1, 1, 1, 0.5, 1.5][c % 5]!,
    perStudent: { WPB: int(10, 40), SO: int(5, 30) + 0.5, IO: int(0, 14) },
    ...(c % 3 === 1 ? { perGroup: { size: int(8, 16), hours: { SO: 53, IO: int(0, 10) } } } : {}),
    ...(c % 4 === 2 ? { perDay: { hours: { WPB: 0.5, SO: 0.3 }, cap: { WPB: 36, SO: 24 } } } : {}),
    stipend: c % 2 === 0 ? cents(600) : 0,
  }));

  const boards = Array.from({ length: size.boards }, (_, b) => ({
    id: `bestuur-${b}`,
    name: `Schoolbestuur ${b + 1}`,
    kind: "board" as const,
    // Five "schil" schools outside the partnership, six boards joining later.
    member: b % 22 !== 21,
    schools: int(1, 25),
    ...(b % 18 === 17 ? { joins: years[int(1, size.years - 1)]! } : {}),
    ...(b % 7 === 3 ? { rates: { SO: cents(70) + 20 } } : {}),
    fixedCosts: [{ label: "Coördinatie", amount: cents(9000) }],
    ...(b % 3 === 0
      ? { commitment: { percent: int(0, 100) / 100 } }
      : b % 3 === 1
        ? { commitment: { amount: cents(20000) } }
        : {}),
  }));
  const institutes = Array.from({ length: size.institutes }, (_, i) => ({
    id: `opleiding-${i}`,
    name: `Lerarenopleiding ${i + 1}`,
    kind: "institute" as const,
    member: i % 10 !== 9,
    ...(i % 13 === 12 ? { joins: years[int(1, size.years - 1)]! } : {}),
    fixedCosts: i % 2 === 0 ? [{ label: "Instituutsopleiders", amount: cents(15000) }] : [],
    ...(i % 4 === 0 ? { commitment: { percent: 0.5 } } : {}),
  }));

  const placements = Array.from({ length: size.placements }, (_, r) => {
    const students: Record<string, number> = {};
    let n = int(0, 30);
    for (const year of years) {
      n = Math.max(0, n + int(-4, 6));
      if (rnd() < 0.9) students[year] = n;
    }
    const groups: Record<string, number> = {};
    if (r % 25 === 0) groups[years[int(0, size.years - 1)]!] = int(1, 4);
    // One row per board, institute and category: the n-th row of a board takes the n-th category
    // after the board's own offset, so no two rows of a board share a category (no duplicate rows).
    const board = r % size.boards;
    const nth = Math.floor(r / size.boards);
    return {
      board: boards[board]!.id,
      institute: institutes[int(0, size.institutes - 1)]!.id,
      category: categories[(board * 5 + nth) % size.categories]!.id,
      students,
      ...(Object.keys(groups).length > 0 ? { groups } : {}),
      days: int(0, 120),
    };
  });

  return {
    format: "gesprekswijzer/1",
    partnership: {
      name: "Meetscenario (150 partners)",
      sector: "po-vo",
      region: "Onderwijsregio Meetland",
    },
    years,
    planYear: years[1]!,
    // Cost model 1.1 at its heaviest: calendar-year grants (two grants per year) and five byYear entries.
    regulation: {
      id: "tegemoetkoming-2020",
      base: 100000,
      perStudent: 955,
      ceilingFactor: 1,
      lag: 1,
      grant: "calendarYear",
      counted: { "2018-2019": 5100, "2019-2020": 5200 },
      // Keyed by position; a smaller scenario (other bench sections) keeps the entries its years reach.
      byYear: Object.fromEntries(
        (
          [
            [2, { id: "onderwijsregios-2024", base: 0 }],
            [4, { id: "onderwijsregios-2025", perStudent: 1250 }],
            [5, { ceilingFactor: 0.9431 }],
            [7, { ceilingFactor: 0.92 }],
            [8, { perStudent: 1300, ceilingFactor: 1 }],
          ] as const
        ).flatMap(([k, entry]) => (years[k] === undefined ? [] : [[years[k], entry]])),
      ),
    },
    rates: { WPB: 52.44, SO: 56.57, IO: 60.0 },
    indexation: 0.0275,
    perSchool: { SO: 342 },
    categories,
    partners: [...boards, ...institutes],
    placements,
    overhead: [
      { label: "Programmaleiding", amount: 160000 },
      { label: "Kwaliteitszorg", amount: 42500.5 },
    ],
    otherIncome: [{ label: "Regionale middelen", amount: 250000 }],
    distribution: {
      overhead: "topSlice",
      topSlice: 150,
      basis: "previous",
      split: "students",
      boardsShare: 0.8,
    },
    benefits: [{ label: "Minder wervingskosten", amount: 75000 }],
  };
}
