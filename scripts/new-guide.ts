// npm run new-guide [-- --department ID --title 名称 --type 类型 [--slug NAME] [--prefix MZ]
//                      [--root DIR] [--date YYYY-MM-DD]]
// Asks for what is missing when run in a terminal; otherwise every required flag must be given.
// The work is in src/lib/scaffold/new-guide.ts.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ITEM_TYPES } from '../src/lib/schemas/enums.ts';
import {
  checkGuide,
  NewGuideError,
  planGuide,
  readExisting,
  writeGuide,
} from '../src/lib/scaffold/new-guide.ts';
import type { Existing, NewGuideRequest, Workspace } from '../src/lib/scaffold/new-guide.ts';
import { slugFromTitle } from '../src/lib/scaffold/slug.ts';
import { resolveBuildDate } from '../src/lib/validate/date.ts';
import { formatHuman } from '../src/lib/validate/format/human.ts';

const USAGE = `用法：npm run new-guide [-- 选项]

新建一个办事指南文件：包含全部必填字段和中文说明，自动分配事项编码和本部门的默认办理地点。
在终端中运行时会逐项询问；否则请用选项给出部门、名称和类型。

选项：
  --department ID   部门编号（src/content/departments/ 下的文件名），例如 civil-affairs
  --title 名称      事项名称，例如 内地居民结婚登记
  --type 类型       事项类型：${ITEM_TYPES.join('、')}
  --slug 文件名     文件名（不含 .md），小写英文和连字符；默认用事项名称的拼音
  --prefix 字母     事项编码中的部门字母（如 MZ），仅在部门还没有任何事项时需要
  --root 目录       内容目录（默认 src/content）
  --date YYYY-MM-DD 核对日期和更新记录的日期（默认今天）
  --help            显示本说明
`;

function fail(message: string, code: 1 | 2): never {
  process.stderr.write(`错误：${message}\n${code === 2 ? `\n${USAGE}` : ''}`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      department: { type: 'string' },
      title: { type: 'string' },
      type: { type: 'string' },
      slug: { type: 'string' },
      prefix: { type: 'string' },
      root: { type: 'string' },
      date: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`参数有误：${(error as Error).message}`, 2);
}
const { values } = parsed;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const date = resolveBuildDate(values.date);
if ('error' in date) fail(date.error, 2);
const workspace: Workspace = { cwd: process.cwd(), root: values.root, date };
const existing = readExisting(workspace);

/**
 * Answers typed in the terminal, one per line. Lines are queued, so answers typed (or pasted)
 * ahead of their question are kept; the terminal itself echoes and edits (cooked mode).
 */
function terminalLines() {
  const rl = createInterface({ input: process.stdin, terminal: false });
  const queue: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let closed = false;
  rl.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else queue.push(line);
  });
  rl.on('close', () => {
    closed = true;
    for (const next of waiting.splice(0)) next(undefined);
  });
  return {
    async question(text: string): Promise<string> {
      process.stdout.write(text);
      const line =
        queue.length > 0 || closed
          ? queue.shift()
          : await new Promise<string | undefined>((resolveLine) => waiting.push(resolveLine));
      // Ctrl+D (end of input) before all answers: stop without writing anything.
      if (line === undefined) fail('输入已结束，没有创建文件。', 1);
      return line.trim();
    },
    close: () => {
      rl.close();
    },
  };
}

/** Asks in the terminal for whatever the flags did not give. */
async function ask(request: Partial<NewGuideRequest>, known: Existing): Promise<NewGuideRequest> {
  const terminal = terminalLines();
  const choose = async (question: string, options: readonly (readonly [string, string])[]) => {
    options.forEach(([value, label], i) => {
      console.log(`  ${i + 1}. ${value}${label ? `  ${label}` : ''}`);
    });
    for (;;) {
      const answer = await terminal.question(`${question}（输入序号或名称）：`);
      const picked =
        options[Number(answer) - 1]?.[0] ?? options.find(([value]) => value === answer)?.[0];
      if (picked !== undefined) return picked;
      console.log('没有这一项，请重新输入。');
    }
  };
  try {
    const department =
      request.department ??
      (await choose(
        '选择部门',
        [...known.corpus.departments.values()].map((d) => [d.id, d.data.name] as const),
      ));
    let title = request.title ?? '';
    while (title === '') title = await terminal.question('事项名称：');
    const type =
      request.type ??
      (await choose(
        '选择事项类型',
        ITEM_TYPES.map((t) => [t, ''] as const),
      ));
    const suggested = slugFromTitle(title);
    const slug =
      request.slug ??
      ((await terminal.question(`文件名（小写英文和连字符，直接回车使用 ${suggested}）：`)) ||
        suggested);
    return { department, title, type, slug, prefix: request.prefix };
  } finally {
    terminal.close();
  }
}

const given: Partial<NewGuideRequest> = {
  ...(values.department !== undefined && { department: values.department }),
  ...(values.title !== undefined && { title: values.title }),
  ...(values.type !== undefined && { type: values.type }),
  ...(values.slug !== undefined && { slug: values.slug }),
  ...(values.prefix !== undefined && { prefix: values.prefix }),
};
const missing = (['department', 'title', 'type'] as const).filter(
  (key) => given[key] === undefined,
);
let request: NewGuideRequest;
if (missing.length === 0) {
  request = given as NewGuideRequest;
} else if (process.stdin.isTTY && process.stdout.isTTY) {
  request = await ask(given, existing);
} else {
  fail(`不在终端中运行时，必须给出 ${missing.map((key) => `--${key}`).join('、')}。`, 2);
}

try {
  const plan = planGuide(request, existing, workspace);
  writeGuide(plan, workspace);
  const checked = checkGuide(plan.file, workspace);
  const out: string[] = [
    `已创建 ${checked.file}`,
    `  事项编码：${plan.code}`,
    `  办理地点：${plan.location.id}（${plan.location.name}），可在 counter.locations 中修改`,
    '',
    `还需填写 ${checked.placeholders.length} 处（把“待填写”改成实际内容）：`,
    ...checked.placeholders.map(
      (p) => `  ${checked.file}:${p.line}:${p.column}  ${p.field}  ${p.description}`,
    ),
    '',
  ];
  if (checked.findings.length > 0) {
    out.push('检查还发现：', formatHuman(checked.findings, { color: process.stdout.isTTY }));
  }
  out.push(
    '填好后运行 npm run validate 检查，没有错误后提交。核对无误后把 status 改为 在用 才会发布。',
    '',
  );
  process.stdout.write(out.join('\n'));
} catch (error) {
  if (error instanceof NewGuideError) fail(error.message, 1);
  throw error;
}
