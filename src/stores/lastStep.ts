/** The step that was open last, for "Verder waar je was" (its own module: the start page needs nothing else of the progress). */
import { persistentAtom } from "@nanostores/persistent";

/** Slug of the step that was open last ("Verder waar je was"); "" before any step was opened. */
export const lastStepStore = persistentAtom<string>("gesprekswijzer:laatste-stap", "");

/** Remembers the step that is open now. */
export function rememberStep(slug: string): void {
  try {
    lastStepStore.set(slug);
  } catch {
    // Full or blocked storage: the session store says so; a forgotten last step costs nothing.
  }
}
