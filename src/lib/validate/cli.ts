// `npm run validate [-- paths…] [--format human|json|github] [--date YYYY-MM-DD] [--root DIR]`
// Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the check could not run (usage).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ROOT } from '../corpus/load.ts';
import { resolveBuildDate } from './date.ts';
import { CACHE_FILE, validateContentCached } from './cache.ts';
import { validateContent } from './engine.ts';
import type { ValidateOptions } from './engine.ts';
import { formatGithub } from './format/github.ts';
import { formatHuman } from './format/human.ts';
import { formatJson } from './format/json.ts';

export const USAGE = `用法：npm run validate [-- 路径…] [选项]

检查办事指南和目录文件（部门、材料目录、取消登记、一件事）是否一致。
路径可以是指南文件或文件夹，只报告这些指南的问题；目录文件总是检查。

选项：
  --format human|json|github  输出格式（默认 human；在 GitHub Actions 中默认 github）
  --date YYYY-MM-DD           按这一天判断取消规定是否生效、核对是否过期
                              （默认取环境变量 TONGYUAN_DATE，否则为今天）
  --root 目录                 内容目录（默认 ${DEFAULT_ROOT}）
  --public 目录               材料模板和样表所在目录（默认 public；指定 --root 时默认不检查）
  --threads N                 并行检查的线程数（默认按指南数量自动选择）
  --no-cache                  不保存检查结果（默认检查整个 ${DEFAULT_ROOT} 后保存在
                              node_modules/.astro/，随后的构建内容未变时直接采用）
  --help                      显示本说明

退出码：0 没有错误（可以有警告）；1 发现错误；2 命令用法错误，检查没有进行。
错误代码说明：docs/editors/错误代码.md
`;

export interface CliIO {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colours). */
  readonly isTTY: boolean;
}

export interface CliResult {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

const FORMATS = ['human', 'json', 'github'] as const;

const usageError = (message: string): CliResult => ({
  exitCode: 2,
  stdout: '',
  stderr: `错误：${message}\n\n${USAGE}`,
});

export async function runCli(argv: readonly string[], io: CliIO): Promise<CliResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        date: { type: 'string' },
        root: { type: 'string' },
        public: { type: 'string' },
        threads: { type: 'string' },
        'no-cache': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(explainArgError(error as Error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { exitCode: 0, stdout: USAGE, stderr: '' };

  const format = values.format ?? (io.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'human');
  if (!(FORMATS as readonly string[]).includes(format)) {
    return usageError(`不支持的输出格式“${format}”，可选：${FORMATS.join('、')}。`);
  }
  const date = resolveBuildDate(values.date, io.env);
  if ('error' in date) return usageError(date.error);
  const root = resolve(io.cwd, values.root ?? DEFAULT_ROOT);
  if (!existsSync(root))
    return usageError(
      `找不到内容目录 ${values.root ?? DEFAULT_ROOT}。请在项目根目录运行，或用 --root 指定。`,
    );
  if (values.public !== undefined && !existsSync(resolve(io.cwd, values.public)))
    return usageError(`找不到目录 ${values.public}。`);
  const missing = positionals.filter((p) => !existsSync(resolve(io.cwd, p)));
  if (missing.length > 0) return usageError(`找不到路径：${missing.join('、')}。`);
  let threads: number | undefined;
  if (values.threads !== undefined) {
    threads = Number(values.threads);
    if (!Number.isInteger(threads) || threads < 1)
      return usageError(`--threads 应为正整数，而不是“${values.threads}”。`);
  }

  const options: ValidateOptions = {
    date,
    root,
    cwd: io.cwd,
    ...(values.public !== undefined || values.root === undefined
      ? { publicDir: resolve(io.cwd, values.public ?? 'public') }
      : {}),
    ...(positionals.length > 0 ? { only: positionals } : {}),
    threads: threads ?? 'auto',
    requireSite: values.root === undefined,
  };
  // The whole default corpus is what the build checks: store the result for it to reuse.
  const cacheDir = join(io.cwd, 'node_modules', '.astro');
  const result =
    values.root === undefined &&
    positionals.length === 0 &&
    values['no-cache'] !== true &&
    existsSync(join(io.cwd, 'node_modules'))
      ? (await validateContentCached(options, { file: join(cacheDir, CACHE_FILE), lookup: false }))
          .result
      : await validateContent(options);
  const color = io.isTTY && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb';
  const stdout =
    format === 'json'
      ? formatJson(result.findings)
      : format === 'github'
        ? formatGithub(result.findings, { files: result.files })
        : formatHuman(result.findings, { color, files: result.files });
  const exitCode = result.findings.some((f) => f.severity === 'error') ? 1 : 0;
  return { exitCode, stdout, stderr: '' };
}

function explainArgError(error: Error): string {
  const option = /'(-{1,2}[^']+)'/.exec(error.message)?.[1];
  if ((error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `未知选项 ${option ?? ''}。`;
  if ((error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return `选项 ${option ?? ''} 需要一个值。`;
  return error.message;
}
