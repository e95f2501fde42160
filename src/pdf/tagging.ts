/**
 * Tagged PDF for pdfmake 0.3. pdfmake passes `tagged: true` on to pdfkit, which then writes an
 * empty structure tree and "Marked: true": pdfmake's Renderer draws every line, rule and picture
 * without marking it, so readers find no headings, paragraphs or tables. pdfkit itself can mark
 * content (markStructureContent / struct), so this module adds that step:
 *
 * 1. `tagContent` walks a document definition once and gives every text, list item, table cell and
 *    picture a `tag`: the chain of structure elements it belongs to (Table › TR › TH, L › LI › LBody,
 *    H1, P, Figure with its alternative text). Chapter headings also get a bookmark (`outline`).
 * 2. `installTagging` patches pdfmake's LayoutBuilder (copies a text node's tag onto the lines it
 *    breaks into) and Renderer (wraps each tagged line or picture in marked content attached to its
 *    structure element; everything else — rules, fills, running header and footer, list bullets,
 *    table headers repeated on a later page — becomes an Artifact).
 *
 * Node gets the two classes from pdfmake/js; the browser bundle exposes them through the small
 * build transform in src/integrations/pdfmakeInternals.ts. See README "Toegankelijke PDF".
 */

/** Structure types we write (PDF 1.7, 14.8.4). */
export type StructRole =
  | "Sect"
  | "H1"
  | "H2"
  | "H3"
  | "H4"
  | "P"
  | "L"
  | "LI"
  | "LBody"
  | "Table"
  | "TR"
  | "TH"
  | "TD"
  | "Caption"
  | "Figure";

/** One structure element in a tag chain; `id` is unique within the document. */
export interface TagStep {
  id: string;
  role: StructRole;
  /** Alternative text (figures). */
  alt?: string;
}

/** The structure chain of one piece of content, outermost first. */
export interface PdfTag {
  path: TagStep[];
  /** Part of a table header row: when pdfmake repeats it on a later page, that copy is an Artifact. */
  repeatable?: boolean;
}

type Obj = Record<string, unknown>;

const HEADING_ROLES: Record<string, StructRole> = {
  h1: "H1",
  coverTitle: "H1",
  h2: "H2",
  h3: "H3",
};

/**
 * Gives every piece of content its structure tag, in place; returns the same content. Headings are
 * recognised by their style (h1, h2, h3, coverTitle) and get consecutive levels; chapter headings
 * (h1) become bookmarks.
 */
export function tagContent<T>(content: T): T {
  let counter = 0;
  const next = (prefix: string): string => `${prefix}${++counter}`;
  const walk = (node: unknown, path: TagStep[]): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const child of node) walk(child, path);
      return;
    }
    const o = node as Obj;
    if (typeof o.svg === "string" || typeof o.image === "string") {
      const alt = typeof o.alt === "string" ? o.alt : "Afbeelding";
      o.tag = { path: [...path, { id: next("f"), role: "Figure", alt }] } satisfies PdfTag;
      return;
    }
    if (o.canvas !== undefined) return; // decoration: an Artifact
    if (typeof o.table === "object" && o.table !== null) {
      tagTable(o, path, next, walk);
      return;
    }
    if (Array.isArray(o.ul) || Array.isArray(o.ol)) {
      const list: TagStep = { id: next("l"), role: "L" };
      for (const item of (o.ul ?? o.ol) as unknown[]) {
        const li: TagStep = { id: next("li"), role: "LI" };
        walk(item, [...path, list, li, { id: next("lb"), role: "LBody" }]);
      }
      return;
    }
    if (Array.isArray(o.stack)) return walk(o.stack, path);
    if (Array.isArray(o.columns)) return walk(o.columns, path);
    if (o.text === undefined) return;
    const style = typeof o.style === "string" ? o.style : "";
    const heading = HEADING_ROLES[style];
    // Inside a table cell or list body the text is that cell's content; elsewhere it is a paragraph.
    const last = path[path.length - 1];
    const inCell =
      last !== undefined &&
      (last.role === "TD" ||
        last.role === "TH" ||
        last.role === "LBody" ||
        last.role === "Caption");
    if (heading !== undefined) {
      o.tag = { path: [...path, { id: next("h"), role: heading }] } satisfies PdfTag;
      if (heading === "H1" && style === "h1") o.outline = true;
    } else if (inCell) {
      o.tag = { path: [...path] } satisfies PdfTag;
    } else {
      o.tag = { path: [...path, { id: next("p"), role: "P" }] } satisfies PdfTag;
    }
  };
  walk(content, []);
  return content;
}

