// Excel workbooks: real numbers with number formats (never numbers as text), the sheets a session
// and a region get, and a .xlsx that opens as a zip with those sheets.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CellObject } from "write-excel-file/universal";
import { computeResult, parseSessionText } from "../../src/engine/index.ts";
import { regionWorkbook } from "../../src/excel/region.ts";
import { sessionWorkbook } from "../../src/excel/session.ts";
import { FORMATS, sheetData, sheetName } from "../../src/excel/sheets.ts";
import { xlsxBytes } from "../../src/excel/write.ts";
import { computeRegion } from "../../src/region/index.ts";
import type { Table } from "../../src/report/index.ts";

const outcome = parseSessionText(
  readFileSync(new URL("../fixtures/voorbeeld-po.json", import.meta.url), "utf8"),
);
if (!outcome.ok) throw new Error("fixture");
const session = outcome.session;
const result = computeResult(session);

const cellsOf = (tables: Table[]): CellObject[] =>
  sheetData(tables)
    .flat()
    .filter((c): c is CellObject => typeof c === "object" && c !== null);

describe("sheetData", () => {
  const table: Table = {
    caption: "Proef",
    columns: [
      { label: "Post", align: "left" },
      { label: "Bedrag", align: "right" },
    ],
    rows: [
      // an amount: a number with the euro format
      { cells: ["Kosten", "€ 1.234,50"], values: [null, 1234.5] },
      // a count: a whole number with the count format
      { cells: ["Studenten", "12"], values: [null, 12] },
      // a percentage: the fraction with the percent format
      { cells: ["Dekking", "21,6 %"], values: [null, 0.216] },
      // text stays text
      { cells: ["Opmerking", "geen lid"], values: [null, null] },
    ],
  };
  it.each([
    [1234.5, FORMATS.euro],
    [12, FORMATS.count],
    [0.216, FORMATS.percent],
  ])("writes %s as a number with format %s", (value, format) => {
    expect(cellsOf([table]).find((c) => c.value === value)).toMatchObject({ type: Number, format });
  });
  it("keeps text as text", () => {
    expect(cellsOf([table]).find((c) => c.value === "geen lid")).toMatchObject({ type: String });
  });
  it("makes sheet names Excel accepts", () => {
    expect(sheetName("Begroting 2025/2026: [concept]")).toBe("Begroting 2025 2026   concept");
    expect(sheetName("x".repeat(40))).toHaveLength(31);
  });
});

describe("workbooks", () => {
  it("gives a session the budget, school-year, calendar-year, partner and placement sheets, amounts as numbers", () => {
    const sheets = sessionWorkbook(session, result);
    expect(sheets.map((s) => s.name)).toEqual([
      "Begroting",
      "Schooljaren",
      "Kalenderjaren",
      "Partners",
      "Plaatsingen",
    ]);
    for (const sheet of sheets.filter((s) => s.name !== "Plaatsingen"))
      expect(
        cellsOf(sheet.tables).some((c) => c.type === Number && c.format === FORMATS.euro),
      ).toBe(true);
    const text = cellsOf(sheets.flatMap((s) => s.tables))
      .filter((c) => c.type === String)
      .map((c) => String(c.value));
    // No amount hides in a text cell.
    expect(text.filter((t) => /€\s?\d/.test(t) && !t.includes(" "))).toEqual([]);
  });

  it("lists every placement row with its students in every school year as counts", () => {
    const placements = sessionWorkbook(session, result).find((s) => s.name === "Plaatsingen");
    const rows = placements?.tables[0]?.rows ?? [];
    expect(rows).toHaveLength(session.placements.length);
    const first = session.placements[0]!;
    expect(rows[0]?.values?.slice(3)).toEqual(session.years.map((y) => first.students[y] ?? 0));
    const counts = cellsOf(placements?.tables ?? []).filter((c) => c.type === Number);
    expect(counts.every((c) => c.format === FORMATS.count)).toBe(true);
  });

  it("writes a region workbook as an .xlsx (a zip with two sheets)", async () => {
    const bytes = await xlsxBytes(
      regionWorkbook(
        computeRegion([session, session], { year: 2025, amount: 100_000_00, rule: "studenten" }),
      ),
    );
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes.includes(Buffer.from("xl/worksheets/sheet2.xml"))).toBe(true);
  });
});
