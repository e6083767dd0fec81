/**
 * The map on a page whose Content-Security-Policy allows images only from the site and https:
 * (no `data:`), as many public-sector sites have it. Leaflet cancels a dropped tile's download by
 * pointing it at a `data:` GIF, which such a page reports to its endpoint, dozens of times a
 * zoom; the map must zoom and pan without one report. The policy is set by this group's page in
 * web-test-runner.config.js; the tiles come from the test server.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/venue-map/define.js';
import { feedUrl, sampleFeed, TILES, until } from './helpers.js';

const animationFrames = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise(requestAnimationFrame);
};

describe('the map under img-src without data:', () => {
  const violations: string[] = [];
  const record = (event: SecurityPolicyViolationEvent) =>
    violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  before(() => document.addEventListener('securitypolicyviolation', record));
  after(() => document.removeEventListener('securitypolicyviolation', record));

  it('the page really enforces the policy', async () => {
    violations.length = 0;
    const probe = new Image();
    probe.src = 'data:image/gif;base64,R0lGODlhAQABAAD/ACwAAAAAAQABAAACADs=';
    await until(() => violations.length, 'a violation for a data: image');
    expect(violations[0]).to.equal('img-src data');
  });

  it('zooms in and out four times and pans without a violation', async function () {
    // Eleven waits, each well under until()'s timeout, can add up past the default on a busy machine.
    this.timeout(90_000);
    violations.length = 0;
    const el = await fixture(
      html`<ok-venue-map
        tiles=${TILES}
        center="56.67,12.86"
        zoom="8"
        src=${feedUrl(sampleFeed())}
      ></ok-venue-map>`,
    );
    const root = el.shadowRoot!;
    const at = (tile: HTMLImageElement) =>
      /\/tile\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(tile.src)!.slice(1).map(Number);
    /** The tiles of Leaflet's top level: those of the map's zoom, once a zoom has begun. */
    const shown = () => {
      const levels = [...root.querySelectorAll<HTMLElement>('.leaflet-tile-container')];
      const top = levels.sort((a, b) => Number(b.style.zIndex) - Number(a.style.zIndex))[0];
      return top ? [...top.querySelectorAll('img')] : [];
    };
    /**
     * The map is at zoom `z`, done zooming, and its tiles there have loaded. (Tiles of the zoom
     * before are mostly dropped by then, but not always: Leaflet 1.9 can skip a prune.)
     */
    const settled = (z: number) => () => {
      const current = shown();
      return (
        current.length > 0 &&
        current.every((tile) => at(tile)[0] === z && tile.classList.contains('leaflet-tile-loaded')) &&
        !root.querySelector('.leaflet-zoom-anim')
      );
    };
    await until(settled(8), 'the tiles of zoom 8');
    const [zoomIn, zoomOut] = root.querySelectorAll<HTMLButtonElement>('.controls .control');
    for (const [button, z] of [
      [zoomIn, 9],
      [zoomIn, 10],
      [zoomOut, 9],
      [zoomOut, 8],
    ] as const) {
      button!.click();
      await until(settled(z), `the tiles of zoom ${z}`);
    }
    // Six Shift+arrow steps of 240 px east, each after the last has ended (Leaflet ignores keys
    // mid-pan): the western tiles are dropped on the way.
    const x8 = () => shown().map((tile) => at(tile)[1]!);
    const east = Math.max(...x8());
    const pane = root.querySelector<HTMLElement>('.leaflet-map-pane')!;
    const paneX = () => new DOMMatrix(getComputedStyle(pane).transform).m41;
    root.querySelector<HTMLElement>('.leaflet-container')!.focus();
    await sendKeys({ down: 'Shift' });
    for (let step = 1; step <= 6; step++) {
      const from = paneX();
      await sendKeys({ press: 'ArrowRight' });
      await until(() => paneX() <= from - 240, `pan step ${step}`);
      // The pane can reach its place a frame before Leaflet's pan animation ends (it rounds), and
      // a key pressed in that frame is ignored: let the animation's last frame pass first.
      await animationFrames(2);
    }
    await sendKeys({ up: 'Shift' });
    await until(() => settled(8)() && Math.max(...x8()) > east + 1, 'the tiles further east');
    expect(violations).to.deep.equal([]);
  });
});
