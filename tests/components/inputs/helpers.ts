// Shared setup for panel tests: the po example as the current session.
import { parseSession } from "../../../src/engine/index.ts";
import { replaceSession } from "../../../src/stores/session.ts";
import example from "../../fixtures/voorbeeld-po.json";

/** Makes the po example the session the panels read. */
export function loadExample(): void {
  const outcome = parseSession(structuredClone(example));
  if (!outcome.ok) throw new Error("fixture voorbeeld-po.json is invalid");
  replaceSession(outcome.session);
}
