// When a site gets the service-item tier (src/lib/items/tier.ts): by the size of the published
// catalogue, with the bound overridable for tests and refused when it is not a number.
import { describe, expect, it } from 'vitest';
import {
  ITEMS_TIER_ENV,
  ITEMS_TIER_MIN_GUIDES,
  itemUrl,
  itemsTierMin,
  itemsTierOn,
} from '../../src/lib/items/tier.ts';

describe('the item tier', () => {
  it('is on from 20,000 published guides, off below', () => {
    expect(ITEMS_TIER_MIN_GUIDES).toBe(20_000);
    expect(itemsTierOn(19_999, ITEMS_TIER_MIN_GUIDES)).toBe(false);
    expect(itemsTierOn(20_000, ITEMS_TIER_MIN_GUIDES)).toBe(true);
    expect(itemsTierOn(100_000, ITEMS_TIER_MIN_GUIDES)).toBe(true);
    // The sample corpus (45 published guides) and a whole 10,000-guide build stay as they are.
    expect(itemsTierOn(45, itemsTierMin({}))).toBe(false);
    expect(itemsTierOn(10_000, itemsTierMin({}))).toBe(false);
  });

  it('takes its bound from the environment when set', () => {
    expect(itemsTierMin({})).toBe(ITEMS_TIER_MIN_GUIDES);
    expect(itemsTierMin({ [ITEMS_TIER_ENV]: '' })).toBe(ITEMS_TIER_MIN_GUIDES);
    expect(itemsTierMin({ [ITEMS_TIER_ENV]: '1' })).toBe(1);
    expect(itemsTierOn(45, itemsTierMin({ [ITEMS_TIER_ENV]: ' 40 ' }))).toBe(true);
  });

  it.each(['0', '-3', '2.5', 'many'])('refuses %s as a bound, saying what it expects', (value) => {
    expect(() => itemsTierMin({ [ITEMS_TIER_ENV]: value })).toThrow(
      `${ITEMS_TIER_ENV}=${JSON.stringify(value)} is not a number of guides: expected a whole number ≥ 1, e.g. ${ITEMS_TIER_ENV}=20000 (or leave it unset for 20000).`,
    );
  });

  it('puts an item on /items/<slug>/', () => {
    expect(itemUrl('0123456789ab')).toBe('/items/0123456789ab/');
  });
});
