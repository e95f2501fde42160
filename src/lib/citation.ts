/**
 * One way to name a source for people: "title (publisher, year), section". Cards, panels, the
 * presenter, the printed cards and the PDF all cite through here, so a source reads the same
 * everywhere. Reads content/sources.json without zod (it is validated by src/lib/cards.ts at build
 * time and by the content tests), so browser islands that cite a source stay small.
 */
import sourcesJson from "../../content/sources.json" with { type: "json" };
import type { SourceDoc, SourceRef, Sources } from "./cardSchema.ts";

/** The shipped source documents, as written in content/sources.json. */
const SHIPPED = sourcesJson as unknown as Sources;

/** "2024", "ca. 2022" (year derived from the content) or "ongedateerd". */
export function yearLabel(doc: Pick<SourceDoc, "year"> & { circa?: boolean | undefined }): string {
  if (doc.year === "ongedateerd") return "ongedateerd";
  return doc.circa === true ? `ca. ${doc.year}` : String(doc.year);
}

/** "Aandachtspunten en vragen (Platform SO&P, ca. 2022), Q&A: reserve aanhouden"; an unknown doc is named as such. */
export function citation(source: SourceRef, sources: Sources = SHIPPED): string {
  const doc = sources[source.doc];
  if (!doc) return `onbekende bron ${source.doc}, ${source.section}`;
  return `${doc.title} (${doc.short}, ${yearLabel(doc)}), ${source.section}`;
}

/** Several sources in one line, separated by semicolons. */
export function citations(sources: readonly SourceRef[], all: Sources = SHIPPED): string {
  return sources.map((s) => citation(s, all)).join("; ");
}

/** Why a source has the year it has ("De notitie draagt geen datum …"), when that is recorded. */
export function datingOf(source: SourceRef, sources: Sources = SHIPPED): string | undefined {
  return sources[source.doc]?.dating;
}

/** For the documents among `refs` whose year is "ca." or "ongedateerd": "title (ca. 2022): why", once per document. */
export function datingNotes(refs: readonly SourceRef[], sources: Sources = SHIPPED): string[] {
  const docs = [...new Set(refs.map((r) => r.doc))].sort();
  return docs.flatMap((key) => {
    const doc = sources[key];
    if (doc === undefined || (doc.year !== "ongedateerd" && doc.circa !== true)) return [];
    return [`${doc.title} (${yearLabel(doc)}): ${doc.dating ?? ""}`.trim()];
  });
}
