/** The shipped facilitation presets (content/presets/*.json): examples from one region, not national norms. */
import { type PresetFile, isPreset, values } from "./shared.ts";

/** The shipped facilitation presets, sorted by file name (none until content/presets/ has files). */
export const PRESETS: PresetFile[] = values(import.meta.glob("../../../content/presets/*.json", { eager: true, import: "default" }), isPreset);
