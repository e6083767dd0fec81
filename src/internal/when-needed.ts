/**
 * Rendering deferred until someone may look: a widget (or a part of one, such as a section of
 * `<ok-agreement>`) below the fold waits with its skeleton, and starts its view code download and
 * full render when it nears the viewport, when the page address targets it, before printing, or
 * at the latest in idle time once the visible widgets have rendered — so find in page and the
 * heading lists of screen readers reach everything soon after load.
 *
 * One IntersectionObserver serves the page; its margin of a viewport's height above and below
 * starts the work before a reader scrolls there. The margin here and in `needIfNear` is the same.
 */

import { yieldToMain } from '../feed/turns.js';

interface Entry {
  release: () => void;
  targeted?: () => boolean;
  /** True once the observer has reported on it: idle time never jumps ahead of its first report. */
  seen: boolean;
}

/** Elements waiting to be needed, in the order they asked (roughly the page's order). */
const waiting = new Map<Element, Entry>();
/** Needed elements not yet shown, and since when: idle time waits for them. */
const busy = new Map<Element, number>();
/** A needed element that stays unshown this long (a feed that hangs) no longer holds idle time back. */
const BUSY_LIMIT = 10_000;

let observer: IntersectionObserver | undefined;
let idlePending = false;

/** Releases `element` now if it is waiting, as when it comes into view. */
export function needNow(element: Element): void {
  const entry = waiting.get(element);
  if (!entry) return;
  waiting.delete(element);
  observer?.unobserve(element);
  busy.set(element, performance.now());
  entry.release();
}

/**
 * Releases `element` now when it waits, the observer has not yet reported on it (it reports after
 * the next frame) and it is laid out within the observer's margin: a widget in view whose feed
 * came first renders without waiting a frame. Reads layout once; call it when the work is ready.
 */
export function needIfNear(element: Element): void {
  if (waiting.get(element)?.seen !== false) return;
  const { top, bottom, left, right, width, height } = element.getBoundingClientRect();
  const near =
    (width > 0 || height > 0) &&
    bottom >= -innerHeight &&
    top <= 2 * innerHeight &&
    right >= 0 &&
    left <= innerWidth;
  if (near) needNow(element);
}

function observe(element: Element): void {
  observer ??= new IntersectionObserver(
    (records) => {
      for (const { target, isIntersecting } of records) {
        if (isIntersecting) needNow(target);
        else if (waiting.has(target)) waiting.get(target)!.seen = true;
      }
      scheduleIdle();
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(element);
}

/** A busy page (or one the browser throttles) still gets its turn within this time. */
const IDLE_LIMIT = 2_000;

const idle = (callback: () => void) =>
  'requestIdleCallback' in globalThis
    ? requestIdleCallback(callback, { timeout: IDLE_LIMIT })
    : setTimeout(callback, 50);

/** In idle time, the next unseen element renders once no needed one is still on its way. */
function scheduleIdle(): void {
  if (idlePending || waiting.size === 0) return;
  idlePending = true;
  idle(() => {
    idlePending = false;
    const now = performance.now();
    for (const [element, since] of busy) if (now - since > BUSY_LIMIT) busy.delete(element);
    const next = [...waiting].find(([, entry]) => entry.seen)?.[0];
    if (busy.size === 0 && next) needNow(next);
    scheduleIdle();
  });
}

function needTargeted(): void {
  for (const [element, entry] of waiting) if (entry.targeted?.()) needNow(element);
}

function needAll(): void {
  for (const element of [...waiting.keys()]) needNow(element);
}

let listening = false;

/**
 * Calls `release` once `element` is needed: at once when `targeted()` says the page address
 * points into it, else when it nears the viewport, the address comes to target it, the page is
 * about to print, or in idle time. Returns a function that stops waiting (on disconnect).
 */
export function whenNeeded(element: Element, release: () => void, targeted?: () => boolean): () => void {
  if (targeted?.()) {
    busy.set(element, performance.now());
    release();
    return () => busy.delete(element);
  }
  if (!listening) {
    listening = true;
    addEventListener('hashchange', needTargeted);
    addEventListener('beforeprint', needAll);
  }
  waiting.set(element, { release, targeted, seen: false });
  observe(element);
  return () => {
    waiting.delete(element);
    busy.delete(element);
    observer?.unobserve(element);
  };
}

/** Tells idle time that a needed element has shown what it has (content, empty or error). */
export function shown(element: Element): void {
  if (busy.delete(element)) scheduleIdle();
}

let turns: Promise<void> = Promise.resolve();

/**
 * Resolves in a task of its own, after the turns asked for before it: widgets that receive one
 * feed at once render one per task, so the page can answer input between them.
 */
export function nextTurn(): Promise<void> {
  turns = turns.then(yieldToMain);
  return turns;
}
