// The policy per section, end to end: a small site with a web editor under /admin/ whose page
// needs 'unsafe-eval' and inline styles (as Decap CMS does) goes through the same last build step
// (writeDeployFiles) and the real nginx. The editor gets its own header without anyone naming it;
// the public pages keep theirs.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDeployFiles } from '../../src/lib/deploy/deploy-files.ts';
import { NGINX_CSP_FILE } from '../../src/lib/deploy/nginx-csp.ts';
import type { NginxPreview } from '../../src/lib/deploy/nginx-preview.ts';
import { fetchRaw, nginxAvailable, startNginx } from './nginx-server.ts';

describe.skipIf(!nginxAvailable())('a site with a web editor under /admin/', () => {
  let site: string;
  let nginx: NginxPreview;
  const csp = async (path: string) =>
    String((await fetchRaw(nginx.origin, path)).headers['content-security-policy']);

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'section-policies-'));
    cpSync(join(import.meta.dirname, 'fixtures', 'with-admin'), site, { recursive: true });
    await writeDeployFiles(site);
    nginx = await startNginx(site);
  });
  afterAll(async () => {
    await nginx.stop();
    rmSync(site, { recursive: true, force: true });
  });

  it('writes the generated include into the site folder', () => {
    expect(readFileSync(join(site, NGINX_CSP_FILE), 'utf8')).toMatch(
      /^# Content-Security-Policy per site section/,
    );
  });

  it('sends the editor its own policy, for its page and its files', async () => {
    const admin =
      "default-src 'self'; img-src 'self' data: blob:; connect-src 'self'; script-src 'self' 'unsafe-eval' 'sha256-CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC='; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
    expect(await csp('/admin/')).toBe(admin);
    expect(await csp('/admin/config.yml')).toBe(admin);
    expect((await fetchRaw(nginx.origin, '/admin/config.yml')).headers['content-type']).toBe(
      'application/yaml; charset=utf-8',
    );
  });

  it('keeps the public policy, with no unsafe source, everywhere else', async () => {
    const home = await csp('/');
    expect(home).toContain("'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='");
    expect(home).toContain("'sha256-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB='");
    expect(home).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect(await csp('/guides/civil-affairs/marriage/')).toBe(home);
    // A missing page is answered by /404.html, a public page, even under /admin/.
    expect(await csp('/admin/no-such-page/')).toBe(home);
  });
});
