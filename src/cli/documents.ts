/**
 * The document commands (voorstel, verslag): the same builders as the browser (src/pdf), rendered
 * in Node with the fonts from public/fonts. Bad input: a Dutch message, exit 2, no file written.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Scenario } from "../compare/compare.ts";
import { type Session, computeResult } from "../engine/index.ts";
import type { DocModel } from "../document/model.ts";
import { proposalDocument } from "../document/proposal.ts";
import { withAlternatives } from "../document/proposalAlternatives.ts";
import { isFinal } from "../document/sessionData.ts";
import { summaryDocument } from "../document/summary.ts";
import type { BuildOptions, DocCard } from "../document/types.ts";
import { loadCards, loadDocRecords } from "../pdf/node/content.ts";
import { loadSession, outputProblem, writeWhole } from "./io.ts";
import type { Command, Output } from "./main.ts";

/** Parsed arguments, or the Dutch reason they are wrong. */
export type DocumentArgs =
  | { ok: true; input: string; output: string; alternatives: string[] }
  | { ok: false; message: string };

/**
 * Reads `<sessie.json> -o <bestand.pdf>` (also `--output`, `-o=…`, in any order); with
 * `takesAlternatives` also `--alternatief <sessie.json>`, as often as needed.
 */
export function parseDocumentArgs(
  args: readonly string[],
  takesAlternatives = false,
): DocumentArgs {
  const positional: string[] = [];
  const alternatives: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (takesAlternatives && (arg === "--alternatief" || arg.startsWith("--alternatief="))) {
      const value = arg === "--alternatief" ? args[++i] : arg.slice(arg.indexOf("=") + 1);
      if (value === undefined || value === "")
        return { ok: false, message: "Na --alternatief hoort de naam van een sessiebestand." };
      alternatives.push(value);
    } else if (arg === "-o" || arg === "--output") {
      const next = args[i + 1];
      if (next === undefined || next === "")
        return { ok: false, message: `Na ${arg} hoort de naam van het PDF-bestand.` };
      if (output !== undefined)
        return { ok: false, message: "Geef maar één uitvoerbestand op (-o)." };
      output = next;
      i++;
    } else if (arg.startsWith("-o=") || arg.startsWith("--output=")) {
      if (output !== undefined)
        return { ok: false, message: "Geef maar één uitvoerbestand op (-o)." };
      output = arg.slice(arg.indexOf("=") + 1);
      if (output === "") return { ok: false, message: "Na -o= hoort de naam van het PDF-bestand." };
    } else if (arg.startsWith("-") && arg !== "-") {
      return { ok: false, message: `Onbekende optie "${arg}".` };
    } else {
      positional.push(arg);
    }
  }
  if (positional.length === 0) return { ok: false, message: "Het sessiebestand ontbreekt." };
  if (positional.length > 1)
    return { ok: false, message: `Geef één sessiebestand op, niet ${positional.length}.` };
  if (output === undefined)
    return {
      ok: false,
      message: "Het uitvoerbestand ontbreekt: geef het op met -o <bestand.pdf>.",
    };
  return { ok: true, input: positional[0] ?? "", output, alternatives };
}

/** The version of Gesprekswijzer printed on the documents. */
export async function toolVersion(): Promise<string> {
  const pkg = JSON.parse(
    await readFile(new URL("../../package.json", import.meta.url), "utf8"),
  ) as { version?: string };
  return pkg.version ?? "onbekend";
}

type Builder = (session: Session, cards: readonly DocCard[], options: BuildOptions) => DocModel;

/** A scenario's name from its file: "minimum.json" → "minimum". */
export function scenarioLabel(path: string): string {
  return basename(path).replace(/\.json$/i, "") || path;
}

/** Reads the alternatives' files; every file that cannot be read is named with its messages. */
async function loadAlternatives(
  paths: readonly string[],
): Promise<{ ok: true; scenarios: Scenario[] } | { ok: false; lines: string[] }> {
  const loaded = await Promise.all(paths.map(loadSession));
  const lines = loaded.flatMap((l) => (l.ok ? [] : l.lines));
  if (lines.length > 0) return { ok: false, lines };
  return {
    ok: true,
    scenarios: loaded.flatMap((l, i) =>
      l.ok
        ? [
            {
              label: scenarioLabel(paths[i] ?? ""),
              session: l.session,
              result: computeResult(l.session),
            },
          ]
        : [],
    ),
  };
}

function documentCommand(usage: string, build: Builder, takesAlternatives = false): Command {
  return async (args: string[], io: Output) => {
    const parsed = parseDocumentArgs(args, takesAlternatives);
    if (!parsed.ok) {
      io.err(`${parsed.message}\nGebruik: ${usage}\n`);
      return 2;
    }
    const loaded = await loadSession(parsed.input);
    if (!loaded.ok) {
      io.err(`${loaded.lines.join("\n")}\nEr is geen PDF gemaakt.\n`);
      return 2;
    }
    const alternatives = await loadAlternatives(parsed.alternatives);
    if (!alternatives.ok) {
      io.err(`${alternatives.lines.join("\n")}\nEr is geen PDF gemaakt.\n`);
      return 2;
    }
    const problem = await outputProblem(parsed.output, parsed.input);
    if (problem !== null) {
      io.err(`${problem}\nEr is geen PDF gemaakt.\n`);
      return 2;
    }
    const [cards, records, version] = await Promise.all([
      loadCards(),
      loadDocRecords(),
      toolVersion(),
    ]);
    const options: BuildOptions = {
      final: isFinal(loaded.session),
      date: new Date(),
      toolVersion: version,
      records,
      ...(alternatives.scenarios.length > 0
        ? {
            alternatives: withAlternatives(scenarioLabel(parsed.input), alternatives.scenarios),
          }
        : {}),
    };
    // The whole PDF is made in memory first and written through a temporary file: a failure
    // never leaves half a file behind.
    // An output name ending in .docx gives Word (the same document, for the region's own template).
    const word = /\.docx$/i.test(parsed.output);
    const doc = build(loaded.session, cards, options);
    const bytes = await documentBytes(doc, word ? "docx" : "pdf");
    const failed = await writeWhole(parsed.output, bytes);
    if (failed !== null) {
      io.err(`${failed}\nEr is geen ${word ? "Word-bestand" : "PDF"} gemaakt.\n`);
      return 1;
    }
    io.out(`${word ? "Word-bestand" : "PDF"} geschreven: ${parsed.output}\n`);
    return 0;
  };
}

/** The bytes of a document model as PDF (pdfmake) or Word (docx); each library is loaded only when needed. */
export async function documentBytes(doc: DocModel, format: "pdf" | "docx"): Promise<Buffer> {
  if (format === "docx") return (await import("../word/render.ts")).wordBuffer(doc);
  const [{ renderPdf }, { toPdfmake }] = await Promise.all([
    import("../pdf/node/render.ts"),
    import("../pdf/pdfmake.ts"),
  ]);
  return renderPdf(toPdfmake(doc));
}

/** `gesprekswijzer voorstel <sessie.json> -o voorstel.pdf` */
export const voorstel: Command = documentCommand(
  "npx gesprekswijzer voorstel <sessie.json> [--alternatief <sessie.json>]… -o voorstel.pdf",
  (session, cards, options) => proposalDocument(session, computeResult(session), cards, options),
  true,
);

/** `gesprekswijzer verslag <sessie.json> -o verslag.pdf` */
export const verslag: Command = documentCommand(
  "npx gesprekswijzer verslag <sessie.json> -o verslag.pdf",
  (session, cards, options) => summaryDocument(session, cards, options, computeResult(session)),
);
