// /admin/, the web editor (Decap CMS). Not an Astro page: it has its own Content-Security-Policy,
// which Astro's site-wide CSP would otherwise replace, and it is no page of the public site (not
// in the sitemap, search index, feed or build invariants). `npm run build` writes its files into
// dist/admin/ once Astro has exited (writeAdminFiles, scripts/build.ts); this integration is the
// dev server's side (npm run cms): the same files, regenerated per request.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_DIR } from '../lib/cms/admin-page.ts';
import { adminFiles } from '../lib/cms/admin-files.ts';
import { mimeTypeOf } from '../lib/cms/mime.ts';

export default function adminIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'tongyuan:admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          const prefix = `/${ADMIN_DIR}/`;
          if (url.pathname === `/${ADMIN_DIR}`) {
            res.writeHead(301, { location: prefix }).end();
            return;
          }
          if (!url.pathname.startsWith(prefix)) {
            next();
            return;
          }
          const name = url.pathname.slice(prefix.length) || 'index.html';
          adminFiles(root)
            .then((files) => {
              const file = files.find((f) => f.name === name);
              if (!file) {
                next();
                return;
              }
              res.writeHead(200, { 'content-type': mimeTypeOf(name), 'cache-control': 'no-cache' });
              res.end(file.contents);
            })
            .catch(next);
        });
      },
    },
  };
}
