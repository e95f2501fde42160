// `gesprekswijzer voorstel|verslag <sessie.json> -o <bestand.pdf>`: the PDFs the browser makes,
// built in Node. pdftotext of the output holds the partnership, every partner, the plan year's total
// costs and amount needed as formatted in the PDF; bad input gives Dutch text, exit 2 and no file.
import { execFile, execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocumentArgs } from "../../src/cli/documents.ts";
import { writeWhole } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";
import { computeResult, parseSessionText, planYearOf } from "../../src/engine/index.ts";
import { formatEuro } from "../../src/lib/format.ts";
import { storyOf } from "../../src/report/index.ts";

const root = new URL("../..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "gesprekswijzer-docs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file in the temporary folder and returns its path. */
function tempFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** The PDF's text as pdftotext gives it, with no-break spaces made plain. */
function pdfText(path: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" }).replace(
    /\u00a0/g,
    " ",
  );
}

const STACK = /^\s+at\s/m;

describe.each([
  // primary school example (three school years, plan year 2025-2026)
  { name: "po" },
  // secondary school example (two school years, plan year 2023-2024)
  { name: "vo" },
])("voorstel for voorbeeld-$name", ({ name }) => {
  const input = join(root, `content/examples/voorbeeld-${name}.json`);
  const outcome = parseSessionText(readFileSync(input, "utf8"));
  if (!outcome.ok) throw new Error("voorbeeld ongeldig");
  const session = outcome.session;
  const plan = computeResult(session).years.find((y) => y.year === planYearOf(session))!;
  const output = join(dir, `voorstel-${name}.pdf`);

  it("writes a PDF whose text holds the partnership, every partner, total costs and the amount needed", async () => {
    const { code, out, err } = await run(["voorstel", input, "-o", output]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain(output);
    expect(readFileSync(output).subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(output);
    expect(text).toContain(session.partnership.name);
    for (const partner of session.partners) expect(text).toContain(partner.name);
    expect(text).toContain(formatEuro(plan.costs.total).replace(/\u00a0/g, " "));
    expect(text).toContain(formatEuro(plan.request.needed).replace(/\u00a0/g, " "));
    expect(text).toMatch(/pagina 2 van \d+/);
  });

  it("embeds only the shipped Roboto fonts and sets the metadata", () => {
    const fonts = execFileSync("pdffonts", [output], { encoding: "utf8" });
    expect(fonts).toMatch(/Roboto-Regular/);
    expect(fonts).not.toMatch(/Helvetica|Times|Courier/);
    const info = execFileSync("pdfinfo", [output], { encoding: "utf8" });
    expect(info).toMatch(new RegExp(`Title:\\s+Voorstel financiering ${planYearOf(session)}`));
    expect(info).toMatch(/Author:\s+Opleidingsschool/);
    // The structure tree itself is tested in tests/pdf/tagging.test.ts.
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });
});

describe("voorstel --alternatief", () => {
  const input = join(root, "content/examples/voorbeeld-po.json");
  const session = JSON.parse(readFileSync(input, "utf8")) as {
    categories: { perStudent: { WPB?: number } }[];
  };
  // A minimum: ten hours less workplace supervision per student in the first category (the norm changed).
  session.categories[0]!.perStudent.WPB = (session.categories[0]!.perStudent.WPB ?? 0) - 10;
  const minimum = tempFile("minimum.json", JSON.stringify(session));

  it("adds chapter 8 with the alternative's ask, as the engine computes it, to the PDF text", async () => {
    const output = join(dir, "voorstel-alternatief.pdf");
    const { code, err } = await run(["voorstel", input, "--alternatief", minimum, "-o", output]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const text = pdfText(output);
    expect(text).toContain("8 Alternatieven");
    expect(text).toContain("Alternatief 1: minimum");
    const outcome = parseSessionText(readFileSync(minimum, "utf8"));
    if (!outcome.ok) throw new Error("minimum ongeldig");
    const plan = computeResult(outcome.session).years.find(
      (y) => y.year === planYearOf(outcome.session),
    )!;
    expect(text).toContain(formatEuro(storyOf(plan).needed.euros).replace(/\u00a0/g, " "));
    // Chapter 8 comes after chapter 7 and before the annexes.
    expect(text.indexOf("8 Alternatieven")).toBeGreaterThan(text.indexOf("7 Verdeling"));
    expect(text.indexOf("8 Alternatieven")).toBeLessThan(text.lastIndexOf("Bijlage A"));
  });

  it("names an alternative that cannot be read, exits 2 and writes nothing", async () => {
    const output = join(dir, "voorstel-kapot-alternatief.pdf");
    const { code, err } = await run([
      "voorstel",
      input,
      "--alternatief",
      join(dir, "bestaat-niet.json"),
      "-o",
      output,
    ]);
    expect(code).toBe(2);
    expect(err).toContain("bestaat-niet.json bestaat niet");
    expect(existsSync(output)).toBe(false);
  });

  it("is refused by verslag", async () => {
    const { code, err } = await run([
      "verslag",
      input,
      "--alternatief",
      minimum,
      "-o",
      join(dir, "x.pdf"),
    ]);
    expect(code).toBe(2);
    expect(err).toContain('Onbekende optie "--alternatief"');
  });
});

describe("verslag", () => {
  it("writes the conversation summary with the answers verbatim", async () => {
    const session = JSON.parse(
      readFileSync(join(root, "content/examples/voorbeeld-vo.json"), "utf8"),
    ) as Record<string, unknown>;
    // 80 numbered lines: more than a page, so nothing may be cut off at a page end (and within the 3 000-character limit of a field).
    const long = Array.from({ length: 80 }, (_, i) => `Regel ${i + 1} van een lange notitie.`).join(
      "\n",
    );
    session.answers = {
      "eigen-vraag": { notes: "Notitie met <b>markup</b> & meer", agreements: "", open: "" },
      "lange-vraag": { notes: long, agreements: "Na de lange notitie", open: "" },
    };
    session.meeting = { date: "2026-11-20", participants: "An de Vries" };
    const input = join(dir, "met-antwoorden.json");
    writeFileSync(input, JSON.stringify(session));
    const output = join(dir, "verslag.pdf");
    const { code } = await run(["verslag", input, "-o", output]);
    expect(code).toBe(0);
    const text = pdfText(output);
    expect(text).toContain("Gespreksverslag");
    expect(text).toContain("Notitie met <b>markup</b> & meer");
    expect(text).toContain("20 november 2026");
    expect(text).toContain("An de Vries");
    for (const n of [1, 40, 80]) expect(text).toContain(`Regel ${n} van een lange notitie.`);
    expect(text).toContain("Na de lange notitie");
  });
});

describe("invalid input: Dutch message, exit 2, no file written", () => {
  const bad = join(dir, "kapot.json");
  writeFileSync(
    bad,
    JSON.stringify({
      format: "gesprekswijzer/1",
      partnership: { name: "X", sector: "vo" },
      years: ["2025-2026"],
      regulation: { perStudent: -5 },
      rates: { WPB: 1, SO: 1, IO: 1 },
    }),
  );
  it.each([
    // a session file that breaks a rule names the field
    {
      args: ["voorstel", bad, "-o", join(dir, "a.pdf")],
      message: "regulation.perStudent",
      file: join(dir, "a.pdf"),
    },
    // a file that does not exist
    {
      args: ["verslag", join(dir, "nergens.json"), "-o", join(dir, "b.pdf")],
      message: "bestaat niet",
      file: join(dir, "b.pdf"),
    },
    // no output file given
    { args: ["voorstel", bad], message: "-o <bestand.pdf>", file: null },
    // the output folder does not exist
    {
      args: [
        "voorstel",
        join(root, "content/examples/voorbeeld-po.json"),
        "-o",
        join(dir, "geen-map", "c.pdf"),
      ],
      message: "bestaat niet",
      file: join(dir, "geen-map", "c.pdf"),
    },
    // an unknown option
    {
      args: ["verslag", "--kleur", "x.json", "-o", join(dir, "d.pdf")],
      message: "Onbekende optie",
      file: join(dir, "d.pdf"),
    },
  ])("$args.0 $message", async ({ args, message, file }) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(message);
    expect(err).not.toMatch(STACK);
    if (file !== null) expect(existsSync(file)).toBe(false);
  });
});

describe("never overwrites its input or another file that is not a PDF", () => {
  const example = readFileSync(join(root, "content/examples/voorbeeld-po.json"), "utf8");
  it.each([
    // the session file itself (was replaced by the PDF)
    { name: "same", output: (input: string) => input, message: "is het sessiebestand zelf" },
    // the same file by another spelling of its path
    {
      name: "dotted",
      output: () => `${dir}/./sessie-dotted.json`,
      message: "is het sessiebestand zelf",
    },
    // another existing session file
    {
      name: "other",
      output: () => tempFile("ander.json", example),
      message: "bestaat al en is geen PDF-, Word- of Excelbestand",
    },
  ])("$name", async ({ name, output, message }) => {
    const input = tempFile(`sessie-${name}.json`, example);
    const target = output(input);
    const before = readFileSync(target, "utf8");
    const { code, err } = await run(["voorstel", input, "-o", target]);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(readFileSync(target, "utf8")).toBe(before);
    expect(readFileSync(input, "utf8")).toBe(example);
  });
});

describe("writeWhole", () => {
  it("leaves neither half a file nor a temporary file when the write fails, and says why in Dutch", async () => {
    const target = join(dir, "een-map.pdf");
    mkdirSync(target);
    const message = await writeWhole(target, new Uint8Array([37, 80, 68, 70]));
    expect(message).toMatch(/^Het bestand .*een-map\.pdf (is een map|kan niet)/);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("replaces an earlier PDF in one step", async () => {
    const target = join(dir, "vervang.pdf");
    writeFileSync(target, "%PDF-oud");
    expect(await writeWhole(target, new TextEncoder().encode("%PDF-nieuw"))).toBeNull();
    expect(readFileSync(target, "utf8")).toBe("%PDF-nieuw");
  });
});

describe.each([
  // the documented form
  {
    args: ["s.json", "-o", "v.pdf"],
    expected: { ok: true, input: "s.json", output: "v.pdf", alternatives: [] },
  },
  // the option first, long form
  {
    args: ["--output", "v.pdf", "s.json"],
    expected: { ok: true, input: "s.json", output: "v.pdf", alternatives: [] },
  },
  // -o=file
  {
    args: ["s.json", "-o=v.pdf"],
    expected: { ok: true, input: "s.json", output: "v.pdf", alternatives: [] },
  },
  // alternatives are read only where the command takes them (voorstel passes true)
  {
    args: ["s.json", "--alternatief", "a.json", "-o", "v.pdf"],
    expected: { ok: false, message: 'Onbekende optie "--alternatief".' },
  },
  // -o without a name
  {
    args: ["s.json", "-o"],
    expected: { ok: false, message: "Na -o hoort de naam van het PDF-bestand." },
  },
  // two session files
  {
    args: ["a.json", "b.json", "-o", "v.pdf"],
    expected: { ok: false, message: "Geef één sessiebestand op, niet 2." },
  },
  // two output files
  {
    args: ["a.json", "-o", "v.pdf", "-o", "w.pdf"],
    expected: { ok: false, message: "Geef maar één uitvoerbestand op (-o)." },
  },
])("parseDocumentArgs($args)", ({ args, expected }) => {
  it("reads the arguments", () => {
    expect(parseDocumentArgs(args)).toEqual(expected);
  });
});

describe("a real run through npx", () => {
  it("npx gesprekswijzer voorstel writes the PDF from the project root and exits 0", async () => {
    const output = join(dir, "npx-voorstel.pdf");
    const { stdout, stderr } = await promisify(execFile)(
      "npx",
      ["gesprekswijzer", "voorstel", "content/examples/voorbeeld-po.json", "-o", output],
      {
        cwd: root,
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    expect(stdout).toBe(`PDF geschreven: ${output}\n`);
    // npm may print its own configuration notices; pdfmake must not warn (access policies are set).
    expect(
      stderr.split("\n").filter((line) => line !== "" && !line.startsWith("npm warn")),
    ).toEqual([]);
    expect(pdfText(output)).toContain("Opleidingsschool Voorbeeld Oost (po)");
  }, 60_000);
});
