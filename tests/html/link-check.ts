// Internal link check over a built site: every internal reference (a, link, script, img, source,
// form, iframe, SVG use) resolves to a file in `dist/`, and every #fragment names an element
// id on the target page. External URLs are counted, not fetched (no network here, and the site
// makes none at runtime). `javascript:` URLs are always a finding.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { isAdminFile } from './html-files.ts';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

export interface LinkProblem {
  /** Site path of the page holding the reference, e.g. `/guides/x/y/`. */
  readonly page: string;
  readonly reference: string;
  readonly problem: string;
}

export interface LinkReport {
  readonly pages: number;
  readonly internal: number;
  readonly external: number;
  readonly problems: readonly LinkProblem[];
}

const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

const IGNORED_SCHEMES = new Set(['mailto:', 'tel:', 'sms:', 'data:', 'blob:']);

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node) yield* elements(node.content as unknown as Node);
}

const attribute = (element: Element, name: string) =>
  element.attrs.find((attr) => (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name) === name)
    ?.value;

interface ParsedPage {
  readonly ids: ReadonlySet<string>;
  readonly references: readonly string[];
}

function parsePage(html: string): ParsedPage {
  const ids = new Set<string>();
  const references: string[] = [];
  for (const element of elements(parse(html))) {
    const id = attribute(element, 'id');
    if (id) ids.add(id);
    if (element.tagName === 'a') {
      const name = attribute(element, 'name');
      if (name) ids.add(name);
    }
    for (const name of URL_ATTRIBUTES[element.tagName] ?? []) {
      const value = attribute(element, name);
      if (value === undefined) continue;
      if (name === 'srcset') {
        references.push(
          ...value
            .split(',')
            .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
            .filter(Boolean),
        );
      } else if (!(element.tagName === 'form' && value === '')) {
        references.push(value.trim());
      }
    }
  }
  return { ids, references };
}

// The public site's pages (not /admin/, the web editor).
const htmlFiles = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !isAdminFile(file))
    .sort();

/** `guides/x/index.html` → `/guides/x/`; `404.html` → `/404.html`. */
export const pagePath = (file: string) => {
  const path = '/' + file.split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
};

export function checkLinks(distDir: string, siteOrigin: string): LinkReport {
  const dist = resolve(distDir);
  const files = htmlFiles(dist);
  const pages = new Map<string, ParsedPage>();
  const parsedFile = (file: string) => {
    let page = pages.get(file);
    if (!page) {
      page = parsePage(readFileSync(join(dist, file), 'utf8'));
      pages.set(file, page);
    }
    return page;
  };

  /** The dist file a site path names, or a reason it names none. */
  const resolveFile = (pathname: string): { file: string } | { problem: string } => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return { problem: 'the path is not valid percent-encoding' };
    }
    const target = join(dist, decoded);
    if (!target.startsWith(dist)) return { problem: 'the path leaves the site' };
    if (decoded.endsWith('/')) {
      return existsSync(join(target, 'index.html'))
        ? { file: relative(dist, join(target, 'index.html')) }
        : { problem: 'no page at this path' };
    }
    if (existsSync(target) && statSync(target).isFile()) return { file: relative(dist, target) };
    if (existsSync(join(target, 'index.html'))) {
      return { problem: 'missing trailing slash (the site uses trailingSlash: always)' };
    }
    return { problem: 'no file at this path' };
  };

  const problems: LinkProblem[] = [];
  let internal = 0;
  let external = 0;
  for (const file of files) {
    const page = pagePath(file);
    const base = new URL(page, siteOrigin);
    for (const reference of parsedFile(file).references) {
      const report = (problem: string) => problems.push({ page, reference, problem });
      if (reference === '') {
        report('empty URL');
        continue;
      }
      let url: URL;
      try {
        url = new URL(reference, base);
      } catch {
        report('not a valid URL');
        continue;
      }
      if (url.protocol === 'javascript:') {
        report('javascript: URLs are not allowed');
        continue;
      }
      if (IGNORED_SCHEMES.has(url.protocol)) continue;
      if (url.origin !== siteOrigin) {
        external++;
        continue;
      }
      internal++;
      const target = resolveFile(url.pathname);
      if ('problem' in target) {
        report(target.problem);
        continue;
      }
      if (url.hash === '' || !target.file.endsWith('.html')) {
        if (reference.endsWith('#')) report('empty fragment');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === 'top') continue;
      if (!parsedFile(target.file).ids.has(fragment)) {
        report(`no element with id "${fragment}" on ${pagePath(target.file)}`);
      }
    }
  }
  return { pages: files.length, internal, external, problems };
}

/** Sitemap URLs that name no page in dist. */
export function checkSitemap(dist: string, paths: readonly string[]): LinkProblem[] {
  return paths
    .filter(
      (path) =>
        !existsSync(join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '')),
    )
    .map((path) => ({ page: '/sitemap-0.xml', reference: path, problem: 'no page at this path' }));
}

/** One line per distinct broken reference, with how many pages hold it and the first of them. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
  const groups = new Map<string, LinkProblem[]>();
  for (const problem of problems) {
    const key = `${problem.reference} — ${problem.problem}`;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  return [...groups]
    .map(([key, group]) => {
      const pages = new Set(group.map((p) => p.page));
      const first = group[0]?.page ?? '';
      return pages.size === 1
        ? `${first}: ${key}`
        : `${first} and ${pages.size - 1} more pages: ${key}`;
    })
    .join('\n');
}
