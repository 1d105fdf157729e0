// Runs the production nginx configuration on loopback against a built site, without root: the
// configuration is rendered into a temporary prefix that also holds the pid, the logs and the
// temp folders, and nginx runs in the foreground (`daemon off`) as a child of this process.
// `npm run serve:nginx` and the deploy test suite both start it from here.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { NGINX_CSP_FILE } from './nginx-csp.ts';
import {
  BROTLI_STATIC_MODULE,
  DEBIAN_MODULES_DIR,
  INCLUDES_DIR,
  NGINX_TEMPLATE_DIR,
  renderPreviewMain,
  renderSiteFile,
} from './nginx-site.ts';

export const LOOPBACK = '127.0.0.1';

export class NginxPreviewError extends Error {
  override name = 'NginxPreviewError';
}

const INSTALL_HINT =
  'Install it with `apt-get install -y nginx libnginx-mod-http-brotli-static` (Debian), or set NGINX=/path/to/nginx and NGINX_MODULES=/path/to/modules.';

/** The nginx binary: $NGINX, else `nginx` on PATH or in /usr/sbin (not on a user's PATH). */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env['NGINX'];
  const candidates = explicit
    ? [explicit]
    : [...(env['PATH'] ?? '').split(delimiter).filter(Boolean), '/usr/sbin'].map((dir) =>
        join(dir, 'nginx'),
      );
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  throw new NginxPreviewError(`nginx was not found (${candidates.join(', ')}). ${INSTALL_HINT}`);
}

export interface NginxPreviewOptions {
  /** The built site (dist/). */
  readonly siteDir: string;
  readonly port: number;
  /** Where `ngx_http_brotli_static_module.so` is; Debian's folder unless NGINX_MODULES says. */
  readonly modulesDir?: string;
  readonly nginx?: string;
  readonly templateDir?: string;
}

export interface NginxPreview {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly origin: string;
  readonly prefix: string;
  /** The last lines of nginx's error log (in the prefix, until `stop()`). */
  errorLogTail(): string;
  /** Stops nginx (SIGTERM, then SIGKILL after 5 s) and removes the prefix. */
  stop(): Promise<void>;
  /** Settles when nginx exits, with its exit code (or the signal's name). */
  readonly exited: Promise<number | string>;
}

/** Resolves when something accepts TCP connections on host:port. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => {
      done(false);
    });
  });
}

const tail = (file: string) =>
  existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').slice(-20).join('\n') : '';

/** Writes the preview's configuration into a new temporary prefix; returns the prefix. */
export function preparePreview(options: NginxPreviewOptions): string {
  const siteDir = resolve(options.siteDir);
  const templateDir = options.templateDir ?? NGINX_TEMPLATE_DIR;
  const modulesDir = options.modulesDir ?? process.env['NGINX_MODULES'] ?? DEBIAN_MODULES_DIR;
  const csp = join(siteDir, NGINX_CSP_FILE);
  if (!existsSync(join(siteDir, 'index.html'))) {
    throw new NginxPreviewError(
      `${siteDir} holds no built site (no index.html). Run \`npm run build\` first.`,
    );
  }
  if (!existsSync(csp)) {
    throw new NginxPreviewError(
      `${csp} is missing: it is written by the build's last step. Run \`npm run build\` (or \`npm run deploy:files -- --dist ${options.siteDir}\`).`,
    );
  }
  if (!existsSync(join(modulesDir, BROTLI_STATIC_MODULE))) {
    throw new NginxPreviewError(
      `The brotli_static module is not in ${modulesDir}. ${INSTALL_HINT}`,
    );
  }
  const prefix = mkdtempSync(join(tmpdir(), 'tongyuan-nginx-'));
  mkdirSync(join(prefix, 'temp'));
  mkdirSync(join(prefix, 'sites'));
  // The includes are copied, not linked: the preview runs exactly the files a server gets.
  cpSync(join(templateDir, INCLUDES_DIR), join(prefix, INCLUDES_DIR), { recursive: true });
  const siteFile = join('sites', 'tongyuan.conf');
  writeFileSync(
    join(prefix, siteFile),
    renderSiteFile(
      {
        listen: `${LOOPBACK}:${options.port}`,
        server_name: 'localhost',
        root: siteDir,
        csp_map: csp,
      },
      templateDir,
    ),
  );
  writeFileSync(
    join(prefix, 'nginx.conf'),
    renderPreviewMain({ prefix, siteFile, modulesDir, runAsRoot: process.getuid?.() === 0 }),
  );
  return prefix;
}

/**
 * Starts nginx with the configuration of deploy/nginx/ on 127.0.0.1:`port` and resolves once it
 * accepts connections; rejects with the error log's last lines when it does not start.
 */
export async function startNginxPreview(options: NginxPreviewOptions): Promise<NginxPreview> {
  const nginx = options.nginx ?? findNginx();
  // Another server on the port would answer the readiness check below in nginx's place.
  if (await accepts(LOOPBACK, options.port)) {
    throw new NginxPreviewError(
      `${LOOPBACK}:${options.port} is already in use by another server; choose another port (--port).`,
    );
  }
  const prefix = preparePreview(options);
  const errorLog = join(prefix, 'error.log');
  const child: ChildProcess = spawn(
    nginx,
    ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', errorLog, '-g', 'daemon off;'],
    { stdio: ['ignore', 'inherit', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  // Mutated by the exit handler, so kept in an object the type checker does not narrow.
  const state = { running: true };
  const exited = new Promise<number | string>((done) => {
    child.once('exit', (code, signal) => {
      done(code ?? signal ?? 'unknown');
    });
    child.once('error', (error) => {
      done(error.message);
    });
  }).finally(() => {
    state.running = false;
  });

  const stop = async () => {
    if (state.running) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(prefix, { recursive: true, force: true });
  };

  const deadline = Date.now() + 10_000;
  while (state.running && Date.now() < deadline) {
    if (await accepts(LOOPBACK, options.port)) {
      return {
        origin: `http://${LOOPBACK}:${options.port}`,
        prefix,
        errorLogTail: () => tail(errorLog),
        stop,
        exited,
      };
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  const why = [stderr.trim(), tail(errorLog)].filter(Boolean).join('\n') || 'no message';
  const outcome = state.running ? 'not listening after 10 s' : `exited: ${String(await exited)}`;
  await stop();
  throw new NginxPreviewError(
    `nginx did not start on ${LOOPBACK}:${options.port} (${outcome}):\n${why}`,
  );
}

/** A port on 127.0.0.1 that nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        done(port);
      });
    });
  });
}
