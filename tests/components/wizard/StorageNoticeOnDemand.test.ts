// @vitest-environment happy-dom
// The start page's storage notice: nothing loads while there is nothing to report; once a button
// loads the session store, a failed save is named as on every other page.
import { cleanup, render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import StorageNoticeOnDemand from "../../../src/components/wizard/StorageNoticeOnDemand.svelte";
import { loadSessionStore } from "../../../src/stores/sessionOnDemand.ts";

afterEach(cleanup);

describe("StorageNoticeOnDemand", () => {
  it("shows nothing without a stored conversation, then a failed save once the store loaded", async () => {
    localStorage.clear();
    const { container } = render(StorageNoticeOnDemand);
    expect(container.textContent?.trim()).toBe("");
    const store = await loadSessionStore();
    store.saveProblemStore.set(store.SAVE_FAILED);
    expect((await screen.findByRole("alert")).textContent).toContain(
      "De laatste wijziging is niet bewaard",
    );
    store.saveProblemStore.set(null);
  });
});
