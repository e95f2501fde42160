// The command line `gesprekswijzer` (§4): `main()` called directly with captured output, plus one
// real `npx gesprekswijzer bereken` run in a child process from the project root.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { main, unexpected } from "../../src/cli/main.ts";
import { computeResult, parseSessionText, resultFile } from "../../src/engine/index.ts";

const root = new URL("../..", import.meta.url).pathname;
const fixture = "tests/fixtures/voorbeeld-po.json";
const expectedResult = (): unknown => {
  const outcome = parseSessionText(readFileSync(join(root, fixture), "utf8"));
  if (!outcome.ok) throw new Error("fixture invalid");
  // The result file: the engine's result without the views' breakdowns (the contract of §4).
  const file = resultFile(computeResult(outcome.session));
  expect(file.years.every((y) => !("breakdown" in y))).toBe(true);
  return file;
};

const dir = mkdtempSync(join(tmpdir(), "gesprekswijzer-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Writes a file in the temporary folder and returns its path. */
function tempFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Writes bytes in the temporary folder and returns the path. */
function tempBytes(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A stack trace line ("    at fn (file:1:2)") must never reach a programme leader. */
const STACK = /^\s+at\s/m;

describe("bereken on a valid file", () => {
  it("prints the result JSON on stdout and exits 0", async () => {
    const { code, out, err } = await run(["bereken", join(root, fixture)]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(JSON.parse(out)).toEqual(expectedResult());
    expect(out.endsWith("}\n")).toBe(true);
  });
});

describe.each<[string, string[]]>([
  // the long option
  ["--help", ["--help"]],
  // the short option
  ["-h", ["-h"]],
  // as a word
  ["help", ["help"]],
])("help via %s", (_label, argv) => {
  it("prints the Dutch help on stdout and exits 0", async () => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain("npx gesprekswijzer bereken <sessie.json>");
    expect(out).toContain("Afsluitcodes");
  });
});

describe.each<[string, () => string[], RegExp]>([
  // no command at all: the help, but on stderr
  ["no command", () => [], /Gebruik:\n\s+npx gesprekswijzer bereken/],
  // a command that does not exist
  [
    "unknown command",
    () => ["reken"],
    /^Onbekend commando "reken"\. Kies bereken, voorstel, verslag of regio/,
  ],
  // bereken without a file
  ["missing argument", () => ["bereken"], /^Gebruik: npx gesprekswijzer bereken <sessie\.json>\n$/],
  // bereken with one file too many
  [
    "extra argument",
    () => ["bereken", fixture, "meer.json"],
    /^Gebruik: npx gesprekswijzer bereken/,
  ],
  // a name that is a property of every object, not a command (was a stack trace)
  ["constructor as a command", () => ["constructor"], /^Onbekend commando "constructor"\./],
  // the prototype key
  ["__proto__ as a command", () => ["__proto__"], /^Onbekend commando "__proto__"\./],
  // UTF-16 without a byte-order mark: the encoding is named
  [
    "UTF-16 without a byte-order mark",
    () => [
      "bereken",
      tempBytes("utf16.json", Buffer.from('{"format": "gesprekswijzer/1"}', "utf16le")),
    ],
    /UTF-16 zonder byte-order-markering/,
  ],
  // another character set (Latin-1 bytes)
  [
    "not UTF-8",
    () => ["bereken", tempBytes("latin1.json", Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]))],
    /geen UTF-8-tekst/,
  ],
  // a file that does not exist
  [
    "missing file",
    () => ["bereken", join(dir, "weg.json")],
    /^Het bestand .*weg\.json bestaat niet\.\n$/,
  ],
  // a folder instead of a file
  ["a folder", () => ["bereken", dir], /^Het bestand .* is een map, geen bestand\.\n$/],
  // broken JSON
  [
    "broken JSON",
    () => ["bereken", tempFile("kapot.json", '{"format": ')],
    /geen geldig sessiebestand:\n {2}- Het bestand is geen geldige JSON/,
  ],
  // valid JSON, wrong format
  [
    "wrong format",
    () => ["bereken", tempFile("ander.json", '{"format": "iets/1"}')],
    /- format: dit is geen sessiebestand van Gesprekswijzer/,
  ],
  // a session with two field problems: both listed, each with its path
  [
    "invalid session",
    () => {
      const draft = JSON.parse(readFileSync(join(root, fixture), "utf8")) as {
        rates: Record<string, unknown>;
        partnership: Record<string, unknown>;
      };
      draft.rates.WPB = -1;
      draft.partnership.sector = "hbo";
      return ["bereken", tempFile("fout.json", JSON.stringify(draft))];
    },
    /geen geldig sessiebestand:\n {2}- partnership\.sector: kies po, vo, mbo of po-vo\n {2}- rates\.WPB: mag niet negatief zijn\n$/,
  ],
  // cross-field problems: listed together
  [
    "unknown references",
    () => {
      const draft = JSON.parse(readFileSync(join(root, fixture), "utf8")) as {
        placements: { board: string; category: string }[];
      };
      draft.placements[0]!.board = "nergens";
      draft.placements[1]!.category = "niets";
      return ["bereken", tempFile("verwijzing.json", JSON.stringify(draft))];
    },
    /- placements\[0\]\.board: "nergens" is geen bekende partner\n {2}- placements\[1\]\.category: "niets" is geen bekende studentcategorie\n$/,
  ],
])("%s", (_label, argv, message) => {
  it("writes a Dutch message on stderr, nothing on stdout, no stack trace, and exits 2", async () => {
    const { code, out, err } = await run(argv());
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err).not.toMatch(STACK);
    expect(err).not.toMatch(/Error|undefined|NaN/);
  });
});

