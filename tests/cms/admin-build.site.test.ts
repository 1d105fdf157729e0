// /admin/ in the built site: the generated configuration, Decap's bundle and every chunk it loads
// served from our own files, its own CSP and noindex, and no trace of it in the public site's
// sitemap, search index or feed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adminCsp,
  ADMIN_DIR,
  ADMIN_SCRIPT,
  CATALOGUE_FILE,
  CONFIG_FILE,
  DECAP_BUNDLE,
} from '../../src/lib/cms/admin-page.ts';
import { decapDist, decapFiles } from '../../src/lib/cms/admin-files.ts';
import { parseCatalogue } from '../../src/lib/cms/catalogue-json.ts';
import { backendConfig } from '../../src/lib/cms/backends.ts';
import { cmsConfigJson } from '../../src/lib/cms/config.ts';
import { siteConfig } from '../../src/lib/site/config.ts';
import { readPagefindUrls } from '../../src/lib/invariants/read.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { sitemapPaths } from '../helpers/browser.ts';
import { DIST } from '../helpers/serve.ts';

const admin = (file: string) => join(DIST, ADMIN_DIR, file);
// The forge comes from site.yaml (`editor`), like the public site's address.
const backend = backendConfig(siteConfig().editor);
const ADMIN_CSP = adminCsp(backend);
const page = () => readFileSync(admin('index.html'), 'utf8');

describe('the built /admin/', () => {
  it('carries exactly the configuration the schemas give', () => {
    expect(readFileSync(admin(CONFIG_FILE), 'utf8')).toBe(
      cmsConfigJson({ backend, siteUrl: siteConfig().url }),
    );
  });

  it('ships Decap’s bundle and every chunk it can load, unchanged', () => {
    const files = decapFiles();
    expect(files).toContain(DECAP_BUNDLE);
    expect(files).toContain(`103.${DECAP_BUNDLE}`);
    for (const file of files) {
      expect(readFileSync(admin(file)).equals(readFileSync(join(decapDist(), file))), file).toBe(
        true,
      );
    }
  });

  it('has its own CSP (unsafe-eval, inline styles) and is noindex, loading only our files', () => {
    const html = page();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBe(ADMIN_CSP);
    expect(ADMIN_CSP).toContain("script-src 'self' 'unsafe-eval'");
    expect(ADMIN_CSP).toContain("style-src 'self' 'unsafe-inline'");
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const scripts = [...html.matchAll(/<script src="([^"]+)"><\/script>/g)].map((m) => m[1]);
    expect(scripts).toEqual([ADMIN_SCRIPT, DECAP_BUNDLE]);
    expect(existsSync(admin(ADMIN_SCRIPT))).toBe(true);
  });

  it('gives the browser validator the catalogue of the build', () => {
    const { catalogue, guides } = parseCatalogue(readFileSync(admin(CATALOGUE_FILE), 'utf8'));
    const loaded = loadCorpus();
    expect([...catalogue.materials.keys()]).toEqual([...loaded.catalogue.materials.keys()]);
    expect(guides.map((g) => g.id)).toEqual(loaded.corpus.guides.map((g) => g.id));
    expect(catalogue.abolished.get('household-register-marriage')?.data.abolishedOn).toEqual(
      new Date('2025-05-10T00:00:00Z'),
    );
  });

  it('is not part of the public site: sitemap, search index and feed leave it out', () => {
    expect(sitemapPaths(DIST).length).toBeGreaterThan(50);
    expect(sitemapPaths(DIST).filter((p) => p.startsWith(`/${ADMIN_DIR}/`))).toEqual([]);
    expect(readPagefindUrls(DIST).filter((u) => u.includes(`/${ADMIN_DIR}/`))).toEqual([]);
    expect(readFileSync(join(DIST, 'rss.xml'), 'utf8')).not.toContain(`/${ADMIN_DIR}/`);
    // Only the page itself is HTML; nothing else in /admin/ is a page.
    expect(readdirSync(join(DIST, ADMIN_DIR)).filter((f) => f.endsWith('.html'))).toEqual([
      'index.html',
    ]);
  });
});
