// The browsers the tests run in, read by scripts/test.mjs and web-test-runner.config.mjs.
// Choose with BROWSERS=chromium,firefox,webkit (default: all three). Paths are Debian's; the
// *_BIN variables override them.
export const ALL = ['chromium', 'firefox', 'webkit'];

export const BIN = {
  chromium: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
  firefox: process.env.FIREFOX_BIN || '/usr/bin/firefox-esr',
  miniBrowser: process.env.MINIBROWSER_BIN || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  driver: '/usr/bin/WebKitWebDriver',
};

/** What each browser needs: [file, Debian package that installs it]. */
export const NEEDS = {
  chromium: [[BIN.chromium, 'chromium']],
  firefox: [[BIN.firefox, 'firefox-esr']],
  webkit: [
    [BIN.driver, 'webkit2gtk-driver'],
    [BIN.miniBrowser, 'webkit2gtk-driver'], // ships in its dependency libwebkit2gtk-4.1-0
    ['/usr/bin/xvfb-run', 'xvfb'],
    ['/usr/bin/xauth', 'xauth'], // xvfb-run needs it; xvfb only recommends it
  ],
};

/** The browsers in BROWSERS, in order; throws on an unknown name. */
export function wantedBrowsers() {
  const list = (process.env.BROWSERS || ALL.join(','))
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = list.filter((b) => !ALL.includes(b));
  if (unknown.length) throw new Error(`BROWSERS: unknown browser(s) ${unknown.join(', ')}; use ${ALL.join(',')}`);
  return list;
}
