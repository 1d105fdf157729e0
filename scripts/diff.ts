// npm run diff -- <base-rev> [<head-rev>] [--format markdown|json]
// What changed for citizens between two versions of the content: Markdown for a pull-request
// comment (default) or JSON. Without <head-rev> the head is the work tree, uncommitted edits
// included; in CI, where the work tree is the checked-out commit, pass both revisions.
import { parseArgs } from 'node:util';
import { diffCorpora, renderMarkdown } from '../src/lib/diff/index.ts';
import { corpusAtRevision, corpusOnDisk } from '../src/lib/diff/load.ts';
import { resolveCommit } from '../src/lib/git/read-tree.ts';
import { GitError } from '../src/lib/git/run.ts';

const USAGE = `用法：npm run diff -- <修改前的版本> [<修改后的版本>] [--format markdown|json]
  版本可以是分支名（main）、提交号（a1b2c3d）或 HEAD~1 这样的写法。
  不写修改后的版本时，与当前工作区（包括未提交的修改）对比。`;

function usage(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'markdown' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  usage(`参数有误：${(error as Error).message}`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.format !== 'markdown' && values.format !== 'json')
  usage(`不支持的格式“${values.format}”：只能是 markdown 或 json。`);
if (positionals.length < 1 || positionals.length > 2) usage('请给出一个或两个版本。');

const cwd = process.cwd();
const [baseRev = '', headRev] = positionals;
try {
  const base = corpusAtRevision(cwd, baseRev);
  const head = headRev === undefined ? corpusOnDisk(cwd) : corpusAtRevision(cwd, headRev);
  const diff = diffCorpora(base.corpus, head.corpus, {
    base: base.unreadable,
    head: head.unreadable,
  });
  if (values.format === 'json') {
    const side = (rev: string | undefined) =>
      rev === undefined ? { worktree: true } : { rev, commit: resolveCommit(cwd, rev) };
    console.log(JSON.stringify({ base: side(baseRev), head: side(headRev), ...diff }, null, 2));
  } else {
    process.stdout.write(renderMarkdown(diff, { base: baseRev, head: headRev ?? '工作区' }));
  }
} catch (error) {
  if (!(error instanceof GitError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
