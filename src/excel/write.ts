/** Node only: a workbook as .xlsx bytes (the command line). */
import writeXlsxFile from "write-excel-file/node";
import { type WorkbookSheet, columnWidths, sheetData, sheetName } from "./sheets.ts";

/** The .xlsx file in memory, so a failure never leaves half a file behind. */
export async function xlsxBytes(sheets: readonly WorkbookSheet[]): Promise<Buffer> {
  return writeXlsxFile(
    sheets.map((s) => ({
      data: sheetData(s.tables),
      sheet: sheetName(s.name),
      columns: columnWidths(s.tables),
    })),
  ).toBuffer();
}
