// The real nginx for the deploy suites: availability (a failure with CI=true, a skip with a
// message otherwise, like Chromium), a start on a free loopback port, and raw HTTP requests that
// show exactly what nginx sent (fetch would decompress and hide Content-Encoding).
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import {
  findNginx,
  freePort,
  NginxPreviewError,
  startNginxPreview,
} from '../../src/lib/deploy/nginx-preview.ts';
import type { NginxPreview } from '../../src/lib/deploy/nginx-preview.ts';
import { BROTLI_STATIC_MODULE, DEBIAN_MODULES_DIR } from '../../src/lib/deploy/nginx-site.ts';

const isCi = () => process.env['CI'] === 'true' || process.env['CI'] === '1';

/** Whether nginx and its brotli module are installed; with CI=true their absence throws. */
export function nginxAvailable(): boolean {
  let problem: string | undefined;
  try {
    findNginx();
    const modules = process.env['NGINX_MODULES'] ?? DEBIAN_MODULES_DIR;
    if (!existsSync(join(modules, BROTLI_STATIC_MODULE))) {
      problem = `${BROTLI_STATIC_MODULE} is not in ${modules}`;
    }
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problem === undefined) return true;
  const message = `${problem}. Install them with \`apt-get install -y nginx libnginx-mod-http-brotli-static\`.`;
  if (isCi()) throw new Error(`${message} CI=true: the nginx suites are required.`);
  console.warn(`[nginx] SKIPPED: ${message}`);
  return false;
}

/** nginx with deploy/nginx/ on a free 127.0.0.1 port; a port taken in between is retried. */
export async function startNginx(siteDir: string): Promise<NginxPreview> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startNginxPreview({ siteDir, port: await freePort() });
    } catch (error) {
      const taken = error instanceof NginxPreviewError && /already in use/.test(error.message);
      if (!taken || attempt === 3) throw error;
    }
  }
}

export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The bytes as sent: still compressed when Content-Encoding says so. */
  readonly body: Buffer;
}

export function fetchRaw(
  origin: string,
  path: string,
  options: { method?: 'GET' | 'HEAD'; acceptEncoding?: string } = {},
): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const headers = options.acceptEncoding ? { 'accept-encoding': options.acceptEncoding } : {};
    const req = request(`${origin}${path}`, { method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}
