// The head-inline boot script: it applies each remembered preference to <html> before the first
// paint, ignores unknown values, and survives blocked storage.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  PREFERENCES,
  PREFERENCES_BOOT_SCRIPT,
  attributeName,
  storageKey,
} from '../../src/lib/a11y/preferences.ts';
import type { Preference } from '../../src/lib/a11y/preferences.ts';

function boot(storage: Record<string, string> | 'blocked') {
  const attributes: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (storage === 'blocked') throw new Error('SecurityError');
      return storage[key] ?? null;
    },
  };
  const document = {
    documentElement: {
      setAttribute: (name: string, value: string) => {
        attributes[name] = value;
      },
    },
  };
  runInNewContext(PREFERENCES_BOOT_SCRIPT, { localStorage, document });
  return attributes;
}

describe('preferences boot script', () => {
  it('keeps the names 大字模式 always had', () => {
    expect(storageKey('textSize')).toBe('tongyuan:text-size');
    expect(attributeName('textSize')).toBe('data-text-size');
    expect(PREFERENCES.textSize.value).toBe('large');
  });

  it('applies every remembered preference, and only those', () => {
    expect(boot({})).toEqual({});
    const all = Object.fromEntries(
      (Object.keys(PREFERENCES) as Preference[]).map((p) => [storageKey(p), PREFERENCES[p].value]),
    );
    expect(boot(all)).toEqual({
      'data-text-size': 'large',
      'data-cursor': 'large',
      'data-magnifier': 'on',
    });
    expect(boot({ 'tongyuan:cursor': 'large', 'tongyuan:magnifier': 'yes' })).toEqual({
      'data-cursor': 'large',
    });
  });

  it('leaves the defaults when storage is blocked', () => {
    expect(boot('blocked')).toEqual({});
  });

  it('stays tiny: it is inlined into every page', () => {
    expect(PREFERENCES_BOOT_SCRIPT.length).toBeLessThan(250);
  });
});
