/**
 * Every element under a strict Content-Security-Policy: no 'unsafe-inline' styles and Trusted
 * Types required for scripts (the policy is set by this group's page in web-test-runner.config.js).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ok-widgets.js';
import { feedUrl, sampleFeed, TILES, until } from './helpers.js';

const TAGS = [
  'ok-principle-wheel',
  'ok-signatory-list',
  'ok-signatory-count',
  'ok-venue-map',
  'ok-event-calendar',
  'ok-commitment-tracker',
];

/**
 * Resolves once every violation the page has made so far has been reported: browsers report them
 * in order, so the report of a probe that is sure to violate the policy comes after them.
 */
async function reportedSoFar(): Promise<void> {
  const probe = document.createElement('style');
  probe.className = 'csp-probe-style';
  probe.textContent = '.csp-probe {}';
  let reported = false;
  probe.addEventListener('securitypolicyviolation', () => (reported = true));
  document.head.append(probe);
  await until(() => reported, 'the probe’s violation is reported');
  probe.remove();
}

describe('under a strict Content-Security-Policy', () => {
  const violations: string[] = [];
  const record = (event: SecurityPolicyViolationEvent) => {
    if (!(event.target instanceof Element && event.target.classList.contains('csp-probe-style'))) {
      violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    }
  };
  before(() => document.addEventListener('securitypolicyviolation', record));
  after(() => document.removeEventListener('securitypolicyviolation', record));

  it('the page really enforces the policy', async () => {
    const probe = document.createElement('div');
    expect(() => {
      probe.innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
  });

  for (const tag of TAGS) {
    it(`${tag} renders and styles itself without a violation`, async () => {
      violations.length = 0;
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement(tag);
      el.setAttribute('src', feedUrl(sampleFeed()));
      // No tile requests leave the machine.
      if (tag === 'ok-venue-map') el.setAttribute('tiles', TILES);
      wrapper.append(el);
      await until(
        () => el.shadowRoot?.querySelector('.root') && !el.shadowRoot.querySelector('[part=skeleton]'),
        `${tag} leaves its loading state`,
      );
      // The map engine too: Leaflet evaluates under Trusted Types only thanks to its guard.
      if (tag === 'ok-venue-map') {
        await until(() => el.shadowRoot!.querySelector('.leaflet-marker-icon'), 'the map draws');
        const tiles = () => [...el.shadowRoot!.querySelectorAll('.leaflet-tile')];
        await until(
          () => tiles().length > 0 && tiles().every((t) => t.classList.contains('leaflet-tile-loaded')),
          'the tiles load',
        );
      }
      await reportedSoFar();
      expect(el.shadowRoot!.querySelector('[part=error]'), 'no error state').to.equal(null);
      expect(el.shadowRoot!.adoptedStyleSheets.length, 'styles applied').to.be.greaterThan(0);
      expect(violations).to.deep.equal([]);
    });
  }
});
