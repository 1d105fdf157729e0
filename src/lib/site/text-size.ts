// 大字模式 (elder-friendly mode) and the other display preferences of the accessibility tools
// (src/lib/a11y/preferences.ts). The choices are kept in localStorage and applied by a tiny script
// in <head>, before the first paint, so their users never see the page jump. Astro injects it as
// a `head-inline` script, which its CSP support hashes automatically.

import { PREFERENCES_BOOT_SCRIPT } from '../a11y/preferences.ts';

/** Runs in <head> before first paint; any storage error (private mode) leaves the defaults. */
export const TEXT_SIZE_BOOT_SCRIPT = PREFERENCES_BOOT_SCRIPT;

/** The minimal shape of an Astro integration, so this file needs no Astro import. */
interface HeadScriptIntegration {
  name: string;
  hooks: {
    'astro:config:setup': (options: {
      injectScript: (stage: 'head-inline', content: string) => void;
    }) => void;
  };
}

export function textSizeIntegration(): HeadScriptIntegration {
  return {
    name: 'tongyuan:text-size',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('head-inline', TEXT_SIZE_BOOT_SCRIPT);
      },
    },
  };
}
