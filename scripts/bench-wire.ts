// npm run bench:wire — weight on the wire for the sample corpus served by the production nginx
// configuration (deploy/nginx/): a guide page with its CSS, and the first full-text query on the
// search page, each as nginx sends it with brotli (the build's .br, quality 11), with gzip (the
// .gz, level 9 — the level the other benchmarks weigh pages at) and uncompressed.
// The query's requests are those Chromium makes for it (under /pagefind/ and /data/); they are
// then fetched again raw for each encoding. Pagefind's chunks are compressed by Pagefind itself,
// so they weigh the same in every column.
//
//   npm run bench:wire [-- --guide /guides/civil-affairs/marriage-registration/] [--query 结婚] [--no-build] [--json]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { freePort, startNginxPreview } from '../src/lib/deploy/nginx-preview.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser.ts';
import { QUERY_PATHS, runSearch } from './bench/search-bytes.ts';
import { pageAssets, wireBytes } from './bench/wire-bytes.ts';
import type { WireBytes } from './bench/wire-bytes.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

const { values: args } = parseArgs({
  options: {
    guide: { type: 'string', default: '/guides/civil-affairs/marriage-registration/' },
    query: { type: 'string', default: '结婚' },
    'no-build': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

if (!args['no-build']) {
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** The paths the search page fetches for its first query, from Chromium's own requests. */
async function queryPaths(
  origin: string,
  query: string,
): Promise<{ query: string[]; page: string[]; announced: string }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage();
    const paths: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.origin === origin) paths.push(url.pathname + url.search);
    });
    const announced = await runSearch(page, origin, query);
    const unique = [...new Set(paths)];
    return {
      query: unique.filter((path) => QUERY_PATHS.test(path)),
      page: unique.filter((path) => !/^\/(pagefind|data)\//.test(path)),
      announced,
    };
  } finally {
    await browser.close();
  }
}

const nginx = await startNginxPreview({ siteDir: DIST, port: await freePort() });
try {
  const html = readFileSync(join(DIST, args.guide, 'index.html'), 'utf8');
  const { css } = pageAssets(html);
  const search = await queryPaths(nginx.origin, args.query);
  const rows: [string, WireBytes][] = [
    [`guide page HTML (${args.guide})`, await wireBytes(nginx.origin, [args.guide])],
    [
      `its CSS (${css.length} file${css.length === 1 ? '' : 's'})`,
      await wireBytes(nginx.origin, css),
    ],
    ['guide page + CSS', await wireBytes(nginx.origin, [args.guide, ...css])],
    [
      `first query "${args.query}" (${search.query.length} requests)`,
      await wireBytes(nginx.origin, search.query),
    ],
    [
      `search page itself (${search.page.length} requests)`,
      await wireBytes(nginx.origin, search.page),
    ],
  ];
  if (args.json) {
    console.log(
      JSON.stringify({ announced: search.announced, rows: Object.fromEntries(rows) }, null, 2),
    );
  } else {
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `Weight on the wire through nginx (deploy/nginx/), sample corpus; search announced: ${search.announced}`,
    );
    console.log('');
    console.log('| | identity | gzip -9 | brotli 11 | brotli vs gzip |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const [label, bytes] of rows) {
      const saving = bytes.gzip === 0 ? 0 : (1 - bytes.brotli / bytes.gzip) * 100;
      console.log(
        `| ${label} | ${kb(bytes.identity)} | ${kb(bytes.gzip)} | ${kb(bytes.brotli)} | −${saving.toFixed(1)} % |`,
      );
    }
  }
} finally {
  await nginx.stop();
}
