/**
 * The engine's warnings made actionable: each says in plain Dutch what it means for the money and
 * what to do, with the step and the field that fix it ("Vul de telling van 2024-2025 in — stap
 * Studenten"). The engine's sentence stays available (`engine`) for the annex.
 */
import type { Result, Session } from "../engine/index.ts";
import { formatEuro } from "../lib/format.ts";
import { type StepRef, stepForPath } from "./problems.ts";
import { STORY_LABELS, inSentence } from "./story.ts";

/** A field on a step page that fixes a warning: the anchor (section id) and its Dutch name. */
export interface FieldRef {
  /** The id of the input section on the step page (a link goes to /gesprek/<step>/#<anchor>). */
  anchor: string;
  label: string;
}

/** One warning as people read it. */
export interface ActionableWarning {
  /** The school year it is about; null when it is about a field, not a year. */
  year: string | null;
  /** What it means for the money. */
  meaning: string;
  /** What to do, as an instruction. */
  action: string;
  /** The step that fixes it, and the field on that step. */
  step: StepRef | null;
  field: FieldRef | null;
  /** The engine's own sentence. */
  engine: string;
}

/** Stable anchors of the input sections the warnings point at (ids set on the sections themselves). */
export const FIELD_ANCHORS = {
  counted: { anchor: "veld-telling", label: "Getelde studenten (DUO)" },
  placements: { anchor: "veld-plaatsingen", label: "Plaatsingen" },
  distribution: { anchor: "veld-verdeling", label: "Verdeling van de subsidie" },
} as const satisfies Record<string, FieldRef>;

const STEP = (path: string): StepRef | null => stepForPath(path);

/** Reads one engine warning; unknown sentences are passed on as they are, with the step their path names. */
export function actionableWarning(session: Session, warning: string): ActionableWarning {
  const outside = /^placements\[(\d+)\]\.(students|groups)\.(\d{4}-\d{4}):/.exec(warning);
  if (outside) {
    const year = outside[3]!;
    return {
      year: null,
      meaning: `Plaatsing ${Number(outside[1]) + 1} heeft ${outside[2] === "students" ? "studenten" : "groepen"} in ${year}, buiten de schooljaren van het gesprek: die tellen niet mee in de kosten en de subsidie.`,
      action: `Haal de aantallen van ${year} weg, of neem ${year} op in de schooljaren (stap ${STEP("years")?.label ?? "Ons partnerschap"}).`,
      step: STEP("placements"),
      field: FIELD_ANCHORS.placements,
      engine: warning,
    };
  }
  const missingCount =
    /^(\d{4}-\d{4}): (?:het aantal getelde studenten van (\d{4}-\d{4}) ontbreekt|geen telling voor (\d{4}-\d{4}))/.exec(
      warning,
    );
  if (missingCount) {
    const year = missingCount[1]!;
    const countYear = (missingCount[2] ?? missingCount[3])!;
    const base = session.regulation.base;
    return {
      year,
      meaning: `De ${inSentence(STORY_LABELS.subsidy)} van ${year} is berekend zonder studenten uit ${countYear}${base > 0 ? ` (alleen de vaste voet van ${formatEuro(base)})` : " (zonder bedrag per student)"}: de subsidie valt te laag uit en ${inSentence(STORY_LABELS.extra)} te hoog.`,
      action: `Vul de telling van ${countYear} in`,
      step: STEP("regulation.counted"),
      field: FIELD_ANCHORS.counted,
      engine: warning,
    };
  }
  const fallback =
    /^(\d{4}-\d{4}): geen studenten in basisjaar (\d{4}-\d{4}); verdeeld naar de aantallen van (\d{4}-\d{4})/.exec(
      warning,
    );
  if (fallback) {
    return {
      year: fallback[1]!,
      meaning: `${fallback[2]} heeft geen telbare studenten; de subsidie van ${fallback[1]} is daarom verdeeld naar de studenten van ${fallback[3]} zelf.`,
      action: `Klopt dat niet, vul dan de studenten van ${fallback[2]} in`,
      step: STEP("placements"),
      field: FIELD_ANCHORS.placements,
      engine: warning,
    };
  }
  const noBasis = /^(\d{4}-\d{4}): geen studenten in basisjaar (\d{4}-\d{4}); niets verdeeld/.exec(
    warning,
  );
  if (noBasis) {
    return {
      year: noBasis[1]!,
      meaning: `In ${noBasis[1]} gaat niets van de subsidie naar de partners, omdat basisjaar ${noBasis[2]} geen telbare studenten heeft: de partners dragen hun kosten dat jaar helemaal zelf.`,
      action: `Vul de studenten van ${noBasis[2]} in, of verdeel op basis van het lopende jaar`,
      step: STEP("distribution"),
      field: FIELD_ANCHORS.distribution,
      engine: warning,
    };
  }
  const noCosts = /^(\d{4}-\d{4}): de partners hebben geen kosten in dit jaar; niets verdeeld/.exec(
    warning,
  );
  if (noCosts) {
    return {
      year: noCosts[1]!,
      meaning: `In ${noCosts[1]} hebben de partners geen kosten, dus valt er naar kosten niets te verdelen; de subsidie blijft bij het partnerschap.`,
      action: "Vul studenten en facilitering in, of verdeel naar studenten",
      step: STEP("distribution"),
      field: FIELD_ANCHORS.distribution,
      engine: warning,
    };
  }
  const path = /^([A-Za-z][\w.[\]-]*):/.exec(warning)?.[1] ?? "";
  const year = /^(\d{4}-\d{4}):/.exec(warning)?.[1] ?? null;
  return {
    year,
    meaning: warning,
    action: "",
    step: year === null ? STEP(path) : null,
    field: null,
    engine: warning,
  };
}

/** All warnings of a result, actionable, in the engine's order. */
export function actionableWarnings(session: Session, result: Result): ActionableWarning[] {
  return result.warnings.map((w) => actionableWarning(session, w));
}

/** The warnings a document about `planYear` shows in its summary: none about years before it. */
export function summaryWarnings(
  session: Session,
  result: Result,
  planYear: string,
): ActionableWarning[] {
  return actionableWarnings(session, result).filter((w) => w.year === null || w.year >= planYear);
}

/** The warning as one Dutch text for documents: meaning, then "action — stap X, veld Y." */
export function warningText(w: ActionableWarning): string {
  if (w.action === "") return w.meaning;
  const where = [w.step ? `stap ${w.step.label}` : "", w.field ? `veld ${w.field.label}` : ""]
    .filter((s) => s !== "")
    .join(", ");
  return `${w.meaning} ${w.action}${where === "" ? "" : ` — ${where}`}.`;
}
