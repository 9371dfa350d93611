import { BIN } from './browsers.mjs';

/**
 * Headless Chromium from Debian's package, launched the same way by the tests, the benchmark and
 * the Storybook check: as root it needs --no-sandbox, and the machine's closed network wants the
 * background services off (TOOLCHAIN.md).
 */
export const CHROMIUM = {
  executablePath: BIN.chromium,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
};
