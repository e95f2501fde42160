// Loads the worked examples for the view-model tests (copies in tests/fixtures, never /work/shared).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Result,
  type Session,
  computeResult,
  parseSession,
  parseSessionText,
} from "../../src/engine/index.ts";
import type { Row, Table } from "../../src/report/index.ts";

// import.meta.dirname, not import.meta.url: under happy-dom the module URL is not a file URL.
const fixturePath = (name: string): string =>
  join(import.meta.dirname, "..", "fixtures", `voorbeeld-${name}.json`);

/** A checked example session and its result. */
export function example(name: "po" | "vo"): { session: Session; result: Result; planYear: string } {
  const outcome = parseSessionText(readFileSync(fixturePath(name), "utf8"));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  const planYear = outcome.session.planYear ?? outcome.session.years[0]!;
  return { session: outcome.session, result: computeResult(outcome.session), planYear };
}

/** A changed copy of an example, checked again. */
export function variant(
  name: "po" | "vo",
  change: (raw: Record<string, unknown>) => void,
): { session: Session; result: Result } {
  const raw = JSON.parse(readFileSync(fixturePath(name), "utf8")) as Record<string, unknown>;
  change(raw);
  const outcome = parseSession(raw);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return { session: outcome.session, result: computeResult(outcome.session) };
}

/** The row whose first cell starts with `label`. */
export function row(table: Table, label: string): Row {
  const found = table.rows.find((r) => r.cells[0]?.startsWith(label));
  if (!found) throw new Error(`geen rij "${label}" in ${table.caption}`);
  return found;
}

/** Raw value of column `col` of a row. */
export function value(r: Row, col = 1): number {
  const v = r.values?.[col];
  if (typeof v !== "number") throw new Error(`geen getal in kolom ${col} van "${r.cells[0]}"`);
  return v;
}

/** Integer cents of a sum of euro amounts. */
export function sumCents(values: readonly number[]): number {
  return values.reduce((s, v) => s + Math.round(v * 100), 0);
}

/** The rows between a heading and the next subtotal/total/heading. */
export function block(table: Table, heading: string): Row[] {
  const start = table.rows.findIndex((r) => r.kind === "heading" && r.cells[0] === heading);
  if (start < 0) throw new Error(`geen kop "${heading}"`);
  const out: Row[] = [];
  for (const r of table.rows.slice(start + 1)) {
    if (r.kind !== undefined) break;
    out.push(r);
  }
  return out;
}

/** Writes "€ 1.234" as Intl does: a no-break space after the euro sign. */
export function nbsp(text: string): string {
  return text.replace(/€ /g, "€\u00a0");
}