function tagTable(
  o: Obj,
  path: TagStep[],
  next: (p: string) => string,
  walk: (node: unknown, path: TagStep[]) => void,
): void {
  const table = o.table as { body?: unknown[][]; headerRows?: number };
  const body = Array.isArray(table.body) ? table.body : [];
  const headerRows = typeof table.headerRows === "number" ? table.headerRows : 0;
  const tableStep: TagStep = { id: next("t"), role: "Table" };
  body.forEach((row, r) => {
    if (!Array.isArray(row)) return;
    const first = row[0] as Obj | undefined;
    const isCaption =
      r === 0 && typeof first === "object" && first !== null && first.caption === true;
    if (isCaption) {
      tagCell(
        first,
        [...path, tableStep, { id: next("c"), role: "Caption" }],
        headerRows > 0,
        walk,
      );
      return;
    }
    const tr: TagStep = { id: next("tr"), role: "TR" };
    row.forEach((cell, c) => {
      // pdfmake wants placeholder cells after a colSpan: they print nothing.
      if (c > 0 && isPlaceholder(row, c)) return;
      const header = r < headerRows;
      tagCell(
        cell,
        [...path, tableStep, tr, { id: next(header ? "th" : "td"), role: header ? "TH" : "TD" }],
        header,
        walk,
      );
    });
  });
}

function isPlaceholder(row: unknown[], c: number): boolean {
  for (let i = c - 1; i >= 0; i--) {
    const span = (row[i] as Obj | undefined)?.colSpan;
    if (typeof span === "number" && i + span > c) return true;
  }
  return false;
}

function tagCell(
  cell: unknown,
  path: TagStep[],
  repeatable: boolean,
  walk: (node: unknown, path: TagStep[]) => void,
): void {
  if (typeof cell !== "object" || cell === null) return;
  const o = cell as Obj;
  if (
    o.text !== undefined &&
    o.stack === undefined &&
    o.ul === undefined &&
    o.ol === undefined &&
    o.table === undefined
  ) {
    o.tag = repeatable
      ? ({ path, repeatable: true } satisfies PdfTag)
      : ({ path } satisfies PdfTag);
    return;
  }
  // A cell holding more than one text (a stack, a list): each part belongs to the cell.
  walk(o, path);
}

/** The parts of pdfmake's classes the patch touches. */
export interface LayoutBuilderClass {
  prototype: { buildNextLine: (this: unknown, node: Obj) => Obj | null | undefined };
}
export interface RendererClass {
  prototype: {
    renderPages: (this: RendererThis, pages: unknown[]) => void;
    renderLine: (this: RendererThis, line: Obj, x: number, y: number) => void;
    renderVector: (this: RendererThis, vector: Obj) => void;
    renderImage: (this: RendererThis, image: Obj) => void;
    renderSVG: (this: RendererThis, svg: Obj) => void;
  };
}

/** pdfmake's two classes the patch needs (Node: pdfmake/js; browser: the bundle's `internals`). */
export interface PdfmakeInternals {
  LayoutBuilder: LayoutBuilderClass;
  Renderer: RendererClass;
}

/** pdfkit's document and structure element, as far as the patch uses them. */
interface StructElement {
  add: (child: unknown) => StructElement;
}
interface PdfKitDoc {
  options?: { tagged?: boolean };
  page?: unknown;
  struct: (role: string, options?: Obj) => StructElement;
  addStructure: (element: StructElement) => PdfKitDoc;
  markContent: (tag: string, options?: Obj | null) => PdfKitDoc;
  markStructureContent: (tag: string, options?: Obj) => unknown;
  endMarkedContent: () => PdfKitDoc;
}
interface TagState {
  root: StructElement;
  elements: Map<string, StructElement>;
  /** The page each element first received content on (to spot a repeated table header). */
  firstPage: Map<string, number>;
  page: number;
}
interface RendererThis {
  pdfDocument: PdfKitDoc;
  __tags?: TagState | undefined;
}

