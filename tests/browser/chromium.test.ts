// Where the browser tests find Chromium: CHROMIUM_PATH first, then the usual places per platform.
import { describe, expect, it } from "vitest";
import { findChromium, usualLocations } from "./chromium.ts";

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe("findChromium", () => {
  it("takes CHROMIUM_PATH when it exists", () => {
    expect(
      findChromium(
        { CHROMIUM_PATH: "/opt/chrome" },
        "linux",
        only("/opt/chrome", "/usr/bin/chromium"),
      ),
    ).toEqual({ path: "/opt/chrome" });
  });

  it("says so in Dutch when CHROMIUM_PATH points at nothing, instead of guessing", () => {
    expect(findChromium({ CHROMIUM_PATH: "/weg" }, "linux", only("/usr/bin/chromium"))).toEqual({
      problem: "CHROMIUM_PATH wijst naar /weg, maar daar staat geen bestand.",
    });
  });

  describe.each([
    { platform: "linux", present: "/usr/bin/chromium" }, // Debian, as in CI
    { platform: "linux", present: "/snap/bin/chromium" }, // Ubuntu's snap
    { platform: "darwin", present: "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" }, // macOS with Chrome
    { platform: "win32", present: "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" }, // Windows with Chrome
  ] as const)("on $platform", ({ platform, present }) => {
    it(`finds ${present}`, () => {
      const env = { PROGRAMFILES: "C:\\Program Files" };
      expect(findChromium(env, platform, only(present))).toEqual({ path: present });
    });
  });

  it("lists where it looked when there is no browser", () => {
    const outcome = findChromium({}, "linux", () => false);
    expect(outcome).toEqual({
      problem: expect.stringContaining(
        "Geen Chromium, Chrome of Edge gevonden (gezocht: /usr/bin/chromium,",
      ) as string,
    });
    expect(usualLocations("linux", {})[0]).toBe("/usr/bin/chromium");
  });
});
