// Prints the nginx site file for a server, rendered from deploy/nginx/sites-available/ (see
// docs/deploy.md). The includes it names are deploy/nginx/tongyuan/, copied to /etc/nginx/.
//
//   npm run --silent nginx:site -- --server-name banshi.yunxi.example --root /srv/tongyuan/site \
//     [--listen 80] [--csp /etc/nginx/tongyuan/content-security-policy.conf]
import { parseArgs } from 'node:util';
import { renderSiteFile, TemplateError } from '../src/lib/deploy/nginx-site.ts';

const { values } = parseArgs({
  options: {
    'server-name': { type: 'string' },
    root: { type: 'string' },
    listen: { type: 'string', default: '80' },
    csp: { type: 'string', default: '/etc/nginx/tongyuan/content-security-policy.conf' },
  },
});

const serverName = values['server-name'];
if (!serverName || !values.root) {
  console.error(
    'Usage: npm run --silent nginx:site -- --server-name <host> --root <site folder on the server> [--listen 80] [--csp <file>]',
  );
  process.exit(2);
}

try {
  process.stdout.write(
    renderSiteFile({
      listen: values.listen,
      server_name: serverName,
      root: values.root,
      csp_map: values.csp,
    }),
  );
} catch (error) {
  if (!(error instanceof TemplateError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
