/**
 * The authoring page's build, off the main thread: a large workbook never freezes the page.
 * The same `buildFeed` as `ok-widgets build`, and the same `.ics` writer as `ok-widgets ics`.
 */
import { buildFeed, type BuildResult, type Lang, type SourceFile } from '../authoring/index.js';
import { calEvents } from '../elements/event-calendar/days.js';
import { toIcs } from '../elements/event-calendar/ics.js';
import { parseFeed } from '../feed/parse.js';

export interface BuildRequest {
  files: SourceFile[];
  lang: Lang;
}

export interface Built extends BuildResult {
  status: 'built';
  /** The feed as the file to download. */
  json: string;
  /** Its events as a calendar file, when it has any. */
  ics?: string;
}

/** `buildFeed` never throws for bad input; this is for a fault of our own. */
export type BuildAnswer = Built | { status: 'failed'; message: string };

async function build({ files, lang }: BuildRequest): Promise<BuildAnswer> {
  try {
    const result = await buildFeed(files, { lang });
    const { feed } = parseFeed(result.feed, 'https://feed.invalid/');
    const events = calEvents(feed);
    return {
      status: 'built',
      ...result,
      json: `${JSON.stringify(result.feed, null, 2)}\n`,
      ics: events.length > 0 ? toIcs(events, feed, lang) : undefined,
    };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

addEventListener('message', (event: MessageEvent<BuildRequest>) => {
  void build(event.data).then((answer) => postMessage(answer));
});
