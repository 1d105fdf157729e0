// The display preferences of the accessibility tools (适老化), kept in localStorage and applied to
// <html> as data attributes before the first paint by one tiny head-inline script (Astro hashes
// it for the CSP). Storage key and attribute follow one pattern, so the script stays short:
// `tongyuan:<name>` in storage, `data-<name>` on <html>, with the single "on" value.

export const PREFERENCES = {
  /** 大字模式: larger text, line spacing, contrast. Its name predates the others. */
  textSize: { name: 'text-size', value: 'large' },
  /** 特大鼠标: an extra-large, high-contrast cursor from our own SVG. */
  cursor: { name: 'cursor', value: 'large' },
  /** 大字幕 (文字放大): a bar showing the text under the pointer or focus, enlarged. */
  magnifier: { name: 'magnifier', value: 'on' },
} as const;

export type Preference = keyof typeof PREFERENCES;

export const storageKey = (preference: Preference): string =>
  `tongyuan:${PREFERENCES[preference].name}`;
export const attributeName = (preference: Preference): string =>
  `data-${PREFERENCES[preference].name}`;

/** 指读 (point-to-read) is remembered too, but changes nothing before paint. */
export const POINT_READ_STORAGE_KEY = 'tongyuan:point-read';

const pairs = Object.values(PREFERENCES).map(({ name, value }) => [name, value]);

/** Runs in <head> before first paint; any storage error (private mode) leaves the defaults. */
export const PREFERENCES_BOOT_SCRIPT =
  `try{var d=document.documentElement;${JSON.stringify(pairs)}.forEach(function(p){` +
  `if(localStorage.getItem("tongyuan:"+p[0])===p[1])d.setAttribute("data-"+p[0],p[1])})}catch(e){}`;
