// `astro build` runs the same validator (src/integrations/validate.ts) and stops, printing the
// findings without a stack trace, on an abolished material and on a dangling reference, which
// Astro alone would only log. Runs a copy of the project with two broken guides.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { abolitionsOf, inScope } from '../../src/lib/validate/abolition.ts';
import { DATE, defined } from './helpers.ts';

const repo = join(import.meta.dirname, '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'tongyuan-build-'));
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

describe('astro build', () => {
  it(
    'fails on an abolished material and on a dangling reference, printing the findings',
    { timeout: 180_000 },
    () => {
      for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
        cpSync(join(repo, entry), join(copy, entry), { recursive: true });
      }
      symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');

      const loaded = loadCorpus({ cwd: repo });
      const abolition = defined(
        abolitionsOf(loaded.catalogue, DATE).find((a) => a.inForce && a.entry.data.material),
      );
      const target = defined(loaded.corpus.guides.find((g) => inScope(abolition, g.data)));
      const other = defined(loaded.corpus.guides.find((g) => g !== target));
      const [targetFile, otherFile] = [defined(target.file), defined(other.file)];
      const insert = (file: string, material: string) => {
        const path = join(copy, file);
        const text = readFileSync(path, 'utf8').replace(
          /^materials:\n/m,
          `materials:\n  - material: ${material}\n    form: 原件\n    originals: 1\n    copies: 0\n    necessity: 必要\n`,
        );
        writeFileSync(path, text);
      };
      insert(targetFile, defined(abolition.entry.data.material));
      insert(otherFile, 'no-such-material');

      const child = spawnSync(
        join(repo, 'node_modules', '.bin', 'node'),
        [join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
        {
          cwd: copy,
          encoding: 'utf8',
          env: {
            ...process.env,
            ASTRO_TELEMETRY_DISABLED: '1',
            TONGYUAN_DATE: DATE.iso,
            NO_COLOR: '1',
          },
        },
      );
      const output = `${child.stdout}\n${child.stderr}`;
      expect(child.status).not.toBe(0);
      expect(output).toMatch(
        new RegExp(`${targetFile.replace(/[.]/g, '\\.')}:\\d+:\\d+  TY020 错误  申请材料`),
      );
      expect(output).toMatch(
        new RegExp(
          `${otherFile.replace(/[.]/g, '\\.')}:\\d+:\\d+  TY011 错误  材料目录中没有 no-such-material`,
        ),
      );
      expect(output).toContain('2 个错误，0 个警告');
      expect(output).toContain('内容检查发现 2 个错误，0 个警告，构建已停止。');
      expect(output).not.toMatch(/^\s+at /m);
    },
  );
});
