/** Headless Chromium for scripts outside the test runner (benchmarks, package checks). */
import { chromium } from 'playwright-core';

/** Launches the machine's Chromium so that it makes no calls of its own to the network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}