const PATCHED = Symbol.for("gesprekswijzer.tagging");

/** True once `installTagging` has patched these classes. */
export function isTaggingInstalled(Renderer: object): boolean {
  return (Renderer as Record<symbol, unknown>)[PATCHED] === true;
}

/** Patches pdfmake's LayoutBuilder and Renderer (once; later calls do nothing). */
export function installTagging(LayoutBuilder: LayoutBuilderClass, Renderer: RendererClass): void {
  if (isTaggingInstalled(Renderer)) return;
  (Renderer as unknown as Record<symbol, unknown>)[PATCHED] = true;

  const buildNextLine = LayoutBuilder.prototype.buildNextLine;
  LayoutBuilder.prototype.buildNextLine = function (node) {
    const line = buildNextLine.call(this, node);
    if (line && node.tag !== undefined) line.__tag = node.tag;
    return line;
  };

  const proto = Renderer.prototype;
  const renderPages = proto.renderPages;
  proto.renderPages = function (pages) {
    const doc = this.pdfDocument;
    if (doc.options?.tagged !== true) return renderPages.call(this, pages);
    const root = doc.struct("Document");
    doc.addStructure(root);
    this.__tags = { root, elements: new Map(), firstPage: new Map(), page: -1 };
    // Count pages as pdfmake adds them, so a repeated header row can be told from the first one.
    const state = this.__tags;
    const addPage = (doc as unknown as { addPage: (...args: unknown[]) => unknown }).addPage;
    (doc as unknown as { addPage: (...args: unknown[]) => unknown }).addPage = function (
      this: unknown,
      ...args: unknown[]
    ) {
      state.page++;
      return addPage.apply(this, args);
    };
    try {
      renderPages.call(this, pages);
    } finally {
      delete (doc as unknown as { addPage?: unknown }).addPage;
      this.__tags = undefined;
    }
  };

  /** Draws `draw` inside marked content for `tag`, or as an Artifact without one. */
  const marked = (self: RendererThis, tag: PdfTag | undefined, draw: () => void): void => {
    const state = self.__tags;
    if (state === undefined) return draw();
    const doc = self.pdfDocument;
    const element = tag === undefined ? null : elementFor(doc, state, tag);
    if (element === null) {
      doc.markContent("Artifact");
      draw();
      doc.endMarkedContent();
      return;
    }
    const leaf = tag!.path[tag!.path.length - 1]!;
    element.add(doc.markStructureContent(leaf.role));
    draw();
    doc.endMarkedContent();
  };

  const renderLine = proto.renderLine;
  proto.renderLine = function (line, x, y) {
    marked(this, line.__tag as PdfTag | undefined, () => renderLine.call(this, line, x, y));
  };
  const renderVector = proto.renderVector;
  proto.renderVector = function (vector) {
    marked(this, undefined, () => renderVector.call(this, vector));
  };
  const renderImage = proto.renderImage;
  proto.renderImage = function (image) {
    marked(this, image.tag as PdfTag | undefined, () => renderImage.call(this, image));
  };
  const renderSVG = proto.renderSVG;
  proto.renderSVG = function (svg) {
    marked(this, svg.tag as PdfTag | undefined, () => renderSVG.call(this, svg));
  };
}

/** The structure element for a tag, created (with its parents) on first use; null = Artifact. */
function elementFor(doc: PdfKitDoc, state: TagState, tag: PdfTag): StructElement | null {
  const leaf = tag.path[tag.path.length - 1];
  if (leaf === undefined) return null;
  const seenOn = state.firstPage.get(leaf.id);
  if (tag.repeatable === true && seenOn !== undefined && seenOn !== state.page) return null;
  if (seenOn === undefined) state.firstPage.set(leaf.id, state.page);
  let parent = state.root;
  for (const step of tag.path) {
    let element = state.elements.get(step.id);
    if (element === undefined) {
      const options: Obj = {};
      if (step.alt !== undefined) options.alt = step.alt;
      if (step.role === "TH") options.scope = "Column";
      element = doc.struct(step.role, options);
      parent.add(element);
      state.elements.set(step.id, element);
    }
    parent = element;
  }
  return parent;
}
