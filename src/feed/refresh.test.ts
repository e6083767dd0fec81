import { expect } from '@open-wc/testing';
import { sampleFeed } from '../../tests/helpers.js';
import { parseFeed } from './parse.js';
import { keepLastGood } from './refresh.js';

const parse = (json: Record<string, unknown>) => parseFeed(json).feed;

describe('keepLastGood', () => {
  const last = parse(sampleFeed());

  it('keeps sections that are now absent, the agreement and its time zone included', () => {
    const doc = { version: 1, principles: [] };
    const { feed, kept } = keepLastGood(last, parse(doc), doc);
    expect(kept).to.have.members(['agreement', 'signatories', 'venues', 'events', 'commitments', 'targets']);
    expect(feed.venues).to.equal(last.venues);
    expect(feed.principles).to.deep.equal([]);
    expect(feed.timeZone).to.equal(last.timeZone);
  });

  it('keeps a section whose items are all broken, or that is not a list', () => {
    const doc = sampleFeed({
      events: [{ id: 'e', title: 'x', type: 'meeting', start: 'never' }],
      targets: 'x',
    });
    const { feed, kept } = keepLastGood(last, parse(doc), doc);
    expect(kept).to.deep.equal(['events', 'targets']);
    expect(feed.events).to.equal(last.events);
  });

  it('takes explicit empty lists, venues without features included', () => {
    const doc = sampleFeed({ venues: { type: 'FeatureCollection', features: [] }, events: [] });
    const { feed, kept } = keepLastGood(last, parse(doc), doc);
    expect(kept).to.deep.equal([]);
    expect(feed.venues).to.deep.equal([]);
    expect(feed.events).to.deep.equal([]);
  });
});
