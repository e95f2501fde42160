/** The shipped facilitation presets (content/presets/*.json): examples from one region, not national norms. */
import { parseRecords } from "../../lib/records/parse.ts";
import type { PresetFile } from "./shared.ts";

/**
 * The shipped facilitation presets, sorted by file name, checked by the preset schema; the
 * interpretations the schema keeps as extra keys are typed by PresetFile.
 */
export const PRESETS: PresetFile[] = parseRecords("presets", import.meta.glob("../../../content/presets/*.json", { eager: true, import: "default" })) as PresetFile[];
