/** Downloads of library conversations: one as .json, all as one .zip (fflate, loaded on the click). */
import { slugify } from "../../lib/ids.ts";
import { formatIsoDate } from "../../lib/format.ts";
import type { LibraryItem } from "../../stores/library.ts";
import { entryText } from "../../stores/library.ts";
import { offerDownload } from "../../lib/download.ts";

/** "gesprekswijzer-minimum-kwaliteitsondergrens.json" */
function fileNameOf(item: LibraryItem): string {
  return `gesprekswijzer-${slugify(item.label, 60) || item.id}.json`;
}

/** Offers one conversation as its session file. */
export function exportOne(item: LibraryItem): void {
  const text = entryText(item.id);
  if (text !== null)
    offerDownload(new Blob([text], { type: "application/json" }), fileNameOf(item));
}

/** Offers every conversation as one .zip of session files (names made unique). */
export async function exportAll(items: readonly LibraryItem[]): Promise<void> {
  const { strToU8, zipSync } = await import("fflate");
  const files: Record<string, Uint8Array> = {};
  for (const item of items) {
    const text = entryText(item.id);
    if (text === null) continue;
    let name = fileNameOf(item);
    for (let n = 2; name in files; n++) name = fileNameOf(item).replace(/\.json$/, `-${n}.json`);
    files[name] = strToU8(text);
  }
  const bytes = zipSync(files);
  offerDownload(
    new Blob([bytes.slice().buffer], { type: "application/zip" }),
    `gesprekswijzer-bibliotheek-${formatIsoDate(new Date())}.zip`,
  );
}
