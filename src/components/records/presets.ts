/** The shipped facilitation presets (content/presets/*.json): examples from one region, not national norms. */
import { byFileName } from "../../lib/records/byFileName.ts";
import type { PresetFile } from "./shared.ts";

/**
 * The shipped facilitation presets, sorted by file name, checked by the preset schema at build
 * time (see byFileName); the interpretations the schema keeps as extra keys are typed by PresetFile.
 */
export const PRESETS: PresetFile[] = byFileName(
  import.meta.glob("../../../content/presets/*.json", { eager: true, import: "default" }),
);
