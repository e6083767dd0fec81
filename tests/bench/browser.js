/**
 * Headless Chromium for the benchmarks, driven over the DevTools protocol's pipe with only the
 * domains a benchmark needs (Emulation, Page, Runtime).
 *
 * Not Playwright: it enables DevTools' network tracking on every page, and with it Chromium
 * decodes each response body as text on the page's main thread when the response ends, to keep it
 * for DevTools. For the 2.5 MB feed of the large page that is one task of about 300 ms at 4× CPU
 * slowdown, counted as blocking time and in every feed's clock, which no visitor's browser runs.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';

/**
 * As Playwright starts it, in what bears on timing: no window of its own, no throttling of a page
 * nobody looks at, no field trials, no stack sampling, no holding of the first paint.
 */
const BENCH_ARGS = [
  '--headless',
  '--no-startup-window',
  '--hide-scrollbars',
  '--mute-audio',
  '--force-color-profile=srgb',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-field-trial-config',
  '--disable-stack-profiler',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-features=PaintHolding',
];

/** The longest a page may take to report: the slowed large page takes under a minute. */
const TIMEOUT_MS = 600_000;

const timeout = (ms, url) =>
  new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`${url}: no result in ${ms} ms`)), ms).unref(),
  );

export async function launchBenchBrowser() {
  const profile = await mkdtemp(join(tmpdir(), 'ok-bench-'));
  const chromium = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, ...BENCH_ARGS, '--remote-debugging-pipe', `--user-data-dir=${profile}`],
    // The protocol: messages in on fd 3, out on fd 4, each ended by a NUL.
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise((resolve) => chromium.once('exit', resolve));
  const pending = new Map();
  const listeners = new Set();
  let lastId = 0;
  let buffered = '';
  chromium.stdio[4].on('data', (data) => {
    const messages = (buffered + data.toString()).split('\0');
    buffered = messages.pop();
    for (const message of messages.map((text) => JSON.parse(text))) {
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (!call) for (const listener of listeners) listener(message);
      else if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
      else call.resolve(message.result);
    }
  });
  exited.then(() => {
    for (const call of pending.values()) call.reject(new Error('Chromium exited'));
  });

  /** Sends one command, to the browser or to a page's session, and resolves with its result. */
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      const id = (lastId += 1);
      pending.set(id, { method, resolve, reject });
      chromium.stdio[3].write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });

  /** Resolves with the first event of `sessionId` that `accept` takes. */
  const event = (sessionId, accept) =>
    new Promise((resolve) => {
      const listener = (message) => {
        if (message.sessionId !== sessionId || !accept(message)) return;
        listeners.delete(listener);
        resolve(message.params);
      };
      listeners.add(listener);
    });

  return {
    /**
     * Opens `url` in a browser context of its own, with a `width` × `height` viewport, the CPU
     * slowed `slowdown` times, and resolves with the page's `window.benchResult` once it has
     * logged `done`. The page's uncaught errors go to `onError`.
     */
    async run(url, { width, height, slowdown, done, onError }) {
      const { browserContextId } = await send('Target.createBrowserContext');
      const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      const listener = (message) => {
        if (message.sessionId === sessionId && message.method === 'Runtime.exceptionThrown') {
          onError(
            message.params.exceptionDetails.exception?.description ?? message.params.exceptionDetails.text,
          );
        }
      };
      listeners.add(listener);
      try {
        await send(
          'Emulation.setDeviceMetricsOverride',
          { width, height, deviceScaleFactor: 1, mobile: false },
          sessionId,
        );
        if (slowdown > 1) await send('Emulation.setCPUThrottlingRate', { rate: slowdown }, sessionId);
        // Focus and page events as Playwright sets them: without them, the same page measured
        // slower here than under Playwright.
        await send('Emulation.setFocusEmulationEnabled', { enabled: true }, sessionId);
        await send('Page.enable', {}, sessionId);
        await send('Runtime.enable', {}, sessionId);
        // A console line, not polling: a polling script would run in the page, and be counted.
        const finished = event(
          sessionId,
          (message) =>
            message.method === 'Runtime.consoleAPICalled' && message.params.args[0]?.value === done,
        );
        const { errorText } = await send('Page.navigate', { url }, sessionId);
        if (errorText) throw new Error(`${url}: ${errorText}`);
        await Promise.race([finished, timeout(TIMEOUT_MS, url)]);
        const { result } = await send(
          'Runtime.evaluate',
          { expression: 'window.benchResult', returnByValue: true },
          sessionId,
        );
        return result.value;
      } finally {
        listeners.delete(listener);
        await send('Target.disposeBrowserContext', { browserContextId });
      }
    },
    async close() {
      await send('Browser.close').catch(() => {});
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}
