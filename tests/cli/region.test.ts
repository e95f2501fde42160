// `gesprekswijzer regio`: JSON (gesprekswijzer-regio/1), budget division, documents, and refusals
// that name the file and write nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { parseRegionArgs } from "../../src/cli/region.ts";
import { computeResult, parseSessionText } from "../../src/engine/index.ts";
import { calendarRowsOf } from "../../src/region/calendar.ts";

const root = new URL("../..", import.meta.url).pathname;
const po = join(root, "tests/fixtures/voorbeeld-po.json");
const vo = join(root, "tests/fixtures/voorbeeld-vo.json");
const dir = mkdtempSync(join(tmpdir(), "gesprekswijzer-regio-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

interface RegionJson {
  format: string;
  partnerships: { name: string; calendarYears: { year: number; needed: number }[] }[];
  calendarYears: {
    year: number;
    costs: number;
    needed: number;
    allocation?: { name: string; amount: number }[];
  }[];
}

describe("regio on valid files", () => {
  it("prints the region as JSON with each partnership's calendar years and the totals", async () => {
    const { code, out, err } = await run(["regio", po, po]);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const json = JSON.parse(out) as RegionJson;
    expect(json.format).toBe("gesprekswijzer-regio/1");
    const outcome = parseSessionText(readFileSync(po, "utf8"));
    if (!outcome.ok) throw new Error("fixture");
    const single = calendarRowsOf(computeResult(outcome.session));
    expect(json.partnerships).toHaveLength(2);
    expect(json.partnerships[0]!.calendarYears.map((y) => y.needed * 100)).toEqual(
      single.map((r) => r.needed),
    );
    expect(json.calendarYears.map((y) => Math.round(y.needed * 100))).toEqual(
      single.map((r) => 2 * r.needed),
    );
  });

  it.each(["behoefte", "regeling-eerst", "studenten"])(
    "divides --budget in --jaar under %s, to the cent",
    async (rule) => {
      const { code, out } = await run([
        "regio",
        po,
        vo,
        "--budget",
        "250.000,01",
        "--jaar",
        "2025",
        "--verdeling",
        rule,
      ]);
      expect(code).toBe(0);
      const row = (JSON.parse(out) as RegionJson).calendarYears.find((y) => y.year === 2025)!;
      expect(row.allocation).toHaveLength(2);
      expect(row.allocation!.reduce((s, a) => s + Math.round(a.amount * 100), 0)).toBe(25_000_001);
    },
  );

  it.each([
    ["regio.pdf", "%PDF"],
    ["regio.docx", "PK"],
    ["regio.xlsx", "PK"],
  ])("writes %s", async (name, magic) => {
    const path = join(dir, name);
    const { code, out } = await run([
      "regio",
      po,
      vo,
      "--budget",
      "300000",
      "--jaar",
      "2025",
      "-o",
      path,
    ]);
    expect(code).toBe(0);
    expect(out).toContain(path);
    expect(readFileSync(path).subarray(0, magic.length).toString("latin1")).toBe(magic);
  });
});

describe("regio refuses", () => {
  it("names every invalid file with its messages, exits 2 and writes nothing", async () => {
    const broken = join(dir, "kapot.json");
    writeFileSync(broken, '{"format": "gesprekswijzer/1"');
    const missing = join(dir, "weg.json");
    const target = join(dir, "niet.pdf");
    const { code, out, err } = await run(["regio", po, broken, missing, "-o", target]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(`${broken} is geen geldig sessiebestand`);
    expect(err).toContain(`Het bestand ${missing} bestaat niet.`);
    expect(existsSync(target)).toBe(false);
  });

  it("a calendar year the sessions do not cover", async () => {
    const { code, err } = await run(["regio", po, "--budget", "1000", "--jaar", "2040"]);
    expect(code).toBe(2);
    expect(err).toMatch(/--jaar: 2040 is geen kalenderjaar van deze sessies \(kies 2026, 2027\)/);
  });

  describe.each<[string, string[], string]>([
    // no files at all
    ["no files", [], "Geef minstens één sessiebestand op."],
    // a rule that does not exist
    [
      "unknown rule",
      ["a.json", "--budget", "1", "--jaar", "2026", "--verdeling", "eerlijk"],
      '--verdeling: kies behoefte, regeling-eerst, studenten (niet "eerlijk").',
    ],
    // a budget without its year
    [
      "budget without year",
      ["a.json", "--budget", "1"],
      "Geef bij --budget het kalenderjaar op, bijvoorbeeld --jaar 2026.",
    ],
    // a year without a budget
    [
      "year without budget",
      ["a.json", "--jaar", "2026"],
      "--jaar en --verdeling horen bij --budget: geef ook het budget op.",
    ],
    // a budget that is not a number
    [
      "budget not a number",
      ["a.json", "--budget", "veel", "--jaar", "2026"],
      '--budget: "veel" is geen getal. Schrijf bijvoorbeeld 1.250 of 52,44.',
    ],
    // an output that is neither pdf, docx nor xlsx
    [
      "wrong output",
      ["a.json", "-o", "regio.txt"],
      'Het uitvoerbestand moet eindigen op .pdf, .docx of .xlsx, niet "regio.txt".',
    ],
    // an unknown option
    ["unknown option", ["a.json", "--snel"], 'Onbekende optie "--snel".'],
  ])("arguments: %s", (_label, args, message) => {
    it("gives a Dutch message", () => {
      expect(parseRegionArgs(args)).toEqual({ ok: false, message });
    });
  });

  it("a Word file when one of the sessions is invalid: the file is named and nothing is written", async () => {
    const broken = join(dir, "kapot-word.json");
    writeFileSync(broken, "{");
    const target = join(dir, "regio-kapot.docx");
    const { code, err } = await run(["regio", po, broken, "-o", target]);
    expect(code).toBe(2);
    expect(err).toContain("kapot-word.json");
    expect(existsSync(target)).toBe(false);
  });
});
