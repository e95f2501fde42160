/**
 * Plain view models of the results, shared by the /resultaat/ page and the PDF. No Svelte, DOM or
 * Astro here: every cell is already formatted Dutch text; raw numbers ride along for charts/tests.
 */
import type { StoryKey } from "./story.ts";

/** How a column's cells line up: text left, numbers right (tabular figures). */
export type Align = "left" | "right";

/** One column of a table. */
export interface Column {
  label: string;
  align: Align;
}

/** The role of a row: a heading between blocks, a subtotal of a block, or a grand total. */
export type RowKind = "total" | "subtotal" | "heading";

/** One row: formatted cells (one per column) and, where a cell is a number, its raw value. */
export interface Row {
  cells: string[];
  kind?: RowKind;
  /** Raw values per cell (euros with cents, counts, fractions); null for text cells. */
  values?: (number | null)[];
  /** The rows (by index, with their sign) whose shown amounts add up to this row's shown amount in every amount column. */
  sumOf?: SignedRow[];
}

/** A row that adds to (sign 1) or takes from (sign −1) a total row. */
export interface SignedRow {
  row: number;
  sign: 1 | -1;
}

/** A table as people read it: Dutch caption, headers and cells, plus footnotes. */
export interface Table {
  caption: string;
  columns: Column[];
  rows: Row[];
  footnotes?: string[];
}

/** One series of a bar chart; series with the same `stack` are drawn on top of each other. */
export interface ChartSeries {
  key: string;
  label: string;
  stack: string;
  values: number[];
}

/** A bar chart: groups along one axis, one bar per stack in each group; same data as `table`. */
export interface BarChart {
  title: string;
  description: string;
  /** Labels of the groups (school years or partners). */
  groups: string[];
  series: ChartSeries[];
  /** The same numbers as a table, shown beside the chart. */
  table: Table;
}

/** One key figure of a year: a figure of the money story (story.ts), shown in whole euros. */
export interface KeyFigure {
  key: StoryKey;
  label: string;
  /** The shown whole euros (parts add up to the shown total). */
  value: number;
  text: string;
  hint: string;
  /** How the figure enters the story: the total, one of its parts, or a total people ask about. */
  role: "total" | "part" | "derived";
}

/** The key figures of one school year, in story order, and the story in sentences. */
export interface KeyFigures {
  year: string;
  items: KeyFigure[];
  sentences: string[];
}
