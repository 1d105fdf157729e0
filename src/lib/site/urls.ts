// Every site URL in one place, so pages, feeds, the sitemap and open data link the same way.
// Guide ids are `<department>/<slug>`, so a guide's URL is its id under /guides/.

export const guideUrl = (guideId: string): string => `/guides/${guideId}/`;
export const noticeUrl = (guideId: string): string => `/guides/${guideId}/notice/`;
export const departmentUrl = (departmentId: string): string => `/departments/${departmentId}/`;
export const topicUrl = (topicId: string): string => `/topics/${topicId}/`;
export const materialUrl = (materialId: string): string => `/materials/#material-${materialId}`;

export const siteRoutes = {
  home: '/',
  guides: '/guides/',
  search: '/search/',
  departments: '/departments/',
  topics: '/topics/',
  materials: '/materials/',
  abolished: '/abolished/',
  stats: '/stats/',
  data: '/data/',
  accessibility: '/accessibility/',
  feed: '/rss.xml',
  sitemap: '/sitemap-index.xml',
  admin: '/admin/',
  guidesJson: '/data/guides.json',
  guidesCsv: '/data/guides.csv',
  guidesXlsx: '/data/guides.xlsx',
  schemaJson: '/data/schema.json',
} as const;

/** Splits a guide id into the route params of `src/pages/guides/[department]/[slug]/`. */
export function guideParams(guideId: string): { department: string; slug: string } {
  const slash = guideId.indexOf('/');
  return { department: guideId.slice(0, slash), slug: guideId.slice(slash + 1) };
}

/** Absolute URL on the published site, for feeds, JSON-LD and open data. */
export const absoluteUrl = (path: string, site: string | URL): string => new URL(path, site).href;

/** Only http(s) links leave the site; they open with `rel="noopener noreferrer"`. */
export const isExternal = (href: string): boolean => /^https?:\/\//i.test(href);
