// The Content-Security-Policy headers of a built site, derived from the pages themselves. Astro
// writes a CSP <meta> into every page with the hashes of that page's inline scripts and styles
// (`security.csp` in astro.config.mjs); the server must send the same policy as a header, plus
// `frame-ancestors`, which a meta cannot carry. Pages are grouped into sections by their first
// path segment (`/guides/…` → `guides`); a section whose pages differ only in hashes gets one
// policy allowing them all. Sections with the same shape share a policy; the shape of the home
// page is the site's default, and any other (the web editor under /admin/, with its
// 'unsafe-eval') gets its own entry, without anyone writing it down.
//
// The header does not loosen a page: a browser enforces the header and the page's own meta
// together, so each page still runs only its own hashes.
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { mergePolicies, parsePolicy, policyShape, withHeaderDirectives } from './csp-policy.ts';
import type { Policy } from './csp-policy.ts';

type Node = DefaultTreeAdapterMap['node'];

export interface BuiltPage {
  /** Path under the site root with `/`, e.g. `guides/civil-affairs/x/index.html`. */
  readonly file: string;
  /** The page's HTML, at least as far as the end of its head. */
  readonly html: string;
}

export interface SectionPolicy {
  /** First path segments the policy applies to; `''` is the site root's own files. */
  readonly sections: readonly string[];
  readonly pages: number;
  /** The header value's directives, `frame-ancestors` included. */
  readonly policy: Policy;
}

export interface SitePolicies {
  /** The policy of the home page's shape: every section not listed in `others`. */
  readonly fallback: SectionPolicy;
  readonly others: readonly SectionPolicy[];
}

export class SitePolicyError extends Error {
  override name = 'SitePolicyError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      [
        'The Content-Security-Policy header cannot be derived from the built pages:',
        ...problems.map((problem) => `  - ${problem}`),
      ].join('\n'),
    );
    this.problems = problems;
  }
}

/** `guides/x/index.html` → `guides`; `index.html`, `404.html` → `''`. */
export const sectionOf = (file: string): string => {
  const slash = file.indexOf('/');
  return slash === -1 ? '' : file.slice(0, slash);
};

/** The content of the page's `<meta http-equiv="content-security-policy">`, if any. */
export function metaPolicy(html: string): string | undefined {
  // Only the head can hold it, and parsing 10,000 whole pages would be slow.
  const end = html.search(/<\/head\s*>/i);
  const head = parse(end === -1 ? html : html.slice(0, end));
  let found: string | undefined;
  const visit = (node: Node): void => {
    if (found !== undefined) return;
    if ('tagName' in node && node.tagName === 'meta') {
      const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
      if (attr('http-equiv')?.toLowerCase() === 'content-security-policy') {
        found = attr('content') ?? '';
        return;
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(head);
  return found;
}

interface Group {
  readonly shape: string;
  readonly sections: Set<string>;
  readonly policies: Policy[];
  readonly example: string;
}

/** Groups the pages' policies by section and shape; throws SitePolicyError on any conflict. */
export function sitePolicies(pages: readonly BuiltPage[]): SitePolicies {
  const problems: string[] = [];
  const groups = new Map<string, Group>();
  const sectionShape = new Map<string, { shape: string; example: string }>();
  for (const { file, html } of [...pages].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const text = metaPolicy(html);
    if (text === undefined) {
      problems.push(
        `${file} has no <meta http-equiv="content-security-policy">: every page must carry the policy Astro computes (security.csp in astro.config.mjs); a hand-written page needs its own meta.`,
      );
      continue;
    }
    const policy = parsePolicy(text);
    const shape = policyShape(policy);
    const section = sectionOf(file);
    const claimed = sectionShape.get(section);
    if (claimed && claimed.shape !== shape) {
      problems.push(
        `${file} and ${claimed.example} are both in /${section}${section ? '/' : ''} but their policies differ in more than hashes ("${shape}" against "${claimed.shape}"); a section is served with one header, so move the page to a folder of its own or give both the same directives.`,
      );
      continue;
    }
    if (!claimed) sectionShape.set(section, { shape, example: file });
    let group = groups.get(shape);
    if (!group) {
      group = { shape, sections: new Set(), policies: [], example: file };
      groups.set(shape, group);
    }
    group.sections.add(section);
    group.policies.push(policy);
  }
  if (pages.length === 0) problems.push('the site has no HTML pages');
  if (problems.length > 0) throw new SitePolicyError(problems);

  const toSection = (group: Group): SectionPolicy => ({
    sections: [...group.sections].sort(),
    pages: group.policies.length,
    policy: withHeaderDirectives(mergePolicies(group.policies)),
  });
  // The home page's shape is the default; a site without one falls back to its largest group.
  const all = [...groups.values()];
  const home = sectionShape.get('')?.shape;
  const fallback =
    all.find((group) => group.shape === home) ??
    all.reduce((a, b) => (b.policies.length > a.policies.length ? b : a));
  return {
    fallback: toSection(fallback),
    others: all.filter((group) => group !== fallback).map(toSection),
  };
}

const HEAD_END = Buffer.from('</head>');

/**
 * Every `.html` file of a built site, read as far as the end of its head (the policy's meta is
 * there); hidden folders (`.nginx/`) are not pages. Only the head is decoded and kept: 20,000
 * whole pages held as strings were about 1.6 GB, and the step's time went into collecting them.
 */
export function readBuiltPages(siteDir: string): BuiltPage[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.split('/').some((s) => s.startsWith('.')))
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(siteDir, file));
      const end = bytes.indexOf(HEAD_END);
      return { file, html: bytes.toString('utf8', 0, end === -1 ? bytes.length : end) };
    });
}
