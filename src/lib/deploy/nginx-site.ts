// Renders the nginx configuration from the templates in deploy/nginx/: the site file (for a
// server, `npm run nginx:site`) and, for the local preview and the tests, a whole main
// configuration that needs no root: pid, temp folders and logs in a private prefix.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** deploy/nginx/ of this checkout. */
export const NGINX_TEMPLATE_DIR = resolve(import.meta.dirname, '../../../deploy/nginx');

/** The site file template, relative to NGINX_TEMPLATE_DIR. */
export const SITE_TEMPLATE = 'sites-available/tongyuan.conf';

/** The includes' folder, relative to NGINX_TEMPLATE_DIR; on a server, /etc/nginx/tongyuan/. */
export const INCLUDES_DIR = 'tongyuan';

/** Where Debian's libnginx-mod-http-brotli-static puts its module. */
export const DEBIAN_MODULES_DIR = '/usr/lib/nginx/modules';
export const BROTLI_STATIC_MODULE = 'ngx_http_brotli_static_module.so';

export interface SiteValues {
  /** `listen` parameters: `80`, `127.0.0.1:8080`, `443 ssl`. */
  readonly listen: string;
  /** The site's host name(s), e.g. `banshi.example.gov.cn` (from the site's URL). */
  readonly server_name: string;
  /** The built site on the server (absolute). */
  readonly root: string;
  /** The generated Content-Security-Policy map (absolute). */
  readonly csp_map: string;
}

export class TemplateError extends Error {
  override name = 'TemplateError';
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * Fills `{{name}}` placeholders. A placeholder without a value, a value without a placeholder and
 * a value that could end or open an nginx directive (`;`, `{`, `}`, quotes, `$`, `#`, line
 * breaks) are errors, so a rendered file never holds more than the template said.
 */
export function renderTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
  where = 'template',
): string {
  const used = new Set<string>();
  const rendered = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new TemplateError(`${where}: no value for {{${name}}}`);
    }
    if (value === '' || /[;{}"'$#\\\r\n]/.test(value)) {
      throw new TemplateError(
        `${where}: the value of {{${name}}} (${JSON.stringify(value)}) is empty or holds one of ; { } " ' $ # \\ or a line break`,
      );
    }
    used.add(name);
    return value;
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0) {
    throw new TemplateError(
      `${where}: no placeholder for ${unused.map((n) => `{{${n}}}`).join(', ')}`,
    );
  }
  return rendered;
}

export function renderSiteFile(values: SiteValues, templateDir = NGINX_TEMPLATE_DIR): string {
  const template = readFileSync(join(templateDir, SITE_TEMPLATE), 'utf8');
  return renderTemplate(template, { ...values }, SITE_TEMPLATE);
}

export interface PreviewMainValues {
  /** The private prefix: the rendered files, pid, logs, temp folders. */
  readonly prefix: string;
  /** The rendered site file, relative to the prefix. */
  readonly siteFile: string;
  readonly modulesDir: string;
  /** Workers of a master started by root drop to `nobody`, who may not read a checkout under /root. */
  readonly runAsRoot: boolean;
}

/** The main nginx.conf of a preview: what Debian's /etc/nginx/nginx.conf is on a server. */
export function renderPreviewMain(values: PreviewMainValues): string {
  const { prefix } = values;
  return [
    '# The local preview of `npm run serve:nginx` (src/lib/deploy/nginx-site.ts): no root needed,',
    "# everything nginx writes stays in this temporary prefix. On a server, Debian's",
    '# /etc/nginx/nginx.conf plays this part and loads the brotli module from modules-enabled/.',
    `load_module ${join(values.modulesDir, BROTLI_STATIC_MODULE)};`,
    ...(values.runAsRoot ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'error.log')} warn;`,
    '',
    'events {',
    '    worker_connections 256;',
    '}',
    '',
    'http {',
    `    access_log ${join(prefix, 'access.log')};`,
    `    client_body_temp_path ${join(prefix, 'temp', 'client_body')};`,
    `    proxy_temp_path ${join(prefix, 'temp', 'proxy')};`,
    `    fastcgi_temp_path ${join(prefix, 'temp', 'fastcgi')};`,
    `    uwsgi_temp_path ${join(prefix, 'temp', 'uwsgi')};`,
    `    scgi_temp_path ${join(prefix, 'temp', 'scgi')};`,
    '    sendfile on;',
    '    tcp_nopush on;',
    `    include ${values.siteFile};`,
    '}',
    '',
  ].join('\n');
}
