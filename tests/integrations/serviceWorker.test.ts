// The offline worker's build step: which files are cached under which URL, and a version that
// changes with any file.
import { describe, expect, it } from "vitest";
import {
  WORKER_FILE,
  shouldPrecache,
  urlOf,
  versionOf,
  workerSource,
} from "../../src/integrations/serviceWorker.ts";

describe.each([
  // the start page is requested as the base itself
  { path: "index.html", base: "/", url: "/" },
  // pages are requested as folders (build.format "directory", trailing slash)
  { path: "gesprek/partnerschap/index.html", base: "/", url: "/gesprek/partnerschap/" },
  // a sub-path base, with and without its closing slash
  { path: "presentatie/index.html", base: "/gesprekswijzer/", url: "/gesprekswijzer/presentatie/" },
  {
    path: "fonts/Roboto-Regular.ttf",
    base: "/gesprekswijzer",
    url: "/gesprekswijzer/fonts/Roboto-Regular.ttf",
  },
  // a plain asset
  { path: "_astro/PresenterView.abc.js", base: "/", url: "/_astro/PresenterView.abc.js" },
  // the not-found page keeps its file name
  { path: "404.html", base: "/", url: "/404.html" },
])("urlOf($path, $base)", ({ path, base, url }) => {
  it(`is ${url}`, () => expect(urlOf(path, base)).toBe(url));
});

describe.each([
  // pages, scripts, styles, fonts for the PDF, images, data
  { path: "index.html", cached: true },
  { path: "_astro/a.js", cached: true },
  { path: "_astro/a.css", cached: true },
  { path: "fonts/Roboto-Medium.ttf", cached: true },
  { path: "favicon.svg", cached: true },
  { path: "voorbeelden/voorbeeld-po.json", cached: true },
  // the worker never caches itself
  { path: WORKER_FILE, cached: false },
  // licence texts and source maps are not needed offline
  { path: "fonts/OFL.txt", cached: false },
  { path: "_astro/a.js.map", cached: false },
])("shouldPrecache($path)", ({ path, cached }) => {
  it(`is ${cached}`, () => expect(shouldPrecache(path)).toBe(cached));
});

describe("versionOf", () => {
  const files = [
    { path: "index.html", hash: "aa" },
    { path: "_astro/a.js", hash: "bb" },
  ];

  it("does not depend on the order of the files", () => {
    expect(versionOf(files)).toBe(versionOf([...files].reverse()));
    expect(versionOf(files)).toMatch(/^[0-9a-f]{12}$/);
  });

  it.each([
    // one file's content changes
    {
      changed: [
        { path: "index.html", hash: "ac" },
        { path: "_astro/a.js", hash: "bb" },
      ],
    },
    // a file is added
    { changed: [...files, { path: "fonts/x.ttf", hash: "cc" }] },
    // a file is renamed
    {
      changed: [
        { path: "start.html", hash: "aa" },
        { path: "_astro/a.js", hash: "bb" },
      ],
    },
  ])("changes when the site changes (%#)", ({ changed }) => {
    expect(versionOf(changed)).not.toBe(versionOf(files));
  });
});

describe("workerSource", () => {
  const source = workerSource(
    "0123456789ab",
    ["/", "/presentatie/", "/fonts/Roboto-Regular.ttf"],
    "/gw",
  );

  it("is valid JavaScript", () => {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiles the generated worker to prove it parses; it never runs
    expect(() => new Function(source)).not.toThrow();
  });

  it("carries the version, the precache list and the base", () => {
    expect(source).toContain('const VERSION = "0123456789ab";');
    expect(source).toContain('"/fonts/Roboto-Regular.ttf"');
    expect(source).toContain('const BASE = "/gw/";');
  });

  it("waits for the page before taking over", () => {
    // skipWaiting only on the page's request, never during install
    expect(source.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(source).toContain('event.data.type === "SKIP_WAITING"');
  });
});
