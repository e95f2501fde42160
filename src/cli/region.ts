/**
 * `gesprekswijzer regio <sessie.json>… [--budget <euro> --jaar <kalenderjaar> --verdeling …] [-o bestand]`:
 * the region of several partnerships as JSON (gesprekswijzer-regio/1), or as a PDF or Excel file.
 * Every invalid file is named with its messages; exit 2 and nothing written.
 */
import type { Session } from "../engine/index.ts";
import { parseDutchNumber } from "../lib/format.ts";
import {
  ALLOCATION_RULES,
  type AllocationRule,
  type RegionBudget,
  computeRegion,
  toRegionJson,
} from "../region/index.ts";
import { loadSession, outputProblem, writeWhole } from "./io.ts";
import type { Command } from "./main.ts";

/** The parsed arguments of `regio`, or the Dutch reason they are wrong. */
export type RegionArgs =
  | {
      ok: true;
      inputs: string[];
      output?: string;
      budget?: { euros: number; year: number; rule: AllocationRule };
    }
  | { ok: false; message: string };

const USAGE =
  "npx gesprekswijzer regio <sessie.json>… [--budget <euro> --jaar <kalenderjaar> --verdeling behoefte|regeling-eerst|studenten] [-o regio.pdf|regio.docx|regio.xlsx]";
const VALUE_OPTIONS = ["--budget", "--jaar", "--verdeling", "-o", "--output"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/** Reads the arguments (options in any order, also as `--budget=…`). */
export function parseRegionArgs(args: readonly string[]): RegionArgs {
  const inputs: string[] = [];
  const values = new Map<ValueOption, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [name, inline] =
      arg.includes("=") && arg.startsWith("-")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
      const option = (name === "--output" ? "-o" : name) as ValueOption;
      const value = inline ?? args[++i];
      if (value === undefined || value === "")
        return { ok: false, message: `Na ${name} hoort een waarde.` };
      if (values.has(option)) return { ok: false, message: `Geef ${name} maar één keer op.` };
      values.set(option, value);
    } else if (arg.startsWith("-") && arg !== "-") {
      return { ok: false, message: `Onbekende optie "${arg}".` };
    } else {
      inputs.push(arg);
    }
  }
  if (inputs.length === 0) return { ok: false, message: "Geef minstens één sessiebestand op." };
  const out: RegionArgs = { ok: true, inputs };
  const output = values.get("-o");
  if (output !== undefined) {
    if (!/\.(pdf|xlsx|docx)$/i.test(output))
      return {
        ok: false,
        message: `Het uitvoerbestand moet eindigen op .pdf, .docx of .xlsx, niet "${output}".`,
      };
    out.output = output;
  }
  const [budgetText, yearText, ruleText] = [
    values.get("--budget"),
    values.get("--jaar"),
    values.get("--verdeling"),
  ];
  if (budgetText === undefined) {
    if (yearText !== undefined || ruleText !== undefined)
      return {
        ok: false,
        message: "--jaar en --verdeling horen bij --budget: geef ook het budget op.",
      };
    return out;
  }
  const budget = parseDutchNumber(budgetText);
  if (!budget.ok) return { ok: false, message: `--budget: ${budget.message}` };
  if (yearText === undefined || !/^\d{4}$/.test(yearText))
    return {
      ok: false,
      message: "Geef bij --budget het kalenderjaar op, bijvoorbeeld --jaar 2026.",
    };
  const rule = ruleText ?? "behoefte";
  if (!(ALLOCATION_RULES as readonly string[]).includes(rule))
    return {
      ok: false,
      message: `--verdeling: kies ${ALLOCATION_RULES.join(", ")} (niet "${rule}").`,
    };
  out.budget = { euros: budget.value, year: Number(yearText), rule: rule as AllocationRule };
  return out;
}

/** The Onderwijsregio's name: the first one a session names. */
export function regionNameOf(sessions: readonly Session[]): string {
  return sessions.map((s) => s.partnership.region.trim()).find((name) => name !== "") ?? "";
}

/** `gesprekswijzer regio …` */
export const regio: Command = async (args, io) => {
  const parsed = parseRegionArgs(args);
  if (!parsed.ok) {
    io.err(`${parsed.message}\nGebruik: ${USAGE}\n`);
    return 2;
  }
  const loaded = await Promise.all(parsed.inputs.map(loadSession));
  const failures = loaded.flatMap((l) => (l.ok ? [] : l.lines));
  if (failures.length > 0) {
    io.err(`${failures.join("\n")}\nEr is niets geschreven.\n`);
    return 2;
  }
  const sessions = loaded.flatMap((l) => (l.ok ? [l.session] : []));
  let budget: RegionBudget | undefined;
  if (parsed.budget) {
    budget = {
      year: parsed.budget.year,
      amount: Math.round(parsed.budget.euros * 100),
      rule: parsed.budget.rule,
    };
  }
  const region = computeRegion(sessions, budget);
  if (budget && !region.years.some((y) => y.year === budget.year)) {
    const years = region.years.map((y) => String(y.year));
    io.err(
      `--jaar: ${budget.year} is geen kalenderjaar van deze sessies${years.length > 0 ? ` (kies ${years.join(", ")})` : " (ze hebben geen twee opeenvolgende schooljaren)"}.\nEr is niets geschreven.\n`,
    );
    return 2;
  }
  if (parsed.output === undefined) {
    io.out(`${JSON.stringify(toRegionJson(region), null, 2)}\n`);
    return 0;
  }
  const { documentBytes, toolVersion } = await import("./documents.ts");
  // Never write over one of the session files read (or any other file that is not a document).
  const problems = await Promise.all(
    parsed.inputs.map((input) => outputProblem(parsed.output ?? "", input)),
  );
  const problem = problems.find((p) => p !== null) ?? null;
  if (problem !== null) {
    io.err(`${problem}\nEr is niets geschreven.\n`);
    return 2;
  }
  // The whole file is made in memory first: a failure never leaves half a file behind.
  const bytes = parsed.output.toLowerCase().endsWith(".xlsx")
    ? await (
        await import("../excel/write.ts")
      ).xlsxBytes((await import("../excel/region.ts")).regionWorkbook(region))
    : await documentBytes(
        (await import("../document/region.ts")).regionDocument(region, {
          regionName: regionNameOf(sessions),
          date: new Date(),
          toolVersion: await toolVersion(),
        }),
        parsed.output.toLowerCase().endsWith(".docx") ? "docx" : "pdf",
      );
  const failed = await writeWhole(parsed.output, bytes);
  if (failed !== null) {
    io.err(`${failed}\nEr is niets geschreven.\n`);
    return 2;
  }
  io.out(`Bestand geschreven: ${parsed.output}\n`);
  return 0;
};
