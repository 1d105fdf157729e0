// Renders the site's Content-Security-Policy headers (site-policies.ts) as an nginx `map` from
// the request path to the header value, the include that
// deploy/nginx/tongyuan/security/content-security-policy.conf sends. The build writes it into the
// site folder it describes (NGINX_CSP_FILE), so the header always matches the pages beside it.
import { serializePolicy } from './csp-policy.ts';
import type { SitePolicies } from './site-policies.ts';

/** Where the build writes the include, relative to the built site (hidden: nginx never serves it). */
export const NGINX_CSP_FILE = '.nginx/content-security-policy.conf';

/** The nginx variable the map defines. */
export const CSP_VARIABLE = '$tongyuan_content_security_policy';

/** A folder name that is literal in an nginx regex, so the map key needs no escaping. */
function sectionKey(section: string): string {
  if (!/^[\w-]+$/.test(section)) {
    throw new Error(
      `The site folder /${section}/ needs a Content-Security-Policy of its own, but its name has characters other than letters, digits, _ and -; rename the folder.`,
    );
  }
  return `"~^/${section}/"`;
}

/** An nginx double-quoted string; a policy never holds `"`, `\` or `$`, and must not. */
function quoted(value: string): string {
  if (/["\\$]/.test(value)) {
    throw new Error(
      `A Content-Security-Policy contains ", \\ or $, which an nginx string cannot hold safely: ${value}`,
    );
  }
  return `"${value}"`;
}

export function renderNginxCspMap(policies: SitePolicies): string {
  const lines = [
    '# Content-Security-Policy per site section, generated at build time from the CSP <meta> of',
    '# the built pages (src/lib/deploy/site-policies.ts), plus frame-ancestors. Do not edit: every',
    '# `npm run build` (or `npm run deploy:files`) writes it again. See docs/deploy.md.',
    `#   default: ${policies.fallback.pages} page(s) in ${policies.fallback.sections.map((s) => (s ? `/${s}/` : '/')).join(' ')}`,
    ...policies.others.map(
      (other) =>
        `#   ${other.sections.map((s) => `/${s}/`).join(' ')}: ${other.pages} page(s), a policy of their own`,
    ),
    `map $uri ${CSP_VARIABLE} {`,
    `    default ${quoted(serializePolicy(policies.fallback.policy))};`,
  ];
  for (const other of policies.others) {
    const value = quoted(serializePolicy(other.policy));
    for (const section of other.sections) {
      lines.push(`    ${sectionKey(section)} ${value};`);
    }
  }
  lines.push('}', '');
  return lines.join('\n');
}
