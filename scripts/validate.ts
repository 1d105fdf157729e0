// Thin entry for `npm run validate`; the work is in src/lib/validate (see cli.ts for the options).
import { enableCompileCache } from 'node:module';
import { setFlagsFromString } from 'node:v8';

// Parsing thousands of guides makes many short-lived objects: a larger young generation spends
// less time collecting them (about 8% faster on 10,000 guides).
setFlagsFromString('--max-semi-space-size=32');

// Node caches the compiled (and type-stripped) modules between runs: it cuts start-up several
// times over, which matters when CI and editors run this on every change.
enableCompileCache();
const { runCli } = await import('../src/lib/validate/cli.ts');

try {
  const result = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY,
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} catch (error) {
  // Content mistakes never get here (they are findings); this is a bug in the validator itself.
  process.stderr.write(
    `同源内容检查程序内部错误（不是内容问题，请报告给开发人员）：\n${(error as Error).stack ?? String(error)}\n`,
  );
  process.exitCode = 2;
}
