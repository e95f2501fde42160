/** The command line `gesprekswijzer`: compute a session, or build its documents. */
import { computeResult, resultFile } from "../engine/index.ts";
import { fsReason, loadSession } from "./io.ts";

/** Where the command writes; tests pass their own. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** A subcommand: takes its arguments, returns the exit code. */
export type Command = (args: string[], io: Output) => Promise<number>;

const HELP = `Gesprekswijzer — kostenmodel en documenten voor partnerschappen Samen Opleiden & Professionaliseren

Gebruik:
  npx gesprekswijzer bereken <sessie.json>
      Berekent de kosten, de subsidie, de verdeling, de eigen investering en wat het
      partnerschap minimaal aan de Onderwijsregio moet vragen. Schrijft het resultaat als JSON
      (formaat gesprekswijzer-resultaat/1) naar de standaarduitvoer.

  npx gesprekswijzer voorstel <sessie.json> [--alternatief <sessie.json>]… -o voorstel.pdf
      Maakt het voorstel voor de begrotingstafel van de Onderwijsregio als PDF. Elk
      --alternatief voegt een ander scenario toe aan hoofdstuk 8, Alternatieven.

  npx gesprekswijzer verslag <sessie.json> -o verslag.pdf
      Maakt het gespreksverslag (vragen, notities, afspraken en open punten) als PDF.

  npx gesprekswijzer regio <sessie.json>… [--budget <euro> --jaar <kalenderjaar>
                          --verdeling behoefte|regeling-eerst|studenten] [-o regio.pdf|regio.xlsx]
      Telt de sessies van meerdere partnerschappen per kalenderjaar op (per partnerschap, per
      sector en voor de hele regio) en schrijft dat als JSON (formaat gesprekswijzer-regio/1).
      Met --budget en --jaar ook de verdeling van dat budget volgens de gekozen regel (standaard
      behoefte). Met -o het gezamenlijke voorstel als PDF of de tabellen als Excel-bestand.

  npx gesprekswijzer --help
      Toont deze uitleg.

Het sessiebestand is het bestand dat je in de browser met "Exporteren" bewaart.
Afsluitcodes: 0 gelukt, 2 ongeldige invoer of onleesbaar bestand.
`;

const bereken: Command = async (args, io) => {
  const [path, ...rest] = args;
  if (path === undefined || rest.length > 0) {
    io.err("Gebruik: npx gesprekswijzer bereken <sessie.json>\n");
    return 2;
  }
  const loaded = await loadSession(path);
  if (!loaded.ok) {
    io.err(`${loaded.lines.join("\n")}\n`);
    return 2;
  }
  // The result file keeps its contract (§4): the views' breakdowns stay out.
  io.out(`${JSON.stringify(resultFile(computeResult(loaded.session)), null, 2)}\n`);
  return 0;
};

/** The subcommands; the document commands load the PDF code only when asked for. */
const commands: Record<string, Command> = {
  bereken,
  voorstel: async (args, io) => (await import("./documents.ts")).voorstel(args, io),
  verslag: async (args, io) => (await import("./documents.ts")).verslag(args, io),
  regio: async (args, io) => (await import("./region.ts")).regio(args, io),
};

/** An unexpected failure in Dutch: the kind of error is named for a bug report, its English text is not shown. */
export function unexpected(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string") return `Er ging iets mis: een bestand ${fsReason(error)}.`;
  if (error instanceof RangeError)
    return "Er ging iets mis in Gesprekswijzer: een getal of tekst in het bestand is te groot om te verwerken. Controleer de bedragen en aantallen.";
  const kind = error instanceof Error ? error.name : typeof error;
  return `Er ging iets mis in Gesprekswijzer (interne fout: ${kind}). Meld dit met het sessiebestand erbij.`;
}

/** Runs the command line; returns the exit code and never throws. */
export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    // Without a command it is a usage error: the help goes to stderr so that stdout stays empty.
    io.err(HELP);
    return 2;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(HELP);
    return 0;
  }
  // An own property only: "constructor" or "__proto__" are no commands.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    io.err(
      `Onbekend commando "${name}". Kies bereken, voorstel, verslag of regio; zie npx gesprekswijzer --help.\n`,
    );
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    // A bug must still not show a stack trace, or an English message, to a programme leader.
    io.err(`${unexpected(error)}\n`);
    return 1;
  }
}