describe("bereken on a UTF-16 file with a byte-order mark", () => {
  it.each([
    // Windows "Unicode" (UTF-16 LE)
    {
      encoding: "utf-16le",
      bytes: (text: string) =>
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    },
    // UTF-16 BE
    {
      encoding: "utf-16be",
      bytes: (text: string) =>
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]),
    },
  ])("reads $encoding like the browser does", async ({ encoding, bytes }) => {
    const path = tempBytes(`${encoding}.json`, bytes(readFileSync(join(root, fixture), "utf8")));
    const { code, out } = await run(["bereken", path]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(expectedResult());
  });
});

describe("unexpected failures", () => {
  it.each([
    // the disk is full while writing
    {
      error: Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }),
      message: "Er ging iets mis: een bestand kan niet worden geschreven: de schijf is vol.",
    },
    // BigInt or string limits of the JavaScript engine
    {
      error: new RangeError("Maximum BigInt size exceeded"),
      message: /^Er ging iets mis in Gesprekswijzer: een getal of tekst/,
    },
    // any other bug: its kind for a bug report, not its English text
    {
      error: new TypeError("Cannot read properties of undefined"),
      message:
        "Er ging iets mis in Gesprekswijzer (interne fout: TypeError). Meld dit met het sessiebestand erbij.",
    },
  ])("are told in Dutch: $error.name", ({ error, message }) => {
    const text = unexpected(error);
    expect(text).toMatch(message);
    expect(text).not.toMatch(/no space|Maximum|Cannot/);
  });
});

describe("a real run through npx", () => {
  it("npx gesprekswijzer bereken prints the same JSON as computeResult and exits 0", async () => {
    const { stdout, stderr } = await promisify(execFile)(
      "npx",
      ["gesprekswijzer", "bereken", fixture],
      {
        cwd: root,
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    expect(JSON.parse(stdout)).toEqual(expectedResult());
    // npm may print its own configuration notices; the program itself writes nothing on stderr.
    expect(
      stderr.split("\n").filter((line) => line !== "" && !line.startsWith("npm warn")),
    ).toEqual([]);
  }, 60_000);

  it("exits 2 with the Dutch message on an invalid file", async () => {
    const path = tempFile("spawn-fout.json", "[]");
    const error = await promisify(execFile)("npx", ["gesprekswijzer", "bereken", path], {
      cwd: root,
    }).then(
      () => null,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(error).not.toBeNull();
    expect(error!.code).toBe(2);
    expect(error!.stdout).toBe("");
    expect(error!.stderr).toContain(
      "Het bestand bevat geen gesprekssessie (verwacht een JSON-object).",
    );
    expect(error!.stderr).not.toMatch(STACK);
  }, 60_000);
});
