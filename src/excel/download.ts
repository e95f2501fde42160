/** Browser only: a workbook as an .xlsx download; write-excel-file is loaded on the first click. */
import { type WorkbookSheet, columnWidths, sheetData, sheetName } from "./sheets.ts";
import { offerDownload } from "../lib/download.ts";

/** Builds the .xlsx in the browser and hands it over as a download named `fileName`. */
export async function downloadXlsx(
  sheets: readonly WorkbookSheet[],
  fileName: string,
): Promise<void> {
  const { default: writeXlsxFile } = await import("write-excel-file/browser");
  const blob = await writeXlsxFile(
    sheets.map((s) => ({
      data: sheetData(s.tables),
      sheet: sheetName(s.name),
      columns: columnWidths(s.tables),
    })),
  ).toBlob();
  offerDownload(blob, fileName);
}
