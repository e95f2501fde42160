/** Service worker registration and the "new version" notice (browser only). */

/** Registers the worker and fills `notice` when a new version waits; never reloads on its own. */
export function watchForUpdates(
  workerUrl: string,
  scope: string,
  notice: HTMLElement | null,
  content: HTMLTemplateElement | null,
): void {
  if (!("serviceWorker" in navigator) || !notice || !content) return;
  const container = navigator.serviceWorker;
  let asked = false;

  const show = (worker: ServiceWorker | null): void => {
    if (notice.childElementCount > 0) return;
    notice.append(content.content.cloneNode(true));
    notice.querySelector("button")?.addEventListener("click", () => {
      asked = true;
      // A waiting worker takes over first; without one (already active) a plain reload is enough.
      if (worker && worker.state === "installed") worker.postMessage({ type: "SKIP_WAITING" });
      else location.reload();
    });
  };

  // A page that was already controlled and sees a new controller runs an older version than the
  // worker now serves (another tab chose to reload): offer the reload here too, never force it.
  const hadController = container.controller !== null;
  container.addEventListener("controllerchange", () => {
    if (asked) location.reload();
    else if (hadController) show(null);
  });

  const register = async (): Promise<void> => {
    try {
      const registration = await container.register(workerUrl, { scope });
      if (registration.waiting && container.controller) show(registration.waiting);
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        worker?.addEventListener("statechange", () => {
          // Only an update counts: the very first install has no controller and needs no notice.
          if (worker.state === "installed" && container.controller) show(worker);
        });
      });
      // Long workshops: look for a new version now and then (only succeeds when online).
      setInterval(() => void registration.update().catch(() => undefined), 30 * 60_000);
    } catch {
      // Registration refused (private mode, blocked by a policy): the site still works online.
    }
  };
  if (document.readyState === "complete") void register();
  else window.addEventListener("load", () => void register(), { once: true });
}
