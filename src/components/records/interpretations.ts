/**
 * Which reading of a preset's interpretation a session follows, and the category fields of each
 * reading. Pure, so the one-click switch on the facilitation step and its tests agree.
 */
import type { Category, Session } from "../../engine/index.ts";
import type { CategoryChange, PresetFile, PresetInterpretation } from "./shared.ts";

/** "preset": the preset's own reading; "alternative": the other one; "own": the fields were edited otherwise. */
export type Reading = "preset" | "alternative" | "own";

/** An interpretation that applies to a session, with the categories it touches and the reading in force. */
export interface ActiveInterpretation {
  presetName: string;
  interpretation: PresetInterpretation;
  /** Ids of the listed categories that the session has. */
  categories: string[];
  reading: Reading;
  /** Fields that restore the preset's own reading. */
  presetChange: CategoryChange;
}

const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** True when every key of `change` has that value in `category`. */
function follows(category: Category, change: CategoryChange): boolean {
  return (Object.keys(change) as (keyof CategoryChange)[]).every((key) =>
    same(category[key], change[key]),
  );
}

/** The preset's own values for the keys an interpretation switches (taken from its first listed category). */
function presetChangeOf(preset: PresetFile, interpretation: PresetInterpretation): CategoryChange {
  const own = preset.categories.find((c) => interpretation.categories.includes(c.id));
  const change: CategoryChange = {};
  if (own === undefined) return change;
  if ("subsidised" in interpretation.alternative.change) change.subsidised = own.subsidised;
  if ("perDay" in interpretation.alternative.change && own.perDay !== undefined)
    change.perDay = own.perDay;
  return change;
}

/**
 * The interpretations of the presets that apply to `session`: of the preset it recorded as its norm
 * (or of any preset when none is recorded), for the listed categories the session still has.
 */
export function activeInterpretations(
  session: Session,
  presets: readonly PresetFile[],
): ActiveInterpretation[] {
  const out: ActiveInterpretation[] = [];
  for (const preset of presets) {
    if (session.norm !== undefined && session.norm.id !== preset.id) continue;
    for (const interpretation of preset.interpretations ?? []) {
      const present = session.categories.filter((c) => interpretation.categories.includes(c.id));
      if (present.length === 0) continue;
      const presetChange = presetChangeOf(preset, interpretation);
      const reading: Reading = present.every((c) => follows(c, presetChange))
        ? "preset"
        : present.every((c) => follows(c, interpretation.alternative.change))
          ? "alternative"
          : "own";
      out.push({
        presetName: preset.name,
        interpretation,
        categories: present.map((c) => c.id),
        reading,
        presetChange,
      });
    }
  }
  return out;
}
