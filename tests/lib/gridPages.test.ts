// Paging and filtering the student grid: the grid draws only these rows, so every row must be on
// exactly one page and the filter must find rows by any part of their label.
import { describe, expect, it } from "vitest";
import { clampPage, filterRows, pageCount, pageOf, pageRange } from "../../src/lib/gridPages.ts";

const LABELS = [
  "Stichting Akker – Pabo – voltijd",
  "Stichting Beek – Pabo – deeltijd",
  "Stichting Akker – Hogeschool – minor",
];

describe("filterRows", () => {
  it.each([
    { query: "", found: [0, 1, 2] }, // no query: every row
    { query: "  ", found: [0, 1, 2] }, // only spaces: every row
    { query: "akker", found: [0, 2] }, // any case
    { query: "akker pabo", found: [0] }, // every word must occur
    { query: "AKKER minor", found: [2] }, // words in any order and case
    { query: "zee", found: [] }, // nothing matches
  ])("'$query' finds $found", ({ query, found }) => {
    expect(filterRows(LABELS, query)).toEqual(found);
  });
});

describe("pages", () => {
  it.each([
    { rows: 0, pages: 1 }, // an empty grid still has its one page
    { rows: 25, pages: 1 }, // exactly one page full
    { rows: 26, pages: 2 }, // one row more starts a page
    { rows: 600, pages: 24 }, // the benchmark scenario
  ])("$rows rows make $pages pages", ({ rows, pages }) => {
    expect(pageCount(rows)).toBe(pages);
  });

  it("puts every row on exactly one page, in order", () => {
    const rows = 83;
    const seen: number[] = [];
    for (let page = 0; page < pageCount(rows); page++) {
      const { first, last } = pageRange(page, rows);
      for (let p = first; p <= last; p++) {
        expect(pageOf(p)).toBe(page);
        seen.push(p);
      }
    }
    expect(seen).toEqual(Array.from({ length: rows }, (_, i) => i));
  });

  it.each([
    { page: -1, rows: 60, kept: 0 }, // before the first page
    { page: 9, rows: 60, kept: 2 }, // after the last page (rows were removed or filtered away)
    { page: 3, rows: 0, kept: 0 }, // no rows at all
  ])("page $page of $rows rows is shown as page $kept", ({ page, rows, kept }) => {
    expect(clampPage(page, rows)).toBe(kept);
  });

  it("an empty page has its last position before its first", () => {
    expect(pageRange(0, 0)).toEqual({ first: 0, last: -1 });
  });
});
