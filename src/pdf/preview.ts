/**
 * The HTML preview of a document: the very content the PDF is made from, turned into a small tree
 * of headings, paragraphs, lists, tables and images that a Svelte component renders as text (never
 * as HTML). Heading levels are made consecutive so screen readers get a clean outline.
 */
import type { Content } from "pdfmake/interfaces";

/** A run of inline text. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A table cell. */
export interface PreviewCell {
  text: string;
  align: "left" | "right" | "center";
  bold: boolean;
  colSpan: number;
  /** A heading row inside the body (e.g. "Kosten schoolbesturen"). */
  section: boolean;
}

/** One node of the preview. */
export type PreviewNode =
  | { kind: "heading"; level: number; text: string; newPage: boolean }
  | { kind: "para"; runs: Run[]; tone: "normal" | "small" | "note" | "lead" | "label" | "big" }
  | { kind: "list"; ordered: boolean; items: PreviewNode[][] }
  | { kind: "table"; caption: string; label: string; header: PreviewCell[]; rows: PreviewCell[][]; keyValue: boolean }
  | { kind: "group"; children: PreviewNode[]; columns: boolean }
  | { kind: "image"; svg: string; alt: string };

type Obj = Record<string, unknown>;

const HEADING_STYLES: Record<string, number> = { h1: 0, coverTitle: 0, h2: 1, h3: 2 };

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(textOf).join("");
  if (typeof value === "object" && value !== null && "text" in value) return textOf((value as Obj).text);
  return "";
}

function runsOf(value: unknown, inherited: Run = { text: "" }): Run[] {
  if (typeof value === "string" || typeof value === "number") {
    const run: Run = { text: String(value) };
    if (inherited.bold) run.bold = true;
    if (inherited.italic) run.italic = true;
    return [run];
  }
  if (Array.isArray(value)) return value.flatMap((v) => runsOf(v, inherited));
  if (typeof value === "object" && value !== null) {
    const o = value as Obj;
    const next: Run = { text: "" };
    if (o.bold === true || (inherited.bold && o.bold !== false)) next.bold = true;
    if (o.italics === true || (inherited.italic && o.italics !== false)) next.italic = true;
    return runsOf(o.text, next);
  }
  return [];
}

function cellOf(value: unknown, headerCell: boolean): PreviewCell {
  const o = (typeof value === "object" && value !== null && !Array.isArray(value) ? value : { text: value }) as Obj;
  const align = o.alignment === "right" || o.alignment === "center" ? o.alignment : "left";
  return {
    text: textOf(o.text ?? (o.stack ? (o.stack as unknown[]).map(textOf).join("\n") : "")),
    align,
    bold: headerCell || o.bold === true,
    colSpan: typeof o.colSpan === "number" ? o.colSpan : 1,
    section: typeof o.colSpan === "number" && o.colSpan > 1,
  };
}

function tableOf(o: Obj): PreviewNode {
  const table = o.table as { body: unknown[][]; headerRows?: number };
  const headerRows = table.headerRows ?? 0;
  const toRow = (row: unknown[], header: boolean): PreviewCell[] => {
    const cells: PreviewCell[] = [];
    for (let i = 0; i < row.length; i++) {
      const c = cellOf(row[i], header);
      cells.push(c);
      i += c.colSpan - 1; // pdfmake wants placeholder cells after a colSpan; HTML does not
    }
    return cells;
  };
  const first = table.body[0]?.[0];
  const hasCaption = typeof first === "object" && first !== null && (first as Obj).caption === true;
  const header = headerRows > 0 ? toRow(table.body[headerRows - 1] ?? [], true) : [];
  const rows = table.body.slice(headerRows).map((r) => toRow(r, false));
  return { kind: "table", caption: hasCaption ? textOf(first) : "", label: "", header, rows, keyValue: headerRows === 0 };
}

/** Converts pdfmake content to preview nodes; the document's top headings get level `top`. */
export function toPreview(content: Content | Content[], top = 2): PreviewNode[] {
  let last = top - 1;
  let section = "";
  const used = new Set<string>();
  // Every table gets a unique accessible name: its caption and the section it is in.
  const labelled = (node: PreviewNode): PreviewNode => {
    if (node.kind !== "table") return node;
    const base = [node.caption, section].filter((t) => t !== "").join(" — ") || "Tabel";
    let label = base;
    for (let n = 2; used.has(label); n++) label = `${base} (${n})`;
    used.add(label);
    return { ...node, label };
  };
  const walk = (node: unknown): PreviewNode[] => {
    if (node === null || node === undefined) return [];
    if (typeof node === "string") return node.trim() === "" ? [] : [{ kind: "para", runs: [{ text: node }], tone: "normal" }];
    if (Array.isArray(node)) return node.flatMap(walk);
    const o = node as Obj;
    if (o.canvas !== undefined) return []; // decoration only
    if (typeof o.svg === "string") return [{ kind: "image", svg: o.svg, alt: typeof o.alt === "string" ? o.alt : "Grafiek" }];
    if (o.table !== undefined) return [labelled(tableOf(o))];
    if (Array.isArray(o.ul) || Array.isArray(o.ol)) {
      const items = ((o.ul ?? o.ol) as unknown[]).map((item) => walk(item));
      return [{ kind: "list", ordered: Array.isArray(o.ol), items }];
    }
    if (Array.isArray(o.stack)) return [{ kind: "group", children: o.stack.flatMap(walk), columns: false }];
    if (Array.isArray(o.columns)) return [{ kind: "group", children: o.columns.flatMap(walk), columns: true }];
    if (o.text === undefined) return [];
    const style = typeof o.style === "string" ? o.style : "";
    const requested = HEADING_STYLES[style];
    const text = textOf(o.text);
    if (text.trim() === "") return [];
    if (requested !== undefined) {
      const level = Math.min(6, top + requested, last + 1);
      last = level;
      section = text.replace(/\s+/g, " ").trim();
      return [{ kind: "heading", level, text, newPage: o.pageBreak === "before" }];
    }
    const tone =
      style === "footnote"
        ? "small"
        : style === "small" || style === "note" || style === "lead" || style === "label"
        ? style
        : typeof o.fontSize === "number" && o.fontSize >= 20
          ? "big"
          : "normal";
    return [{ kind: "para", runs: runsOf(o.text, { text: "", ...(o.bold === true ? { bold: true } : {}), ...(o.italics === true ? { italic: true } : {}) }), tone }];
  };
  return walk(content);
}
