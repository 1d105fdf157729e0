// Thin entry for `npm run audit`; the work is in src/lib/audit (see cli.ts for the options).
import { auditCli } from '../src/lib/audit/cli.ts';

try {
  const result = await auditCli(process.argv.slice(2), { cwd: process.cwd(), env: process.env });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} catch (error) {
  // Every mistake in the input is a message with an exit status; this is a bug in the audit.
  process.stderr.write(
    `核查程序内部错误（不是导出文件的问题，请报告给开发人员）：\n${(error as Error).stack ?? String(error)}\n`,
  );
  process.exitCode = 2;
}
