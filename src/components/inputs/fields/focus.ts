/** Keeping keyboard focus in place when the element that had it goes away (a removed row). */

/**
 * Remembers the table region and panel around `element`; the returned function, called after the
 * page has updated, moves focus to the nearest of them that is still there (a panel by its
 * heading), so a keyboard user is not sent back to the top of the page.
 */
export function focusKeeper(element: Element | null | undefined): () => void {
  const around: HTMLElement[] = [];
  for (let e = element?.parentElement; e; e = e.parentElement) {
    if (e.matches('[role="region"][tabindex], section.panel')) around.push(e);
  }
  return () => {
    const target = around.find((e) => e.isConnected);
    if (!target) return;
    const heading = target.matches("section.panel")
      ? document.getElementById(target.getAttribute("aria-labelledby") ?? "")
      : null;
    const focusable = heading ?? target;
    if (!focusable.hasAttribute("tabindex")) focusable.setAttribute("tabindex", "-1");
    focusable.focus();
  };
}
