// 大字模式 (elder-friendly mode). The choice is kept in localStorage and applied by a tiny
// script in <head>, before the first paint, so large-text users never see the page jump.
// Astro injects it as a `head-inline` script, which its CSP support hashes automatically.

import { TEXT_SIZE_ATTRIBUTE, TEXT_SIZE_LARGE, TEXT_SIZE_STORAGE_KEY } from './text-size-keys.ts';

/** Runs in <head> before first paint; any storage error (private mode) leaves normal text. */
export const TEXT_SIZE_BOOT_SCRIPT =
  `try{if(localStorage.getItem(${JSON.stringify(TEXT_SIZE_STORAGE_KEY)})===${JSON.stringify(TEXT_SIZE_LARGE)})` +
  `document.documentElement.setAttribute(${JSON.stringify(TEXT_SIZE_ATTRIBUTE)},${JSON.stringify(TEXT_SIZE_LARGE)})}catch(e){}`;

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
