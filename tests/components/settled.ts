import { flushSync } from "svelte";
import { vi } from "vitest";

/**
 * Runs the checks until they pass. Once one computation was slow (coverage makes even the shipped
 * examples slow), the result follows a change of the session only after a pause in typing
 * (SETTLE_MS in src/stores/result.ts), so a component shows the new figures a little later.
 */
export async function settled(check: () => void): Promise<void> {
  await vi.waitFor(() => {
    flushSync();
    check();
  });
}
