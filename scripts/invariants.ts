// Build invariants: published guide sources = guide pages = Pagefind records for guides = rows
// in /data/guides.json = rows in /data/guides.csv = rows in /data/guides.xlsx; drafts (草稿), suspended (挂起) and cancelled
// (取消) guides are excluded everywhere and counted. npm runs it after every `npm run build`
// (postbuild), and the test suite runs it again on the build it tests.
//
//   node scripts/invariants.ts [--dist dist] [--content src/content] [--json]
import { parseArgs } from 'node:util';
import { checkInvariants, formatReport, VIEW_LABELS } from '../src/lib/invariants/counts.ts';
import { readDepartmentIds, readGuideSources, readViews } from '../src/lib/invariants/read.ts';
import { currentShard } from '../src/lib/shard/assign.ts';

const { values } = parseArgs({
  options: {
    // TONGYUAN_DIST: the test harness's build folder when it is not dist/.
    dist: { type: 'string', default: process.env['TONGYUAN_DIST'] ?? 'dist' },
    content: { type: 'string', default: 'src/content' },
    json: { type: 'boolean', default: false },
  },
});

async function check(): Promise<void> {
  try {
    const report = checkInvariants(
      readGuideSources(values.content),
      await readViews(values.dist, readDepartmentIds(values.content)),
    );
    if (values.json) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      console.log(formatReport(report));
      if (process.env['CI'] && report.problems.length > 0) {
        for (const problem of report.problems) {
          const subject = 'guide' in problem ? problem.guide : problem.key;
          console.log(
            `::error title=Build invariant (${problem.kind})::${VIEW_LABELS[problem.view]}: ${subject}`,
          );
        }
      }
    }
    process.exitCode = report.problems.length === 0 ? 0 : 1;
  } catch (error) {
    // A missing or unreadable output is a finding about the build, not a crash of this script.
    console.error(
      `Build invariants could not be checked: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 2;
  }
}

const shard = currentShard();
if (shard && !process.argv.includes('--dist')) {
  // A shard holds only its share of the guides: the invariants are checked on the merged site.
  console.log(
    `Shard ${String(shard.index)}/${String(shard.total)} built; the build invariants are checked by \`npm run merge\`.`,
  );
} else await check();
