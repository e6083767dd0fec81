/**
 * The static pages (builder, embed, authoring) as a visitor opens them: each in an iframe of the
 * test page, from its source, with axe run inside the page itself.
 */
interface AxeResult {
  violations: { id: string; nodes: { target: unknown }[] }[];
}
type PageWindow = Window & { axe?: { run(context: Node, options: object): Promise<AxeResult> } };

const frames: HTMLIFrameElement[] = [];

/** Opens `path` in an iframe of the given width and resolves once it has loaded. */
export async function openPage(path: string, width = 1100): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(keepPage(frame));
  await loaded;
  return frame;
}

/** Has `closePages` remove `frame` too: a frame a test puts on the page itself. */
export function keepPage(frame: HTMLIFrameElement): HTMLIFrameElement {
  frames.push(frame);
  return frame;
}

/** Removes the pages opened so far. */
export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

export const pageDoc = (frame: HTMLIFrameElement) => frame.contentDocument!;

/** Runs axe (its default rules and WCAG 2.2 AA) in the page itself, not in its preview frames, and lists the violations. */
export async function pageViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as PageWindow;
  if (!win.axe) {
    const script = pageDoc(frame).createElement('script');
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    script.src = '/node_modules/axe-core/axe.min.js';
    pageDoc(frame).head.append(script);
    await loaded;
  }
  // axe's default rules, and WCAG 2.2's target size, which it ships disabled.
  const result = await win.axe!.run(pageDoc(frame), {
    iframes: false,
    rules: { 'target-size': { enabled: true } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}
