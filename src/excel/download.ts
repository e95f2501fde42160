/** Browser only: a workbook as an .xlsx download; write-excel-file is loaded on the first click. */
import { type WorkbookSheet, columnWidths, sheetData, sheetName } from "./sheets.ts";

/** Builds the .xlsx in the browser and hands it over as a download named `fileName`. */
export async function downloadXlsx(sheets: readonly WorkbookSheet[], fileName: string): Promise<void> {
  const { default: writeXlsxFile } = await import("write-excel-file/browser");
  const blob = await writeXlsxFile(sheets.map((s) => ({ data: sheetData(s.tables), sheet: sheetName(s.name), columns: columnWidths(s.tables) }))).toBlob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the object URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
