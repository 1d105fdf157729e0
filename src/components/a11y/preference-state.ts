// The display preferences in the page: read from and written to <html> (where the head-inline
// boot script put them) and localStorage. Every change is announced with one document event, so
// the 大字模式 button, the panel and the magnifier stay in step whichever control made it.
import { PREFERENCES, attributeName, storageKey } from '../../lib/a11y/preferences.ts';
import type { Preference } from '../../lib/a11y/preferences.ts';

export const PREFERENCE_EVENT = 'tongyuan:preference';

const root = document.documentElement;

export const isOn = (preference: Preference): boolean =>
  root.getAttribute(attributeName(preference)) === PREFERENCES[preference].value;

export function setPreference(preference: Preference, on: boolean): void {
  if (on) root.setAttribute(attributeName(preference), PREFERENCES[preference].value);
  else root.removeAttribute(attributeName(preference));
  remember(storageKey(preference), on ? PREFERENCES[preference].value : undefined);
  document.dispatchEvent(new CustomEvent(PREFERENCE_EVENT, { detail: preference }));
}

/** Stores or forgets a value; blocked storage (private mode) keeps the choice for this page. */
export function remember(key: string, value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage blocked: nothing to do.
  }
}

export function recall(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
