// html-validate over every HTML file of the built site, with the repository's .htmlvalidate.json
// (recommended + document presets; overrides and their reasons in ./overrides.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatterFactory, HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/serve.ts';
import { htmlFiles } from './html-files.ts';
import { OVERRIDE_REASONS } from './overrides.ts';

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
const text = formatterFactory('text');
const files = htmlFiles(DIST);

describe('html-validate configuration', () => {
  it('gives a written reason for every rule override', () => {
    expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(OVERRIDE_REASONS).sort());
  });
});

describe('built HTML is valid', () => {
  it('finds the pages of the site', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
  });

  it.each(files)('%s', async (file) => {
    const report = await validator.validateFile(join(DIST, file));
    expect(report.valid, text(report.results)).toBe(true);
  });
});
