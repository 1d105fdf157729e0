// Validate once per pipeline. CI runs `npm run validate` and then `npm run build`, whose
// integration validates the same corpus again; the CLI stores its result here and the build reuses
// it when nothing it depends on has changed. The key covers every input of the findings: each
// content file's path and bytes (the loader records a digest of exactly what it checked), the
// listing's own findings, the template and sample files looked for under public/, the build date,
// the options, and the validator's own code and parsers. Anything unreadable or unexpected is a
// miss: the cache may cost a recomputation, never a finding.
import { createHash, randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shownPath, SITE_FILE } from '../corpus/load.ts';
import { displayPath, listContent } from '../corpus/load-files.ts';
import { fileDigest } from './digest.ts';
import { newInputRecord, resolveOptions, validateContent } from './engine.ts';
import type { InputRecord, ValidateOptions, ValidationResult } from './engine.ts';

/** The cache file inside Astro's cache folder (`node_modules/.astro/`, which CI restores). */
export const CACHE_FILE = 'tongyuan-validate.json';

/** Bumped when the stored shape changes. */
const FORMAT = 1;

/** The folders whose code decides the findings (everything the engine imports lives there). */
export const CODE_DIRS = ['validate', 'corpus', 'schemas'];
/** Packages whose behaviour decides the findings: parsers, schema checks, suggestions. */
export const PACKAGES = ['zod', 'js-yaml', 'yaml', 'fuse.js'];

interface Stored {
  readonly format: number;
  readonly key: string;
  /** Template and sample paths looked for, and whether they existed. */
  readonly probes: readonly (readonly [string, boolean])[];
  readonly result: ValidationResult;
}

let codeDigestMemo: string | undefined;

/** One digest of the validator's source files, the versions of its packages and Node's. */
export function codeDigest(): string {
  if (codeDigestMemo !== undefined) return codeDigestMemo;
  const lib = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  for (const dir of CODE_DIRS) {
    const base = join(lib, dir);
    const files = readdirSync(base, { recursive: true, encoding: 'utf8' }).sort();
    for (const rel of files) {
      if (!rel.endsWith('.ts')) continue;
      hash.update(`${dir}/${rel}\0${fileDigest(join(base, rel))}\n`);
    }
  }
  const require = createRequire(import.meta.url);
  for (const name of PACKAGES) {
    let version = 'missing';
    try {
      const manifest = require.resolve(`${name}/package.json`);
      version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    } catch {
      // An unresolvable package still gives a stable (and different) key.
    }
    hash.update(`${name}@${version}\n`);
  }
  codeDigestMemo = hash.digest('hex');
  return codeDigestMemo;
}

/** The key of a run from its options and what it read. */
function keyOf(options: ValidateOptions, record: InputRecord): string {
  const { cwd, root, publicDir, requireSite } = resolveOptions(options);
  const hash = createHash('sha256').update(
    JSON.stringify({
      format: FORMAT,
      code: codeDigest(),
      date: options.date.iso,
      cwd,
      root,
      publicDir: publicDir ?? null,
      requireSite,
      only: options.only ?? null,
      listing: record.listing ?? null,
    }),
  );
  const files = [...record.digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [file, digest] of files) hash.update(`\n${file}\0${digest}`);
  return hash.digest('hex');
}

/**
 * What a fresh run would record, without running it: the same listing, and the digest of every
 * file the loader would read (each guide, each catalogue file, the site file if there is one).
 */
function currentRecord(options: ValidateOptions): InputRecord {
  const { cwd, root } = resolveOptions(options);
  const files = listContent(root);
  const record = newInputRecord();
  record.listing = files.issues.map((i) => ({ ...i, file: displayPath(i.file, cwd) }));
  const ctx = { rootDisplay: displayPath(root, cwd) };
  const all = [...Object.values(files.catalogue).flat(), ...files.guides];
  const site = join(root, SITE_FILE);
  if (existsSync(site)) all.push({ file: site, id: 'site', rel: SITE_FILE });
  for (const cf of all) record.digests.set(shownPath(cf, ctx), fileDigest(cf.file));
  return record;
}

function read(cacheFile: string): Stored | undefined {
  try {
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as Partial<Stored>;
    if (
      stored.format !== FORMAT ||
      typeof stored.key !== 'string' ||
      !Array.isArray(stored.probes) ||
      !Array.isArray(stored.result?.findings)
    )
      return undefined;
    return stored as Stored;
  } catch {
    return undefined;
  }
}

/** The stored result, if it was made from exactly these inputs. */
export function lookup(options: ValidateOptions, cacheFile: string): ValidationResult | undefined {
  const stored = read(cacheFile);
  if (!stored) return undefined;
  if (keyOf(options, currentRecord(options)) !== stored.key) return undefined;
  // Same catalogue, so the same paths are looked for; each must still give the same answer.
  if (!stored.probes.every(([path, found]) => existsSync(path) === found)) return undefined;
  return stored.result;
}

export function store(
  options: ValidateOptions,
  record: InputRecord,
  result: ValidationResult,
  cacheFile: string,
): void {
  const stored: Stored = {
    format: FORMAT,
    key: keyOf(options, record),
    probes: [...record.probes],
    result,
  };
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    // Written aside and renamed: a reader never sees half a file, whoever writes at the same time.
    const partial = `${cacheFile}.${randomUUID()}.tmp`;
    writeFileSync(partial, JSON.stringify(stored));
    renameSync(partial, cacheFile);
  } catch {
    // A read-only or full cache folder only costs the next run its reuse.
  }
}

export interface CachedValidation {
  readonly result: ValidationResult;
  /** Whether the findings came from the cache. */
  readonly reused: boolean;
}

/**
 * `validateContent` through the cache: `lookup: true` reuses a stored result made from the same
 * inputs; either way a computed result is stored for the next step of the pipeline.
 */
export async function validateContentCached(
  options: ValidateOptions,
  cache: { readonly file: string; readonly lookup: boolean },
): Promise<CachedValidation> {
  if (cache.lookup) {
    const result = lookup(options, cache.file);
    if (result) return { result, reused: true };
  }
  const record = newInputRecord();
  const result = await validateContent({ ...options, record });
  store(options, record, result, cache.file);
  return { result, reused: false };
}
