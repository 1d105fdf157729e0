// Runs the content validator inside Astro: `astro build` fails on the same findings as
// `npm run validate` (including dangling references, which Astro alone only logs), printed the
// same way and without a stack trace; `astro dev` shows them as warnings and keeps serving.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveBuildDate } from '../lib/validate/date.ts';
import { CACHE_FILE, validateContentCached } from '../lib/validate/cache.ts';
import { formatHuman } from '../lib/validate/format/human.ts';
import { summary } from '../lib/validate/format/summary.ts';

export interface ValidateIntegrationOptions {
  /** Content root relative to the project root; default `src/content`. */
  readonly root?: string;
}

/** Thrown to stop the build; its message is the list of findings, so no stack is needed. */
class ContentValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = '内容检查未通过';
    // The findings are the whole story; a stack trace would only bury them.
    this.stack = '';
  }
}

export default function validateIntegration(
  options: ValidateIntegrationOptions = {},
): AstroIntegration {
  return {
    name: 'tongyuan:validate',
    hooks: {
      'astro:config:setup': async ({ addWatchFile, command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const cwd = fileURLToPath(config.root);
        // astro.config.mjs reads the site file: `astro dev` restarts when it changes.
        addWatchFile(new URL(`${options.root ?? 'src/content'}/site.yaml`, config.root));
        const date = resolveBuildDate(undefined);
        if ('error' in date) throw new ContentValidationError(date.error);
        // Right after `npm run validate` on the same content (as CI runs them), its stored findings
        // are reused; otherwise the corpus is checked here, in parallel for big corpora.
        const { result, reused } = await validateContentCached(
          {
            date,
            cwd,
            root: options.root ?? 'src/content',
            publicDir: fileURLToPath(config.publicDir),
            requireSite: true,
            threads: 'auto',
          },
          { file: fileURLToPath(new URL(CACHE_FILE, config.cacheDir)), lookup: true },
        );
        const errors = result.findings.filter((f) => f.severity === 'error');
        const report = formatHuman(result.findings, { color: false, files: result.files });
        if (command === 'build' && errors.length > 0) {
          process.stderr.write(`\n${report}\n`);
          throw new ContentValidationError(
            `内容检查发现 ${summary(result.findings)}，构建已停止。请按上面的提示修改（错误代码说明见 docs/editors/错误代码.md），可以用 npm run validate 重新检查。`,
          );
        }
        if (result.findings.length > 0) logger.warn(`\n${report}`);
        else
          logger.info(
            `内容检查：${summary(result.findings)}（${date.iso}，${result.files} 个文件${reused ? '，沿用 npm run validate 的检查结果' : ''}）`,
          );
      },
    },
  };
}
