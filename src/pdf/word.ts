/**
 * A document as Word (.docx), for the penvoerder who must fit the text into the region's own
 * template. Built from the same typed tree as the HTML preview (preview.ts: headings, paragraphs
 * with runs, lists, tables, figures), so Word shows exactly what the PDF and the preview show:
 * headings use Word's heading styles, tables are real Word tables with a repeating header row, and
 * the chart is named by its alternative text (its figures are in the table beside it).
 * The `docx` package is heavy: the browser loads this module only on click (browserWord.ts).
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { type PreviewCell, type PreviewNode, type Run, toPreview } from "./preview.ts";

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

/** Font sizes in half points, by paragraph tone. */
const SIZES = { small: 16, note: 16, label: 18, normal: 20, lead: 22, big: 36 } as const;

/** Text runs; a line break inside a run becomes a Word line break. */
function textRuns(runs: readonly Run[], options: { size?: number; italic?: boolean; bold?: boolean } = {}): TextRun[] {
  return runs.flatMap((run) =>
    run.text.split("\n").map(
      (line, i) =>
        new TextRun({
          text: line,
          bold: run.bold === true || options.bold === true,
          italics: run.italic === true || options.italic === true,
          ...(options.size === undefined ? {} : { size: options.size }),
          ...(i > 0 ? { break: 1 } : {}),
        }),
    ),
  );
}

function alignment(cell: PreviewCell): (typeof AlignmentType)[keyof typeof AlignmentType] {
  return cell.align === "right" ? AlignmentType.RIGHT : cell.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT;
}

function tableCell(cell: PreviewCell, header: boolean): TableCell {
  return new TableCell({
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(header ? { shading: { fill: "E9EFF8" } } : {}),
    children: [new Paragraph({ alignment: alignment(cell), children: textRuns([{ text: cell.text, bold: cell.bold || header }], { size: 17 }) })],
  });
}

/** Paragraphs and tables for a list of preview nodes; `list` numbers ordered lists per instance. */
class WordWriter {
  private listInstance = 0;
  readonly out: (Paragraph | Table)[] = [];

  write(nodes: readonly PreviewNode[], bullet?: { ordered: boolean; instance: number }): void {
    for (const node of nodes) this.node(node, bullet);
  }

  private node(node: PreviewNode, bullet?: { ordered: boolean; instance: number }): void {
    switch (node.kind) {
      case "heading":
        this.out.push(new Paragraph({ heading: HEADINGS[Math.min(5, Math.max(0, node.level - 1))] ?? HeadingLevel.HEADING_6, pageBreakBefore: node.newPage, children: [new TextRun(node.text)] }));
        return;
      case "para": {
        const size = SIZES[node.tone];
        const list = bullet === undefined ? {} : bullet.ordered ? { numbering: { reference: "genummerd", level: 0, instance: bullet.instance } } : { bullet: { level: 0 } };
        this.out.push(new Paragraph({ ...list, children: textRuns(node.runs, { size, italic: node.tone === "note", bold: node.tone === "label" }) }));
        return;
      }
      case "list": {
        const instance = ++this.listInstance;
        for (const item of node.items) {
          // The first paragraph of an item carries the bullet or number; the rest follow it.
          const [first, ...rest] = flatten(item);
          if (first !== undefined) this.write([first], { ordered: node.ordered, instance });
          this.write(rest);
        }
        return;
      }
      case "table": {
        if (node.caption !== "") this.out.push(new Paragraph({ style: "Caption", keepNext: true, children: [new TextRun(node.caption)] }));
        const rows: TableRow[] = [];
        if (node.header.length > 0) rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: node.header.map((c) => tableCell(c, true)) }));
        for (const row of node.rows) rows.push(new TableRow({ cantSplit: true, children: row.map((c) => tableCell(c, false)) }));
        if (rows.length > 0) this.out.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
        this.out.push(new Paragraph({ children: [] }));
        return;
      }
      case "group":
        this.write(node.children, bullet);
        return;
      case "image":
        this.out.push(new Paragraph({ children: [new TextRun({ text: `Grafiek: ${node.alt}`, italics: true, size: SIZES.small })] }));
        return;
    }
  }
}

/** Nested groups as one flat list of nodes (list items hold stacks of texts). */
function flatten(nodes: readonly PreviewNode[]): PreviewNode[] {
  return nodes.flatMap((n) => (n.kind === "group" ? flatten(n.children) : [n]));
}

/** The Word document of a pdfmake definition (the proposal or the summary), as a docx `Document`. */
export function wordDocument(doc: TDocumentDefinitions): Document {
  const writer = new WordWriter();
  writer.write(toPreview(doc.content, 1));
  const info = doc.info ?? {};
  return new Document({
    creator: info.creator ?? "Gesprekswijzer",
    title: info.title ?? "",
    description: info.subject ?? "",
    keywords: info.keywords ?? "",
    styles: {
      default: { document: { run: { font: "Calibri", size: 20 } } },
      paragraphStyles: [{ id: "Caption", name: "Caption", basedOn: "Normal", next: "Normal", quickFormat: true, run: { bold: true, size: 18, color: "2F5D9E" }, paragraph: { spacing: { before: 160, after: 60 } } }],
    },
    numbering: { config: [{ reference: "genummerd", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }] }] },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children: writer.out }],
  });
}

/** The .docx bytes (Node: the command line and the tests). */
export async function wordBuffer(doc: TDocumentDefinitions): Promise<Buffer> {
  return Packer.toBuffer(wordDocument(doc));
}

/** The .docx as a Blob (browser). */
export async function wordBlob(doc: TDocumentDefinitions): Promise<Blob> {
  return Packer.toBlob(wordDocument(doc));
}
