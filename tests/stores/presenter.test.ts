// The presenter store: moving through the deck, a fresh countdown per slide, remembered settings
// under versioned keys, and following another window (the storage event).
import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from "@nanostores/persistent";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type DeckCard, buildDeck } from "../../src/lib/deck.ts";
import { remainingAt } from "../../src/lib/timer.ts";

// The persistent atoms read their storage when the module loads: switch engines before importing.
useTestStorageEngine();
const store = await import("../../src/stores/presenter.ts");
const { PRESENTER_KEYS } = store;

const source = { doc: "000", section: "Baten" };
const cards: DeckCard[] = [
  {
    step: 1,
    slug: "een",
    title: "Een",
    questions: [
      { id: "a", text: "Vraag a?", source },
      { id: "b", text: "Vraag b?", source },
    ],
  },
  { step: 2, slug: "twee", title: "Twee", questions: [{ id: "c", text: "Vraag c?", source }] },
];
// a, b, cijfers:een, c, cijfers:twee
const slides = buildDeck(cards);

let t = 0;
const unsubscribers: (() => void)[] = [];

beforeAll(() => {
  store.setClock(() => t);
  // Mounted stores follow storage events, as they do on the page.
  unsubscribers.push(
    store.slideIndexStore.listen(() => undefined),
    store.themeStore.listen(() => undefined),
    store.timerMinutesStore.listen(() => undefined),
  );
});

beforeEach(() => {
  cleanTestStorage();
  t = 1_000_000;
  store.setDeck(slides);
  store.first();
});

describe("moving through the deck", () => {
  it.each([
    // → from the first slide
    { moves: ["next"], key: "vraag:b" },
    // past the end of step 1: its figures slide
    { moves: ["next", "next"], key: "cijfers:een" },
    // ← at the start stays put
    { moves: ["previous"], key: "vraag:a" },
    // End, then ←
    { moves: ["last", "previous"], key: "vraag:c" },
    // End then → stays on the last slide
    { moves: ["last", "next"], key: "cijfers:twee" },
    // Home after moving
    { moves: ["next", "next", "first"], key: "vraag:a" },
  ] as const)("$moves ends on $key", ({ moves, key }) => {
    for (const move of moves) store[move]();
    expect(store.currentSlideStore.get()?.key).toBe(key);
  });

  it("clamps goTo to the deck", () => {
    store.goTo(99);
    expect(store.slideIndexStore.get()).toBe(4);
    store.goTo(-1);
    expect(store.slideIndexStore.get()).toBe(0);
  });

  it("remembers the slide under a versioned key", () => {
    store.goTo(3);
    expect(getTestStorage()[PRESENTER_KEYS.slide]).toBe("vraag:c");
    expect(PRESENTER_KEYS.slide).toMatch(/:v1$/);
  });

  it("follows a slide change made in another window", () => {
    setTestStorageKey(PRESENTER_KEYS.slide, "cijfers:een");
    expect(store.slideIndexStore.get()).toBe(2);
  });

  it("falls back to the first slide for a remembered slide that no longer exists", () => {
    setTestStorageKey(PRESENTER_KEYS.slide, "vraag:verdwenen");
    expect(store.slideIndexStore.get()).toBe(0);
  });
});

describe("the countdown", () => {
  it("runs on the injected clock and pauses", () => {
    store.toggleTimer();
    t += 60_000;
    expect(remainingAt(store.timerStore.get(), store.now())).toBe(240_000);
    store.toggleTimer();
    t += 60_000;
    expect(remainingAt(store.timerStore.get(), store.now())).toBe(240_000);
  });

  it("starts fresh and paused on every new slide", () => {
    store.toggleTimer();
    t += 100_000;
    store.next();
    const timer = store.timerStore.get();
    expect(timer.startedAt).toBeNull();
    expect(remainingAt(timer, store.now())).toBe(300_000);
  });

  it("is shared with the other presenter windows: stored as clock times, followed from storage, kept when a window opens", () => {
    unsubscribers.push(store.timerStore.listen(() => undefined));
    store.toggleTimer();
    expect(JSON.parse(getTestStorage()[PRESENTER_KEYS.timer] ?? "{}")).toEqual({
      durationMs: 300_000,
      remainingMs: 300_000,
      startedAt: 1_000_000,
    });
    // The other window pauses at 4:00 left.
    setTestStorageKey(
      PRESENTER_KEYS.timer,
      JSON.stringify({ durationMs: 300_000, remainingMs: 240_000, startedAt: null }),
    );
    expect(remainingAt(store.timerStore.get(), store.now())).toBe(240_000);
    // A window that opens the deck now joins that countdown instead of starting over.
    store.setDeck(slides);
    expect(store.timerStore.get().remainingMs).toBe(240_000);
  });

  it("resets to the full length", () => {
    store.toggleTimer();
    t += 10_000;
    store.resetTimer();
    expect(store.timerStore.get()).toEqual({
      durationMs: 300_000,
      remainingMs: 300_000,
      startedAt: null,
    });
  });

  it.each([
    // what the facilitator types
    { minutes: 8, kept: 8 },
    // out of range is clamped
    { minutes: 0, kept: 1 },
    { minutes: 90, kept: 60 },
    // a fraction is rounded
    { minutes: 2.6, kept: 3 },
  ])("setTimerMinutes($minutes) keeps $kept", ({ minutes, kept }) => {
    store.setTimerMinutes(minutes);
    expect(store.timerMinutesStore.get()).toBe(kept);
    expect(store.timerStore.get().durationMs).toBe(kept * 60_000);
    expect(getTestStorage()[PRESENTER_KEYS.minutes]).toBe(String(kept));
  });

  it.each([
    // not a number
    { stored: "veel" },
    // out of range
    { stored: "0" },
    // not whole
    { stored: "2.5" },
  ])("reads a broken stored minutes value '$stored' as the default", ({ stored }) => {
    setTestStorageKey(PRESENTER_KEYS.minutes, stored);
    expect(store.timerMinutesStore.get()).toBe(5);
  });
});

describe("display settings", () => {
  it("toggles and remembers the theme", () => {
    expect(store.themeStore.get()).toBe("licht");
    store.toggleTheme();
    expect(store.themeStore.get()).toBe("donker");
    expect(getTestStorage()[PRESENTER_KEYS.theme]).toBe("donker");
    store.toggleTheme();
    expect(store.themeStore.get()).toBe("licht");
  });

  it("reads an unknown stored theme as light", () => {
    setTestStorageKey(PRESENTER_KEYS.theme, "paars");
    expect(store.themeStore.get()).toBe("licht");
  });

  it("shows the scribe panel by default and remembers hiding it", () => {
    expect(store.scribeOpenStore.get()).toBe(true);
    store.toggleScribe();
    expect(store.scribeOpenStore.get()).toBe(false);
    expect(getTestStorage()[PRESENTER_KEYS.scribe]).toBe("nee");
    store.toggleScribe();
  });

  it("keeps the sound off unless chosen", () => {
    expect(store.soundStore.get()).toBe(false);
    store.setSound(true);
    expect(getTestStorage()[PRESENTER_KEYS.sound]).toBe("ja");
    store.setSound(false);
  });
});
