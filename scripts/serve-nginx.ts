// A production-like preview: the nginx configuration of deploy/nginx/ serving the built site on
// loopback, in the foreground, until Ctrl-C or SIGTERM. Needs Debian's nginx and
// libnginx-mod-http-brotli-static, not root (src/lib/deploy/nginx-preview.ts).
//
//   npm run serve:nginx [-- --port 8080] [--dist dist]
import { parseArgs } from 'node:util';
import { NginxPreviewError, startNginxPreview } from '../src/lib/deploy/nginx-preview.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    dist: { type: 'string', default: process.env['TONGYUAN_DIST'] ?? 'dist' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number (1–65535), not "${values.port}".`);
  process.exit(2);
}

try {
  const preview = await startNginxPreview({ siteDir: values.dist, port });
  console.log(`nginx serves ${values.dist}/ at ${preview.origin}/ (Ctrl-C stops it)`);
  console.log(`configuration and logs: ${preview.prefix}`);
  // Set by the signal handlers, so kept in an object the type checker does not narrow.
  const state = { stopping: false };
  const stop = () => {
    if (state.stopping) return;
    state.stopping = true;
    void preview.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await preview.exited;
  // Ctrl-C reaches nginx too (same process group); let our own handler run first.
  await new Promise((wait) => setTimeout(wait, 200));
  if (!state.stopping) {
    console.error(`nginx exited on its own (${String(code)}):\n${preview.errorLogTail()}`);
    process.exitCode = 1;
    await preview.stop();
  }
} catch (error) {
  if (!(error instanceof NginxPreviewError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
