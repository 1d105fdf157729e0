// Writes what nginx needs beside a built site: the Content-Security-Policy include derived from
// the pages (`<dist>/.nginx/content-security-policy.conf`) and the .gz/.br siblings of every text
// file. `npm run build` does this as its last step; run it again after anything that changes the
// files of a built site afterwards, such as merging shards.
//
//   npm run deploy:files [-- --dist dist]
import { parseArgs } from 'node:util';
import {
  formatDeployFilesReport,
  precompressOptionsFromEnv,
  writeDeployFiles,
} from '../src/lib/deploy/deploy-files.ts';
import { SitePolicyError } from '../src/lib/deploy/site-policies.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: process.env['TONGYUAN_DIST'] ?? 'dist' } },
});

try {
  console.log(
    formatDeployFilesReport(await writeDeployFiles(values.dist, precompressOptionsFromEnv())),
  );
} catch (error) {
  if (!(error instanceof SitePolicyError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
