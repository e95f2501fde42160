/** Reading and writing files for the command line: Dutch messages, never a stack trace. */
import { open, readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { type Session, formatProblem, parseSessionText } from "../engine/index.ts";

/** A session, or the Dutch lines to print on stderr. */
export type LoadOutcome = { ok: true; session: Session } | { ok: false; lines: string[] };

/** Files larger than this are not session files (the same limit as the browser's "Bestand openen"). */
export const MAX_SESSION_FILE_BYTES = 5_000_000;

/** A file-system error code in Dutch ("de schijf is vol"). */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "bestaat niet";
    case "EISDIR":
      return "is een map, geen bestand";
    case "EACCES":
    case "EPERM":
      return "mag niet worden gelezen of geschreven (geen toegang)";
    case "ENOSPC":
      return "kan niet worden geschreven: de schijf is vol";
    case "EROFS":
      return "kan niet worden geschreven: de schijf is alleen-lezen";
    case "EDQUOT":
      return "kan niet worden geschreven: de schijfruimte (quotum) is op";
    default:
      return `kan niet worden gelezen of geschreven${code ? ` (${code})` : ""}`;
  }
}

/**
 * The text of a session file. UTF-8 (with or without byte-order mark) and UTF-16 with a byte-order
 * mark are read; UTF-16 without one is refused with a message that names the encoding.
 */
export function decodeSessionBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  // JSON starts with an ASCII character; a zero byte next to it means UTF-16 without a byte-order mark.
  if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)) {
    return {
      ok: false,
      message:
        "is opgeslagen als UTF-16 zonder byte-order-markering. Sla het op als UTF-8 (in Kladblok: Opslaan als, codering UTF-8) en probeer het opnieuw.",
    };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message:
        "is geen UTF-8-tekst (een andere tekenset of geen tekstbestand). Sla het op als UTF-8 en probeer het opnieuw.",
    };
  }
}

/** Reads and checks a session file. */
export async function loadSession(path: string): Promise<LoadOutcome> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).size > MAX_SESSION_FILE_BYTES)
      return {
        ok: false,
        lines: [`Het bestand ${path} is te groot voor een sessiebestand (meer dan 5 MB).`],
      };
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, lines: [`Het bestand ${path} ${fsReason(error)}.`] };
  }
  const decoded = decodeSessionBytes(bytes);
  if (!decoded.ok) return { ok: false, lines: [`Het bestand ${path} ${decoded.message}`] };
  const outcome = parseSessionText(decoded.text);
  if (outcome.ok) return { ok: true, session: outcome.session };
  return {
    ok: false,
    lines: [
      `${path} is geen geldig sessiebestand:`,
      ...outcome.problems.map((p) => `  - ${formatProblem(p)}`),
    ],
  };
}

/** The same file, also through links and different spellings of the path. */
async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string): Promise<string> => realpath(p).catch(() => resolve(p));
  return (await real(a)) === (await real(b));
}

/** The first bytes of a file, or null when it does not exist. */
async function head(path: string): Promise<string | null> {
  try {
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(5);
      const { bytesRead } = await handle.read(buffer, 0, 5, 0);
      return buffer.subarray(0, bytesRead).toString("latin1");
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/**
 * Why a PDF may not be written to `output`, or null: it is the input, an existing file that is not
 * a PDF (a session file, a document), a folder, or its folder does not exist.
 */
export async function outputProblem(output: string, input: string): Promise<string | null> {
  if (await samePath(output, input))
    return `${output} is het sessiebestand zelf; kies een andere naam voor de PDF, bijvoorbeeld voorstel.pdf.`;
  try {
    if ((await stat(output)).isDirectory())
      return `${output} is een map; geef een bestandsnaam op, bijvoorbeeld ${output.replace(/\/$/, "")}/voorstel.pdf.`;
    const start = await head(output);
    // A PDF or an Office file (.docx/.xlsx are zip archives) may be replaced; anything else may be a session.
    if (
      start !== null &&
      start !== "" &&
      start !== "%PDF-" &&
      !start.startsWith("PK\u0003\u0004")
    ) {
      return `${output} bestaat al en is geen PDF-, Word- of Excelbestand; dat bestand wordt niet overschreven. Kies een andere naam.`;
    }
  } catch {
    // does not exist yet: fine
  }
  try {
    if (!(await stat(dirname(resolve(output)))).isDirectory())
      return `De map voor ${output} bestaat niet.`;
  } catch {
    return `De map voor ${output} bestaat niet.`;
  }
  return null;
}

/** Writes through a temporary file next to the target, so a failed write never leaves half a file. */
export async function writeWhole(path: string, bytes: Uint8Array): Promise<string | null> {
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    await rename(temporary, path);
    return null;
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    return `Het bestand ${path} ${fsReason(error)}.`;
  }
}
