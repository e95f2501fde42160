/** Anchors of the proposal's chapters: targets of internal links in the PDF, Word and the preview. */
import type { Inline } from "./model.ts";

/** Anchors of the chapters that other text links to ("zie bijlage B", "hoofdstuk 2"). */
export const ANCHORS = {
  summary: "samenvatting",
  quality: "hoofdstuk-2",
  budget: "hoofdstuk-3",
  years: "hoofdstuk-4",
  risks: "hoofdstuk-5",
  apart: "hoofdstuk-6",
  agreements: "hoofdstuk-7",
  alternatives: "hoofdstuk-8",
  annexA: "bijlage-a",
  annexB: "bijlage-b",
} as const;

/** What a reader sees in the text, and the chapter it refers to. */
const TARGETS: Record<string, string> = {
  "hoofdstuk 1": ANCHORS.summary,
  "hoofdstuk 2": ANCHORS.quality,
  "hoofdstuk 3": ANCHORS.budget,
  "hoofdstuk 4": ANCHORS.years,
  "hoofdstuk 5": ANCHORS.risks,
  "hoofdstuk 6": ANCHORS.apart,
  "hoofdstuk 7": ANCHORS.agreements,
  "hoofdstuk 8": ANCHORS.alternatives,
  "bijlage A": ANCHORS.annexA,
  "bijlage B": ANCHORS.annexB,
};

/** A sentence with every "hoofdstuk 2" or "bijlage B" in it made a link to that chapter. */
export function linked(text: string): Inline[] {
  const out: Inline[] = [];
  let from = 0;
  for (const m of text.matchAll(/\b(?:hoofdstuk [1-8]|bijlage [AB])\b/g)) {
    const target = TARGETS[m[0]];
    if (target === undefined) continue;
    if (m.index > from) out.push(text.slice(from, m.index));
    out.push({ text: m[0], link: target });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}
