// Shared fixture for the editing tests: the po example as a parsed session (a fresh copy per call).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Session, parseSession } from "../../../src/engine/index.ts";
import { sessionStore, replaceSession } from "../../../src/stores/session.ts";

const text = readFileSync(new URL("../../fixtures/voorbeeld-po.json", import.meta.url), "utf8");

/** A fresh, valid copy of the po example session. */
export function example(): Session {
  const outcome = parseSession(JSON.parse(text));
  if (!outcome.ok) throw new Error("fixture voorbeeld-po.json is invalid");
  return outcome.session;
}

/** True when the session still passes every rule of the engine. */
export function valid(session: Session): boolean {
  return parseSession(JSON.parse(JSON.stringify(session))).ok;
}

/** One table row of an action test: the actions to run on the example and what must then hold. */
export interface ActionRow {
  name: string;
  run: () => void;
  check: (s: Session) => boolean;
}

/** Runs each row's actions through the store on a fresh example: the check holds and the session still passes the engine's rules. */
export function describeActions(rows: readonly ActionRow[]): void {
  describe.each(rows)("$name", ({ run, check }) => {
    it("changes the session and keeps it valid", () => {
      const s = drive(example(), run);
      expect(check(s)).toBe(true);
      expect(valid(s)).toBe(true);
    });
  });
}

/** Loads `session` into the store, runs the actions in `act` on it, and returns what the store then holds. */
export function drive(session: Session, act: () => void): Session {
  replaceSession(session);
  act();
  return sessionStore.get();
}
