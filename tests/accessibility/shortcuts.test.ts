// The keyboard shortcuts: Alt + Shift + a letter on the physical key, nothing else answers, no
// two actions share a key, and none takes a key the browsers bind with Alt + Shift.
import { describe, expect, it } from 'vitest';
import {
  SHORTCUT_ACTIONS,
  SHORTCUT_KEYS,
  shortcutFor,
  shortcutLabel,
} from '../../src/lib/a11y/shortcuts.ts';

const press = (
  code: string,
  mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>>,
) => ({
  code,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('answers Alt + Shift + the key of each action, on the physical key', () => {
    for (const action of SHORTCUT_ACTIONS) {
      expect(shortcutFor(press(SHORTCUT_KEYS[action], { altKey: true, shiftKey: true }))).toBe(
        action,
      );
    }
    expect(shortcutLabel('read')).toBe('Alt + Shift + R');
  });

  it('ignores the key alone, with one modifier, or with Ctrl or Meta as well', () => {
    for (const mods of [
      {},
      { altKey: true },
      { shiftKey: true },
      { altKey: true, shiftKey: true, ctrlKey: true },
      { altKey: true, shiftKey: true, metaKey: true },
    ]) {
      expect(shortcutFor(press('KeyR', mods))).toBeUndefined();
    }
    expect(shortcutFor(press('KeyZ', { altKey: true, shiftKey: true }))).toBeUndefined();
  });

  it('gives each action its own key, none of those Chrome and Edge take with Alt + Shift', () => {
    const keys = Object.values(SHORTCUT_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    for (const taken of ['KeyA', 'KeyB', 'KeyI', 'KeyT']) expect(keys).not.toContain(taken);
  });
});
