// The HTML files of the public site, relative to its root, sorted. /admin/ (the web editor, a
// Decap CMS single-page app with its own CSP) is not a page of the site and is checked by
// tests/cms/admin-build.site.test.ts instead.
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { ADMIN_DIR } from '../../src/lib/cms/admin-page.ts';

export const isAdminFile = (file: string): boolean => file.startsWith(`${ADMIN_DIR}${sep}`);

export const htmlFiles = (dist: string): string[] =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !isAdminFile(file))
    .sort();
