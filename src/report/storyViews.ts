/** The money story as a table (one column per school year) and as a stacked bar chart with that table beside it. */
import {
  STORY_LABELS,
  type MoneyStory,
  type StoryFigure,
  type StoryKey,
  inSentence,
  storyEuro,
} from "./story.ts";
import { numberColumn, textColumn } from "./common.ts";
import type { BarChart, Row, SignedRow, Table } from "./types.ts";

const partOf = (s: MoneyStory, key: StoryKey): StoryFigure | undefined =>
  s.parts.find((p) => p.key === key);
const eurosOf = (s: MoneyStory, key: StoryKey): number => partOf(s, key)?.euros ?? 0;

/** The label of the fourth part across years: extra, ruimte, or both when the years differ. */
function extraLabel(stories: readonly MoneyStory[]): string {
  if (stories.length > 0 && stories.every((s) => s.room))
    return `${STORY_LABELS.room} (gaat af van de subsidie)`;
  if (stories.some((s) => s.room)) return `${STORY_LABELS.extra} (negatief: ruimte in de regeling)`;
  return STORY_LABELS.extra;
}

/** "2026-2027 (planjaar)" for the plan year. */
export function yearHeading(year: string, planYear?: string): string {
  return year === planYear ? `${year} (planjaar)` : year;
}

/**
 * The story of every given year as a table: the total costs, its parts, then needed and own
 * investment. `sumOf` says which rows add up to which, so tests check every shown total.
 */
export function storyTable(
  stories: readonly MoneyStory[],
  planYear?: string,
  caption = "Waar de kosten van betaald worden",
): Table {
  const withOver = stories.some((s) => partOf(s, "overCommitted") !== undefined);
  // Cells show the story's whole euros; values keep the engine's amounts (euros with cents), as in every report table.
  const amountRow = (
    label: string,
    pick: (s: MoneyStory) => StoryFigure | undefined,
    kind?: Row["kind"],
    sumOf?: SignedRow[],
  ): Row => {
    const figures = stories.map(pick);
    const row: Row = {
      cells: [label, ...figures.map((f) => storyEuro(f?.euros ?? 0))],
      values: [null, ...figures.map((f) => (f?.cents ?? 0) / 100)],
    };
    if (kind) row.kind = kind;
    if (sumOf) row.sumOf = sumOf;
    return row;
  };
  const plus = (...rows: number[]): SignedRow[] => rows.map((row) => ({ row, sign: 1 }));
  const partKeys: StoryKey[] = [
    "subsidy",
    "otherIncome",
    "commitments",
    "extra",
    ...(withOver ? (["overCommitted"] as StoryKey[]) : []),
  ];
  const partLabels: Record<string, string> = {
    subsidy: STORY_LABELS.subsidy,
    otherIncome: STORY_LABELS.otherIncome,
    commitments: STORY_LABELS.commitments,
    extra: extraLabel(stories),
    overCommitted: STORY_LABELS.overCommitted,
  };
  const rows: Row[] = [
    amountRow(
      STORY_LABELS.costs,
      (s) => s.costs,
      "subtotal",
      plus(...partKeys.map((_, i) => i + 1)),
    ),
  ];
  for (const key of partKeys) rows.push(amountRow(partLabels[key]!, (s) => partOf(s, key)));
  rows.push(
    amountRow(
      `${STORY_LABELS.needed} (subsidie + extra gevraagd)`,
      (s) => s.needed,
      "total",
      plus(1, 4),
    ),
  );
  rows.push(
    amountRow(
      `${STORY_LABELS.ownInvestment} (kosten − subsidie − overige inkomsten)`,
      (s) => s.ownInvestment,
      undefined,
      [
        { row: 0, sign: 1 },
        { row: 1, sign: -1 },
        { row: 2, sign: -1 },
      ],
    ),
  );
  return {
    caption,
    columns: [
      textColumn("Kerncijfer"),
      ...stories.map((s) => numberColumn(yearHeading(s.year, planYear))),
    ],
    rows,
    footnotes: [
      `${STORY_LABELS.costs} = ${inSentence(STORY_LABELS.subsidy)} + ${inSentence(STORY_LABELS.otherIncome)} + ${inSentence(STORY_LABELS.commitments)} + ${inSentence(STORY_LABELS.extra)}. Bedragen in hele euro's, zo afgerond dat de delen optellen tot het totaal.`,
      `${STORY_LABELS.ownInvestment}: wat de partners dragen als de Onderwijsregio alleen het bedrag van de regeling betaalt (hun toezeggingen plus het deel dat nog niemand dekt). Het is geen bedrag naast de aanvraag, maar een andere kijk op dezelfde kosten.`,
    ],
  };
}

/**
 * The costs of each year as one bar, its parts as segments (story order). A bar is exactly the
 * costs: when the regulation leaves room, the subsidy segment shows only the part that is needed,
 * and the room is named in the description and the table.
 */
export function storyChart(stories: readonly MoneyStory[], planYear?: string): BarChart {
  const used = stories.map((s) => {
    const extra = eurosOf(s, "extra");
    const over = eurosOf(s, "overCommitted");
    const subsidy = Math.max(0, eurosOf(s, "subsidy") + Math.min(0, extra));
    const commitments = Math.max(0, eurosOf(s, "commitments") + over);
    return { subsidy, other: eurosOf(s, "otherIncome"), commitments, extra: Math.max(0, extra) };
  });
  const single = stories.length === 1;
  return {
    title: single
      ? `Waar de kosten van ${stories[0]!.year} van betaald worden`
      : "Waar de kosten van betaald worden, per schooljaar",
    description: `Gestapelde staaf: per schooljaar één staaf voor de totale kosten, opgedeeld in ${inSentence(STORY_LABELS.subsidy)}, ${inSentence(STORY_LABELS.otherIncome)}, ${inSentence(STORY_LABELS.commitments)} en ${inSentence(STORY_LABELS.extra)}. ${stories.map((s) => s.sentences.slice(0, 2).join(" ")).join(" ")}`,
    groups: stories.map((s) => yearHeading(s.year, planYear)),
    series: [
      {
        key: "subsidy",
        label: STORY_LABELS.subsidy,
        stack: "costs",
        values: used.map((u) => u.subsidy),
      },
      {
        key: "other",
        label: STORY_LABELS.otherIncome,
        stack: "costs",
        values: used.map((u) => u.other),
      },
      {
        key: "commitments",
        label: STORY_LABELS.commitments,
        stack: "costs",
        values: used.map((u) => u.commitments),
      },
      { key: "extra", label: STORY_LABELS.extra, stack: "costs", values: used.map((u) => u.extra) },
    ],
    table: storyTable(
      stories,
      planYear,
      single
        ? `Waar de kosten van ${stories[0]!.year} van betaald worden (cijfers bij de grafiek)`
        : "Waar de kosten van betaald worden (cijfers bij de grafiek)",
    ),
  };
}
