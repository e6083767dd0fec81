/**
 * One set of controls: the chips, search fields and their counts look and behave alike in the
 * map, the calendar and the list, measured in the browser.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/ok-widgets.js';
import { feedUrl, sampleFeed, TILES, until } from './helpers.js';

const place = (id: string, name: string, uses: string[], lon: number) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lon, 56.67] },
  properties: { name, uses },
});
const VENUES = {
  type: 'FeatureCollection',
  features: [
    place('v1', 'Folkets hus', ['meeting'], 12.85),
    place('v2', 'Kulturhuset', ['meeting', 'party'], 12.86),
    place('v3', 'Idrottshallen', ['sport'], 12.87),
  ],
};

async function widget(tag: string, attrs: Record<string, string>): Promise<HTMLElement> {
  const wrapper = await fixture(html`<div style="width: 800px"></div>`);
  const el = document.createElement(tag);
  el.setAttribute('src', feedUrl(sampleFeed({ venues: VENUES })));
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  await until(() => el.shadowRoot!.querySelector('.chip .count'), `${tag} shows its chips`);
  return el;
}

const map = () => widget('ok-venue-map', { tiles: TILES, view: 'list' });
const calendar = () => widget('ok-event-calendar', { month: '2024-03', view: 'month' });
const list = () => widget('ok-signatory-list', { searchable: '' });

describe('one set of controls', () => {
  it('draws the same chips with a count badge in the map, the calendar and the list', async () => {
    const looks = [];
    for (const el of [await map(), await calendar(), await list()]) {
      const chip = el.shadowRoot!.querySelector<HTMLElement>('[role=group] .chip')!;
      const badge = chip.querySelector('.count')!;
      expect(
        badge.getAttribute('aria-hidden'),
        `${el.localName}: the badge is seen, not heard twice`,
      ).to.equal('true');
      const style = getComputedStyle(chip);
      expect(
        chip.getBoundingClientRect().height,
        `${el.localName}: a target of 24 px at least`,
      ).to.be.at.least(24);
      looks.push({
        weight: style.fontWeight,
        radius: style.borderRadius,
        badge: getComputedStyle(badge).borderRadius,
      });
    }
    expect(looks[1], 'calendar like map').to.deep.equal(looks[0]);
    expect(looks[2], 'list like map').to.deep.equal(looks[0]);
  });

  it('switches views with the same pressed buttons in the map and the calendar', async () => {
    const looks = [];
    for (const el of [await map(), await calendar()]) {
      const options = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.switch[role=group] button')];
      expect(
        options.map((o) => o.getAttribute('aria-pressed')),
        el.localName,
      ).to.have.members(['true', 'false']);
      const style = getComputedStyle(options[0]!);
      looks.push({ weight: style.fontWeight, radius: style.borderRadius, height: style.minHeight });
    }
    expect(looks[1]).to.deep.equal(looks[0]);
  });

  it('sets details out alike in the map and the calendar: labels above their values', async () => {
    const looks = [];
    for (const el of [
      await widget('ok-venue-map', { tiles: TILES, view: 'list', selected: 'v1' }),
      await calendar(),
    ]) {
      el.shadowRoot!.querySelector<HTMLElement>('.ev')?.click();
      await until(() => el.shadowRoot!.querySelector('dl.facts dd'), `${el.localName} shows details`);
      const dt = el.shadowRoot!.querySelector('dl.facts dt')!;
      const dd = dt.nextElementSibling!;
      expect(dd.getBoundingClientRect().top, `${el.localName}: the value below its label`).to.be.at.least(
        dt.getBoundingClientRect().bottom - 1,
      );
      looks.push({ weight: getComputedStyle(dt).fontWeight, size: getComputedStyle(dt).fontSize });
    }
    expect(looks[1]).to.deep.equal(looks[0]);
  });

  it('labels the search the same in the map and the list', async () => {
    const weight = (el: HTMLElement) =>
      getComputedStyle(
        el.shadowRoot!.querySelector('input[type=search]')!.closest('label')!.firstElementChild!,
      ).fontWeight;
    const [inMap, inList] = [weight(await map()), weight(await list())];
    expect(inMap).to.equal(inList);
    expect(Number(inMap)).to.be.at.least(600);
  });

  it('has the map announce its count once typing pauses, as the list does', async () => {
    const el = await map();
    const status = el.shadowRoot!.querySelector('[role=status].status')!;
    const said = () => status.textContent!.trim();
    expect(said()).to.equal('3 lokaler visas');
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(said()));
    observer.observe(status, { subtree: true, childList: true, characterData: true });
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!.focus();
    // "k" finds two, "ku" and on one: spoken at every key, the count would change twice.
    await sendKeys({ type: 'kultur' });
    await until(() => said() === '1 lokal visas', 'the count follows the search');
    observer.disconnect();
    expect([...new Set(changes)]).to.deep.equal(['1 lokal visas']);
  });
});
