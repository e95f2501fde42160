// Checks that every total a table shows equals the sum of the parts it shows (the cells people read).
import { expect } from "vitest";
import type { Table } from "../../src/report/index.ts";

/** "€ 1.234.567" / "−€ 12" → 1234567 / -12; null for a cell that is not a whole-euro amount. */
export function shownEuros(cell: string): number | null {
  const m = /^([−-]?)€\s?([\d.]+)$/.exec(cell.replace(/\u00a0/g, " ").trim());
  if (!m) return null;
  return Number(m[2]!.replace(/\./g, "")) * (m[1] === "" ? 1 : -1);
}

/** A shown amount or quantity in hundredths: "€ 1.234" → 123400, "1.234" → 123400, "0,74" → 74; null for text ("2025-2026", "12 %"). */
export function shownHundredths(cell: string): number | null {
  const euros = shownEuros(cell);
  if (euros !== null) return euros * 100;
  const m = /^([−-]?)(\d{1,3}(?:\.\d{3})*)(?:,(\d{1,2}))?$/.exec(
    cell.replace(/\u00a0/g, " ").trim(),
  );
  if (!m) return null;
  const whole = Number(m[2]!.replace(/\./g, ""));
  const fraction = Number((m[3] ?? "").padEnd(2, "0"));
  return (whole * 100 + fraction) * (m[1] === "" ? 1 : -1);
}

/** For every row with `sumOf`, in every column with amounts or numbers: shown total = Σ sign × shown part. Returns the number of checks. */
export function expectShownSumsHold(table: Table): number {
  let checks = 0;
  table.rows.forEach((row, r) => {
    if (!row.sumOf) return;
    row.cells.forEach((cell, col) => {
      const total = shownHundredths(cell);
      if (total === null) return;
      const parts = row.sumOf!.map(
        ({ row: i, sign }) => sign * (shownHundredths(table.rows[i]?.cells[col] ?? "") ?? 0),
      );
      expect(
        parts.reduce((s, p) => s + p, 0),
        `${table.caption}: "${row.cells[0]}" (rij ${r}, kolom ${col})`,
      ).toBe(total);
      checks++;
    });
  });
  return checks;
}
