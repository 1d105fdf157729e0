// /admin/: the web editor's page and its Content-Security-Policy. Decap CMS needs 'unsafe-eval'
// (its bundle compiles code at run time) and inline styles (emotion injects <style> elements), so
// /admin/ has its own policy; the public pages keep theirs. The page carries it in a meta tag, and
// the nginx header for /admin/ is derived from that tag (src/lib/deploy/).
import type { BackendConfig } from './backends.ts';

/** The folder of the web editor in the built site. */
export const ADMIN_DIR = 'admin';

/** Decap's prebuilt bundle, served from our own files (no CDN). */
export const DECAP_BUNDLE = 'decap-cms.js';
/** Our script: custom formats, the validator before every save, previews, CMS.init. */
export const ADMIN_SCRIPT = 'tongyuan-cms.js';
export const CONFIG_FILE = 'config.json';
export const CATALOGUE_FILE = 'catalogue.json';

const apiRoot = (backend: BackendConfig): string | undefined =>
  typeof backend['api_root'] === 'string' ? backend['api_root'] : undefined;

/** Where the forge's API lives, for connect-src. */
function forgeOrigins(backend: BackendConfig): string[] {
  switch (backend.name) {
    case 'github':
      return ['https://api.github.com'];
    case 'gitlab':
      return [new URL(apiRoot(backend) ?? 'https://gitlab.com').origin];
    case 'forgejo':
      return [new URL(apiRoot(backend) ?? 'https://invalid.example').origin];
    case 'proxy':
      // decap-server on loopback, which connect-src always allows.
      return [];
  }
}

export function adminCsp(backend: BackendConfig): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // decap-server for local editing (npm run cms) listens on loopback.
    `connect-src 'self' blob: ${forgeOrigins(backend).join(' ')} http://localhost:* http://127.0.0.1:*`,
    // The preview pane is an iframe of this page.
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The whole HTML of /admin/index.html. Our script comes first: it sets CMS_MANUAL_INIT. */
export function adminPage(csp: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${escapeAttribute(csp)}">
<meta name="robots" content="noindex, nofollow">
<title>办事指南编辑 · 同源</title>
<script src="${ADMIN_SCRIPT}"></script>
<script src="${DECAP_BUNDLE}"></script>
</head>
<body>
<noscript>网页编辑器需要启用 JavaScript。也可以直接在代码托管平台上修改 src/content/ 中的文件。</noscript>
</body>
</html>
`;
}
