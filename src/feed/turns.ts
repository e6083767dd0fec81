/**
 * A turn for the page: resolves in a later task, so input and rendering can run between. With
 * `scheduler.yield` the work goes on before other queued tasks; without it, after them.
 */
export const yieldToMain = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ??
  new Promise((resolve) => setTimeout(resolve));
