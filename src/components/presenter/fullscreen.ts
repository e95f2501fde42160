/** Small DOM helpers of the presenter: full screen and "is the person typing?". */

/** True for targets where keys type text (the scribe's fields), so shortcuts stay out of the way. */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return (
    tag === "TEXTAREA" ||
    tag === "SELECT" ||
    (tag === "INPUT" &&
      !["checkbox", "radio", "button", "submit", "reset", "range"].includes(
        (target as HTMLInputElement).type,
      ))
  );
}

/** Puts `element` in full screen, or leaves full screen; browsers without the API are left alone. */
export async function toggleFullscreen(element: HTMLElement | undefined): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else if (element?.requestFullscreen) await element.requestFullscreen();
  } catch {
    // Refused (no user gesture, iframe without permission): the presentation works without it.
  }
}
