/**
 * Plain view models of the results, shared by the /resultaat/ page and the PDF. No Svelte, DOM or
 * Astro here: every cell is already formatted Dutch text; raw numbers ride along for charts/tests.
 */

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

/** One key figure of a year: raw value and formatted text. */
export interface KeyFigure {
  key: "totalCosts" | "subsidy" | "ownInvestment" | "coverage" | "needed" | "gap";
  label: string;
  value: number;
  text: string;
  hint: string;
}

/** The key figures of one school year. */
export interface KeyFigures {
  year: string;
  items: KeyFigure[];
}
