// The result cache shared by `npm run validate` and the build (src/lib/validate/cache.ts): a
// reused result is exactly a fresh run's, and any change to an input is a miss.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CACHE_FILE,
  CODE_DIRS,
  lookup,
  PACKAGES,
  validateContentCached,
} from '../../src/lib/validate/cache.ts';
import { validateContentSync } from '../../src/lib/validate/engine.ts';
import type { ValidateOptions } from '../../src/lib/validate/engine.ts';
import { DATE, day, scenario } from './helpers.ts';

const repo = join(import.meta.dirname, '..', '..');
const node = join(repo, 'node_modules', '.bin', 'node');

const temps: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'tongyuan-cache-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every scenario folder: the content roots beside the validator's tests. */
const SCENARIOS = readdirSync(import.meta.dirname, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((e) =>
    readdirSync(join(import.meta.dirname, e.name), { withFileTypes: true })
      .filter((s) => s.isDirectory())
      .map((s) => `${e.name}/${s.name}`),
  )
  .filter((name) =>
    ['guides', 'site.yaml', 'materials'].some((f) => existsSync(scenario(`${name}/${f}`))),
  )
  .sort();

const optionsFor = (name: string, cwd = scenario(name)): ValidateOptions => ({
  date: DATE,
  root: '.',
  cwd,
  ...(existsSync(join(cwd, 'public')) ? { publicDir: join(cwd, 'public') } : {}),
});

describe('the validation result cache', () => {
  it('covers the scenarios', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(20);
    expect(SCENARIOS).toContain('references/fail');
  });

  it.each(SCENARIOS)('%s: the reused result is exactly the fresh one', async (name) => {
    const file = join(temp(), CACHE_FILE);
    const options = optionsFor(name);
    const fresh = validateContentSync(options);
    const cold = await validateContentCached(options, { file, lookup: true });
    expect(cold.reused).toBe(false);
    expect(cold.result).toEqual(fresh);
    const warm = await validateContentCached(options, { file, lookup: true });
    expect(warm.reused).toBe(true);
    expect(warm.result).toEqual(fresh);
  });

  /** A copy of a scenario with its result stored; `change` must make the next look-up miss. */
  async function missesAfter(
    name: string,
    change: (dir: string) => void,
    before: (dir: string) => ValidateOptions = (dir) => optionsFor(name, dir),
    after: (dir: string) => ValidateOptions = before,
  ): Promise<void> {
    const dir = join(temp(), 'content');
    cpSync(scenario(name), dir, { recursive: true });
    const file = join(dir, '..', CACHE_FILE);
    await validateContentCached(before(dir), { file, lookup: true });
    expect(lookup(before(dir), file)).toBeDefined();
    change(dir);
    expect(lookup(after(dir), file)).toBeUndefined();
    // And the run after it stores the new inputs' result, which is the fresh one.
    const next = await validateContentCached(after(dir), { file, lookup: true });
    expect(next.reused).toBe(false);
    expect(next.result).toEqual(validateContentSync(after(dir)));
  }

  const edit = (file: string, from: RegExp, to: string) => {
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(from, to);
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
  };

  it('misses when one guide changes, even by one byte', async () => {
    await missesAfter('time-limits/pass', (dir) => {
      const guides = join(dir, 'guides', 'civil-affairs');
      const [guide = ''] = readdirSync(guides);
      edit(join(guides, guide), /promised: (\d+)/, 'promised: $1 ');
    });
  });

  it('misses when a catalogue file changes', async () => {
    await missesAfter('abolished/pass', (dir) => {
      const [entry = ''] = readdirSync(join(dir, 'abolished'));
      edit(join(dir, 'abolished', entry), /^name: .*$/m, 'name: 无犯罪记录证明');
    });
  });

  it('misses when a guide is added, removed or a misplaced file appears', async () => {
    await missesAfter('time-limits/pass', (dir) => {
      const guides = join(dir, 'guides', 'civil-affairs');
      const [guide = ''] = readdirSync(guides);
      cpSync(join(guides, guide), join(guides, 'copy.md'));
    });
    await missesAfter('time-limits/pass', (dir) => {
      const guides = join(dir, 'guides', 'civil-affairs');
      const [guide = ''] = readdirSync(guides);
      rmSync(join(guides, guide));
    });
    await missesAfter('time-limits/pass', (dir) => {
      writeFileSync(join(dir, 'guides', 'civil-affairs', 'notes.txt'), '');
    });
  });

  it('misses on another build date', async () => {
    await missesAfter(
      'dates/pass',
      () => undefined,
      (dir) => optionsFor('dates/pass', dir),
      (dir) => ({ ...optionsFor('dates/pass', dir), date: day('2027-11-25') }),
    );
  });

  it('misses when a template file under public/ disappears or appears', async () => {
    await missesAfter('references/pass', (dir) => {
      rmSync(join(dir, 'public', 'templates', 'form.pdf'));
    });
    await missesAfter('references/fail', (dir) => {
      mkdirSync(join(dir, 'public', 'templates'), { recursive: true });
      for (const path of ['form.pdf', 'form.docx', 'sample.pdf'])
        writeFileSync(join(dir, 'public', 'templates', path), '');
    });
  });

  it('misses when the site file is missing and a misnamed site.yml appears', async () => {
    const required = (dir: string) => ({
      ...optionsFor('time-limits/pass', dir),
      requireSite: true,
    });
    await missesAfter(
      'time-limits/pass',
      (dir) => {
        writeFileSync(join(dir, 'site.yml'), 'name: 示例\n');
      },
      required,
    );
  });

  it('misses when the cache file is damaged', async () => {
    const file = join(temp(), CACHE_FILE);
    const options = optionsFor('schema/fail');
    await validateContentCached(options, { file, lookup: true });
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40));
    expect(lookup(options, file)).toBeUndefined();
  });

  it('npm run validate stores what the build then reuses, with the same findings', () => {
    const project = temp();
    cpSync(scenario('references/fail'), join(project, 'src', 'content'), { recursive: true });
    mkdirSync(join(project, 'public'));
    mkdirSync(join(project, 'node_modules'));
    const run = spawnSync(node, [join(repo, 'scripts/validate.ts'), '--date', '2026-11-25'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const file = join(project, 'node_modules', '.astro', CACHE_FILE);
    // As the integration asks: paths from Astro's config URLs, with their trailing slashes.
    const asTheBuild: ValidateOptions = {
      date: DATE,
      cwd: `${project}/`,
      root: 'src/content',
      publicDir: `${project}/public/`,
      requireSite: true,
    };
    const reused = lookup(asTheBuild, file);
    expect(reused).toBeDefined();
    expect(reused).toEqual(validateContentSync(asTheBuild));
    expect(reused?.findings.some((f) => f.code === 'TY018')).toBe(true);
    // `--no-cache` and a run over some paths only store nothing.
    rmSync(file);
    spawnSync(node, [join(repo, 'scripts/validate.ts'), '--date', '2026-11-25', '--no-cache'], {
      cwd: project,
    });
    expect(existsSync(file)).toBe(false);
  });

  it('keys by all of the validator code: it imports nothing outside the folders it hashes', () => {
    const lib = join(repo, 'src', 'lib');
    const outside: string[] = [];
    for (const dir of CODE_DIRS) {
      for (const rel of readdirSync(join(lib, dir), { recursive: true, encoding: 'utf8' })) {
        if (!rel.endsWith('.ts')) continue;
        const file = join(lib, dir, rel);
        for (const [, spec = ''] of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
          if (spec.startsWith('node:')) continue;
          if (spec.startsWith('.')) {
            const [top = ''] = relative(lib, resolve(dirname(file), spec)).split('/');
            if (!CODE_DIRS.includes(top)) outside.push(`${dir}/${rel}: ${spec}`);
          } else if (!PACKAGES.includes(spec)) outside.push(`${dir}/${rel}: ${spec}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });
});
