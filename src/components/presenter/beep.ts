/** The optional timer signal: a soft two-tone chime made with WebAudio (no sound files to cache). */

/** Plays the chime; silent where the browser has no WebAudio or refuses to play. */
export function chime(): void {
  const Context = globalThis.AudioContext;
  if (!Context) return;
  try {
    const audio = new Context();
    const start = audio.currentTime;
    [660, 880].forEach((frequency, i) => {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = "sine";
      osc.frequency.value = frequency;
      // A short fade in and out: a gentle signal, not an alarm.
      gain.gain.setValueAtTime(0.0001, start + i * 0.35);
      gain.gain.exponentialRampToValueAtTime(0.25, start + i * 0.35 + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.35 + 0.6);
      osc.connect(gain).connect(audio.destination);
      osc.start(start + i * 0.35);
      osc.stop(start + i * 0.35 + 0.65);
    });
    setTimeout(() => void audio.close().catch(() => undefined), 1500);
  } catch {
    // No audio device or blocked by the browser: the visual signal is enough.
  }
}
