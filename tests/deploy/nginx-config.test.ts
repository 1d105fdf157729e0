// The configuration files themselves: the site file is a list of includes that all exist and
// leave none out, each include opens with a comment block saying what and why (H5BP's habit),
// no location adds headers (which would silently drop the server's), and the templates render
// only what they are given.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  INCLUDES_DIR,
  NGINX_TEMPLATE_DIR,
  renderPreviewMain,
  renderSiteFile,
  renderTemplate,
  SITE_TEMPLATE,
  TemplateError,
} from '../../src/lib/deploy/nginx-site.ts';

const includeFiles = readdirSync(join(NGINX_TEMPLATE_DIR, INCLUDES_DIR), {
  recursive: true,
  encoding: 'utf8',
})
  .filter((file) => file.endsWith('.conf'))
  .map((file) => `${INCLUDES_DIR}/${file.split('\\').join('/')}`)
  .sort();
const siteTemplate = readFileSync(join(NGINX_TEMPLATE_DIR, SITE_TEMPLATE), 'utf8');
const included = [...siteTemplate.matchAll(/^\s*include (tongyuan\/\S+);$/gm)]
  .map((m) => m[1])
  .sort();

describe('deploy/nginx/', () => {
  it('has a site file that includes every include file exactly once', () => {
    expect(includeFiles.length).toBeGreaterThan(10);
    expect(included).toEqual(includeFiles);
  });

  it.each(includeFiles)('%s opens with a comment block and a link to its spec', (file) => {
    const text = readFileSync(join(NGINX_TEMPLATE_DIR, file), 'utf8');
    const comment = text.split('\n').filter((line) => line.startsWith('#'));
    expect(text.startsWith('# ---')).toBe(true);
    expect(comment.length).toBeGreaterThanOrEqual(6);
    expect(comment.some((line) => /https:\/\//.test(line))).toBe(true);
  });

  it.each(includeFiles)('%s adds no header inside a location block', (file) => {
    const text = readFileSync(join(NGINX_TEMPLATE_DIR, file), 'utf8');
    const blocks = [...text.matchAll(/^location[^{]*\{([^}]*)\}/gm)].map((m) => m[1] ?? '');
    for (const block of blocks) expect(block).not.toMatch(/add_header/);
  });

  it('renders the site file with the values given and nothing else', () => {
    const site = renderSiteFile({
      listen: '443 ssl',
      server_name: 'banshi.yunxi.example',
      root: '/srv/tongyuan/site',
      csp_map: '/etc/nginx/tongyuan/content-security-policy.conf',
    });
    expect(site).toContain(
      '    listen 443 ssl;\n    server_name banshi.yunxi.example;\n    root "/srv/tongyuan/site";',
    );
    expect(site).toContain('include "/etc/nginx/tongyuan/content-security-policy.conf";');
    expect(site).not.toMatch(/\{\{\w+\}\}/);
  });

  it('refuses a missing value, an unused value and a value that could add a directive', () => {
    expect(() => renderTemplate('root {{root}};', {})).toThrow(
      new TemplateError('template: no value for {{root}}'),
    );
    expect(() => renderTemplate('root {{root}};', { root: '/srv', port: '80' })).toThrow(
      new TemplateError('template: no placeholder for {{port}}'),
    );
    expect(() => renderTemplate('root {{root}};', { root: '/srv; autoindex on' })).toThrow(
      new TemplateError(
        'template: the value of {{root}} ("/srv; autoindex on") is empty or holds one of ; { } " \' $ # \\ or a line break',
      ),
    );
  });

  it('renders a preview main configuration that writes only into its prefix', () => {
    const main = renderPreviewMain({
      prefix: '/tmp/p',
      siteFile: 'sites/tongyuan.conf',
      modulesDir: '/usr/lib/nginx/modules',
      runAsRoot: false,
    });
    expect(main).toContain('load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;');
    const paths = [
      ...main.matchAll(/^\s*(?:pid|error_log|access_log|\w+_temp_path) (\S+?)[;\s]/gm),
    ].map((m) => m[1]);
    expect(paths).toHaveLength(8);
    for (const path of paths) expect(path?.startsWith('/tmp/p/')).toBe(true);
    expect(main).not.toContain('user ');
  });
});
