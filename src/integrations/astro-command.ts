// Tells the content config which Astro command runs (src/data/guide-loader.ts: `astro build`
// keeps guides out of the content store). Config hooks run before the content config is read.
import type { AstroIntegration } from 'astro';
import { ASTRO_COMMAND_ENV } from '../data/guide-loader.ts';

export default function astroCommandIntegration(): AstroIntegration {
  return {
    name: 'tongyuan:astro-command',
    hooks: {
      'astro:config:setup': ({ command }) => {
        process.env[ASTRO_COMMAND_ENV] = command;
      },
    },
  };
}
