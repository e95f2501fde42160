/**
 * The session as a file: export as a download, read a chosen file, load a shipped example. Reading
 * and checking are separate from replacing, so the caller can ask for confirmation in between and
 * a file with problems never touches the current session.
 */
import type { ParseOutcome } from "../engine/index.ts";
import { sessionStore, exportFileName, serializeSession } from "./session.ts";
import { offerDownload } from "../lib/download.ts";

/** The session schema (with zod) loads when a file or an example is opened, not with the page. */
const checker = () => import("../engine/validate.ts");

/** Files larger than this are not session files (a full session is some tens of kilobytes). */
export const MAX_FILE_BYTES = 5_000_000;

/** Offers the current session as a .json download; returns the file name used. */
export function exportSession(today: Date = new Date()): string {
  const session = sessionStore.get();
  const name = exportFileName(session, today);
  offerDownload(new Blob([serializeSession(session)], { type: "application/json" }), name);
  return name;
}

/** Reads and checks a chosen file without changing the session. */
export async function readSessionFile(file: File): Promise<ParseOutcome> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      problems: [
        {
          path: "",
          message: `Het bestand "${file.name}" is te groot voor een gespreksbestand (meer dan 5 MB).`,
        },
      ],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return {
      ok: false,
      problems: [{ path: "", message: `Het bestand "${file.name}" kon niet worden gelezen.` }],
    };
  }
  return (await checker()).parseSessionText(text);
}

/** The shipped examples, by sector. */
export const EXAMPLES = {
  po: { label: "Voorbeeld po", load: () => import("../../content/examples/voorbeeld-po.json") },
  vo: { label: "Voorbeeld vo", load: () => import("../../content/examples/voorbeeld-vo.json") },
} as const;

/** One of the shipped examples. */
export type ExampleId = keyof typeof EXAMPLES;

/** Loads and checks a shipped example without changing the session. */
export async function readExample(id: ExampleId): Promise<ParseOutcome> {
  try {
    const [module, { parseSession }] = await Promise.all([EXAMPLES[id].load(), checker()]);
    return parseSession(module.default);
  } catch {
    return {
      ok: false,
      problems: [
        {
          path: "",
          message:
            "Het voorbeeld kon niet worden geladen. Herlaad de pagina en probeer het opnieuw.",
        },
      ],
    };
  }
}
