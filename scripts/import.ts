// Thin entry for `npm run import`; the work is in src/lib/import (see run.ts for the options).
import { importCli } from '../src/lib/import/run.ts';

try {
  const result = await importCli(process.argv.slice(2), { cwd: process.cwd(), env: process.env });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} catch (error) {
  // Every mistake in the input is a message with an exit status; this is a bug in the importer.
  process.stderr.write(
    `导入程序内部错误（不是导出文件的问题，请报告给开发人员）：\n${(error as Error).stack ?? String(error)}\n`,
  );
  process.exitCode = 2;
}
