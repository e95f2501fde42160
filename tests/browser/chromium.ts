/**
 * Which Chromium the browser tests drive: `CHROMIUM_PATH` if set, else the first usual location of
 * Chromium, Chrome or Edge on this platform (Debian's /usr/bin/chromium first, as in CI).
 */
import { existsSync } from "node:fs";
import { win32 } from "node:path";

/** Usual install locations per platform, most likely first. */
export function usualLocations(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === "darwin") {
    return [
      "Chromium.app/Contents/MacOS/Chromium",
      "Google Chrome.app/Contents/MacOS/Google Chrome",
      "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ].map((app) => `/Applications/${app}`);
  }
  if (platform === "win32") {
    const roots = [env["PROGRAMFILES"], env["PROGRAMFILES(X86)"], env["LOCALAPPDATA"]].filter(
      (root) => root !== undefined,
    );
    const programs = [
      win32.join("Google", "Chrome", "Application", "chrome.exe"),
      win32.join("Microsoft", "Edge", "Application", "msedge.exe"),
    ];
    return programs.flatMap((exe) => roots.map((root) => win32.join(root, exe)));
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/microsoft-edge",
  ];
}

/** The browser to use, or a Dutch message saying what was looked for and how to point at one. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): { path: string } | { problem: string } {
  const chosen = env["CHROMIUM_PATH"];
  if (chosen)
    return exists(chosen)
      ? { path: chosen }
      : { problem: `CHROMIUM_PATH wijst naar ${chosen}, maar daar staat geen bestand.` };
  const candidates = usualLocations(platform, env);
  const found = candidates.find(exists);
  if (found !== undefined) return { path: found };
  return {
    problem: `Geen Chromium, Chrome of Edge gevonden (gezocht: ${candidates.join(", ")}). Zet CHROMIUM_PATH op het programma.`,
  };
}

/** The browser path for playwright-core; throws the Dutch message when there is none. */
export function chromiumPath(): string {
  const outcome = findChromium();
  if ("problem" in outcome) throw new Error(outcome.problem);
  return outcome.path;
}
