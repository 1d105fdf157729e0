// The Content-Security-Policy header derived from the built pages: parsing, merging pages that
// differ only in hashes, one policy per section shape (an admin page gets its own without being
// named anywhere), the errors that stop a build, and the nginx map it becomes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isHashSource,
  mergePolicies,
  parsePolicy,
  policyShape,
  serializePolicy,
  withHeaderDirectives,
} from '../../src/lib/deploy/csp-policy.ts';
import { renderNginxCspMap } from '../../src/lib/deploy/nginx-csp.ts';
import {
  metaPolicy,
  readBuiltPages,
  sectionOf,
  sitePolicies,
  SitePolicyError,
} from '../../src/lib/deploy/site-policies.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const H1 = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
const H2 = "'sha256-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB='";

describe('a policy as data', () => {
  it('parses directives and sources, skipping empty parts and repeated directives', () => {
    expect(parsePolicy(`default-src 'self';; Script-Src 'self' ${H1}; script-src *`)).toEqual([
      { name: 'default-src', sources: ["'self'"] },
      { name: 'script-src', sources: ["'self'", H1] },
    ]);
  });

  it('tells hashes from keywords', () => {
    expect(
      [H1, "'self'", "'unsafe-eval'", "'sha256-'", 'https://x.example'].map(isHashSource),
    ).toEqual([true, false, false, false, false]);
  });

  it('gives policies that differ only in hashes the same shape, and others not', () => {
    const a = parsePolicy(`default-src 'self'; script-src 'self' ${H1}`);
    const b = parsePolicy(`script-src ${H2} 'self'; default-src 'self'`);
    const admin = parsePolicy(`default-src 'self'; script-src 'self' 'unsafe-eval'`);
    expect(policyShape(a)).toBe(policyShape(b));
    expect(policyShape(a)).not.toBe(policyShape(admin));
  });

  it('merges the hashes of same-shape policies, sorted, keywords first', () => {
    const merged = mergePolicies([
      parsePolicy(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${H2}`),
      parsePolicy(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${H1} ${H2}`),
    ]);
    expect(serializePolicy(merged)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${H1} ${H2}`,
    );
  });

  it('adds frame-ancestors, which only a header can carry, replacing any in the page', () => {
    const policy = withHeaderDirectives(parsePolicy("default-src 'self'; frame-ancestors *"));
    expect(serializePolicy(policy)).toBe("default-src 'self'; frame-ancestors 'none'");
  });
});

describe('the policies of a built site', () => {
  it('reads the CSP meta from the head of a page', () => {
    expect(
      metaPolicy(
        '<html><head><META HTTP-EQUIV="Content-Security-Policy" content="default-src \'self\'"></head></html>',
      ),
    ).toBe("default-src 'self'");
    expect(
      metaPolicy(
        '<html><head></head><body><meta http-equiv="content-security-policy" content="x"></body>',
      ),
    ).toBeUndefined();
  });

  it('names sections by their first folder', () => {
    expect(
      ['index.html', '404.html', 'guides/a/b/index.html', 'admin/index.html'].map(sectionOf),
    ).toEqual(['', '', 'guides', 'admin']);
  });

  it('gives the public site one policy with every page hash, and /admin/ its own', () => {
    const { fallback, others } = sitePolicies(readBuiltPages(fixture('with-admin')));
    expect(fallback.sections).toEqual(['', 'guides']);
    expect(fallback.pages).toBe(3);
    const script = fallback.policy.find((d) => d.name === 'script-src')?.sources;
    expect(script).toEqual(["'self'", "'wasm-unsafe-eval'", H1, H2]);
    expect(fallback.policy.at(-1)).toEqual({ name: 'frame-ancestors', sources: ["'none'"] });

    expect(others).toHaveLength(1);
    expect(others[0]?.sections).toEqual(['admin']);
    expect(serializePolicy(others[0]?.policy ?? [])).toBe(
      "default-src 'self'; img-src 'self' data: blob:; connect-src 'self'; script-src 'self' 'unsafe-eval' 'sha256-CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC='; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
  });

  it('renders the nginx map: the default, then one regex per section of its own', () => {
    const map = renderNginxCspMap(sitePolicies(readBuiltPages(fixture('with-admin'))));
    const lines = map.split('\n').filter((line) => !line.startsWith('#'));
    expect(lines[0]).toBe('map $uri $tongyuan_content_security_policy {');
    expect(lines[1]).toMatch(/^ {4}default "default-src 'self'; .*frame-ancestors 'none'";$/);
    expect(lines[2]).toMatch(
      /^ {4}"~\^\/admin\/" "default-src 'self'; .*'unsafe-eval'.*frame-ancestors 'none'";$/,
    );
    expect(lines.slice(3)).toEqual(['}', '']);
    expect(map).toContain('#   /admin/: 1 page(s), a policy of their own');
  });

  it('refuses a page without a CSP meta, naming it', () => {
    expect(() => sitePolicies(readBuiltPages(fixture('no-meta')))).toThrow(SitePolicyError);
    expect(() => sitePolicies(readBuiltPages(fixture('no-meta'))))
      .toThrowErrorMatchingInlineSnapshot(`
      [SitePolicyError: The Content-Security-Policy header cannot be derived from the built pages:
        - about/index.html has no <meta http-equiv="content-security-policy">: every page must carry the policy Astro computes (security.csp in astro.config.mjs); a hand-written page needs its own meta.]
    `);
  });

  it('refuses a section whose pages need different kinds of policy', () => {
    expect(() => sitePolicies(readBuiltPages(fixture('mixed-section'))))
      .toThrowErrorMatchingInlineSnapshot(`
      [SitePolicyError: The Content-Security-Policy header cannot be derived from the built pages:
        - guides/b/index.html and guides/a/index.html are both in /guides/ but their policies differ in more than hashes ("default-src 'self'; img-src 'self' data:; object-src 'none'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self'" against "default-src 'self'; img-src 'self' data:; object-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"); a section is served with one header, so move the page to a folder of its own or give both the same directives.]
    `);
  });

  it('refuses a site without pages', () => {
    expect(() => sitePolicies([])).toThrow(/the site has no HTML pages/);
  });
});
