// `npm run cms`: local editing in the web editor. Starts decap-server (Decap's local backend) on
// loopback port 8081 and the Astro dev site, then prints the address of /admin/.
//
// By default decap-server runs in MODE=fs: saves are written straight into src/content/ of this
// working copy (Decap then uses simple publishing), and you commit them yourself. With
// `npm run cms -- --git` it runs in MODE=git: every save is a local branch cms/<collection>/<slug>
// and "publish" merges it into the current branch, as the editorial workflow does on a forge.
// Careful: in git mode decap-server commits with `git add .`, so start from a clean working tree.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { git: { type: 'boolean', default: false }, port: { type: 'string', default: '8081' } },
});
const root = resolve(import.meta.dirname, '..');
const children: ChildProcess[] = [];
const run = (command: string, args: string[], env: NodeJS.ProcessEnv) => {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  children.push(child);
  child.once('exit', (code) => {
    for (const other of children) if (other !== child) other.kill();
    process.exitCode = code ?? 0;
  });
};

run(process.execPath, [createRequire(import.meta.url).resolve('decap-server')], {
  MODE: values.git ? 'git' : 'fs',
  GIT_REPO_DIRECTORY: root,
  PORT: values.port,
  BIND_HOST: '127.0.0.1',
});
run(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'dev'], {
  ASTRO_TELEMETRY_DISABLED: '1',
});
const query = values.port === '8081' ? '' : `?proxy_port=${values.port}`;
console.log(
  `\n网页编辑器：http://localhost:4321/admin/${query}（decap-server ${values.git ? 'MODE=git' : 'MODE=fs'}，端口 ${values.port}；按 Ctrl+C 退出）\n`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of children) child.kill(signal);
  });
}
