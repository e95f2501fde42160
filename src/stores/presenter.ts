/**
 * State of the workshop presentation: the deck and the current slide, the countdown of the
 * current question, the theme, the scribe panel and the sound choice. What a facilitator sets
 * once (slide, minutes, theme, panel, sound) is kept in localStorage under versioned keys, so a
 * reload or a second presenter window carries on where it was; the countdown itself lives only
 * in memory (a reload should not leave a half-run timer behind).
 */
import { persistentAtom } from "@nanostores/persistent";
import { atom, computed } from "nanostores";
import { type Slide, clampIndex, indexOfKey } from "../lib/deck.ts";
import {
  type Clock,
  DEFAULT_MINUTES,
  MAX_MINUTES,
  MIN_MINUTES,
  type TimerState,
  createTimer,
  reset,
  toggle,
} from "../lib/timer.ts";

/** localStorage keys; the version changes when the stored shape does. */
export const PRESENTER_KEYS = {
  slide: "gesprekswijzer:presentatie:dia:v1",
  minutes: "gesprekswijzer:presentatie:minuten:v1",
  theme: "gesprekswijzer:presentatie:thema:v1",
  scribe: "gesprekswijzer:presentatie:notulist:v1",
  sound: "gesprekswijzer:presentatie:geluid:v1",
  timer: "gesprekswijzer:presentatie:timer:v1",
} as const;

/** The two high-contrast themes. */
export type Theme = "licht" | "donker";

const flag = {
  encode: (value: boolean) => (value ? "ja" : "nee"),
  decode: (text: string) => text === "ja",
};

/** Key of the current slide ("vraag:<id>" or "cijfers:<slug>"); "" before the first visit. */
export const slideKeyStore = persistentAtom<string>(PRESENTER_KEYS.slide, "");

/** Minutes per question as the facilitator set them (1–60). */
export const timerMinutesStore = persistentAtom<number>(PRESENTER_KEYS.minutes, DEFAULT_MINUTES, {
  encode: (value: number) => String(value),
  decode: (text: string) => {
    const value = Number(text);
    return Number.isInteger(value) && value >= MIN_MINUTES && value <= MAX_MINUTES
      ? value
      : DEFAULT_MINUTES;
  },
});

/** The presentation theme. */
export const themeStore = persistentAtom<Theme>(PRESENTER_KEYS.theme, "licht", {
  encode: (value: Theme) => value,
  decode: (text: string): Theme => (text === "donker" ? "donker" : "licht"),
});

/** Whether the scribe panel is shown. */
export const scribeOpenStore = persistentAtom<boolean>(PRESENTER_KEYS.scribe, true, flag);

/** Whether the timer beeps at zero (off unless chosen). */
export const soundStore = persistentAtom<boolean>(PRESENTER_KEYS.sound, false, flag);

/** The slides of the presentation (set once by the page). */
export const deckStore = atom<readonly Slide[]>([]);

/** Position of the current slide in the deck. */
export const slideIndexStore = computed([deckStore, slideKeyStore], (deck, key) =>
  indexOfKey(deck, key),
);

/** The current slide, or null for an empty deck. */
export const currentSlideStore = computed(
  [deckStore, slideIndexStore],
  (deck, index): Slide | null => deck[index] ?? null,
);

/** A stored countdown, or null when the text is not one (then a fresh countdown starts). */
function decodeTimer(text: string): TimerState {
  try {
    const value = JSON.parse(text) as Partial<TimerState>;
    if (
      typeof value.durationMs === "number" &&
      typeof value.remainingMs === "number" &&
      (value.startedAt === null || typeof value.startedAt === "number")
    ) {
      return {
        durationMs: value.durationMs,
        remainingMs: value.remainingMs,
        startedAt: value.startedAt,
      };
    }
  } catch {
    // Not JSON: fall through to a fresh countdown.
  }
  return createTimer(DEFAULT_MINUTES);
}

/**
 * The countdown of the current question, shared by every presenter window of this browser (the
 * projector and the facilitator's laptop show the same time): it is stored as clock times, so each
 * window computes the same remaining time from it.
 */
export const timerStore = persistentAtom<TimerState>(
  PRESENTER_KEYS.timer,
  createTimer(DEFAULT_MINUTES),
  { encode: JSON.stringify, decode: decodeTimer },
);

let clock: Clock = () => Date.now();

/** Replaces the clock (tests). */
export function setClock(next: Clock): void {
  clock = next;
}

/** Current time of the injected clock. */
export function now(): number {
  return clock();
}

/** Hands the slides to the store; the remembered slide stays current when it still exists. */
export function setDeck(slides: readonly Slide[]): void {
  deckStore.set(slides);
  // A second presenter window joins the running countdown; only a countdown of another length starts over.
  if (timerStore.get().durationMs !== timerMinutesStore.get() * 60_000)
    timerStore.set(createTimer(timerMinutesStore.get()));
}

/** Goes to slide `index` (clamped to the deck). */
export function goTo(index: number): void {
  const deck = deckStore.get();
  const slide = deck[clampIndex(deck, index)];
  if (slide && slide.key !== slideKeyStore.get()) slideKeyStore.set(slide.key);
}

/** Next slide (→). */
export function next(): void {
  goTo(slideIndexStore.get() + 1);
}

/** Previous slide (←). */
export function previous(): void {
  goTo(slideIndexStore.get() - 1);
}

/** First slide (Home). */
export function first(): void {
  goTo(0);
}

/** Last slide (End). */
export function last(): void {
  goTo(deckStore.get().length - 1);
}

/** Starts or pauses the countdown (T). */
export function toggleTimer(): void {
  timerStore.set(toggle(timerStore.get(), clock()));
}

/** Puts the countdown back to its full length, paused. */
export function resetTimer(): void {
  timerStore.set(reset(timerStore.get()));
}

/** Sets the minutes per question; the countdown starts over with the new length. */
export function setTimerMinutes(minutes: number): void {
  const value = Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, Math.round(minutes)));
  timerMinutesStore.set(value);
  timerStore.set(createTimer(value));
}

/** Switches between the light and the dark theme. */
export function toggleTheme(): void {
  themeStore.set(themeStore.get() === "licht" ? "donker" : "licht");
}

/** Shows or hides the scribe panel. */
export function toggleScribe(): void {
  scribeOpenStore.set(!scribeOpenStore.get());
}

/** Turns the signal sound on or off. */
export function setSound(on: boolean): void {
  soundStore.set(on);
}

// Every question gets its own countdown: a new slide (here or in another presenter window) starts fresh.
slideKeyStore.listen(() => timerStore.set(createTimer(timerMinutesStore.get())));
