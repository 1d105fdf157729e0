// Vitest global setup of the `site` project: builds the site once (`npm run build`: Astro, then
// Pagefind) before the suites that read `dist/` — browser, accessibility, HTML, links,
// invariants, security. Set TONGYUAN_REUSE_DIST=1 to reuse an existing dist/ while iterating, and
// TONGYUAN_DIST=/some/dir to build into (and test) another folder than dist/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../helpers/serve.ts';

export default function buildSite(): void {
  if (process.env['TONGYUAN_REUSE_DIST'] === '1' && existsSync(join(DIST, 'index.html'))) {
    console.log(`[site] reusing ${DIST} (TONGYUAN_REUSE_DIST=1)`);
    return;
  }
  const started = Date.now();
  // A build elsewhere than dist/ (TONGYUAN_DIST) goes to that folder.
  const outDir = process.env['TONGYUAN_DIST'] ? ['--', '--outDir', DIST] : [];
  const result = spawnSync('npm', ['run', 'build', ...outDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-60).join('\n');
    throw new Error(
      `npm run build failed (exit ${String(result.status)}); the last lines:\n${output}`,
    );
  }
  console.log(`[site] npm run build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
