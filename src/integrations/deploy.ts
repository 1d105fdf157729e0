// The last build step: the nginx Content-Security-Policy include derived from the built pages,
// and the .gz/.br siblings of every text file (src/lib/deploy/deploy-files.ts). It must stay the
// last integration in astro.config.mjs, so that it sees every file, Pagefind's included.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  formatDeployFilesReport,
  precompressOptionsFromEnv,
  writeDeployFiles,
} from '../lib/deploy/deploy-files.ts';

export default function deployIntegration(): AstroIntegration {
  return {
    name: 'tongyuan:deploy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await writeDeployFiles(fileURLToPath(dir), precompressOptionsFromEnv());
        logger.info(formatDeployFilesReport(report));
      },
    },
  };
}
