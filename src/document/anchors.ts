/** Anchors of the proposal's chapters: targets of internal links in the PDF, Word and the preview. */

/** Anchors of the chapters that other text links to ("zie bijlage B", "hoofdstuk 2"). */
export const ANCHORS = {
  summary: "samenvatting",
  quality: "hoofdstuk-2",
  budget: "hoofdstuk-3",
  years: "hoofdstuk-4",
  risks: "hoofdstuk-5",
  apart: "hoofdstuk-6",
  agreements: "hoofdstuk-7",
  annexA: "bijlage-a",
  annexB: "bijlage-b",
} as const;
