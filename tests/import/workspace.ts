// A scratch project per test: the district fixture as its content root (src/content) and the
// test exports under exports/, so reports show the same short paths on every machine.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FIXTURE = join(import.meta.dirname, 'fixtures', 'district');

export interface Workspace {
  readonly cwd: string;
  write(path: string, bytes: Uint8Array | string): string;
  /** Every file under src/content, path → text: to compare whole trees. */
  tree(): Map<string, string>;
  remove(): void;
}

export function workspace(): Workspace {
  const cwd = mkdtempSync(join(tmpdir(), 'tongyuan-import-test-'));
  cpSync(FIXTURE, join(cwd, 'src', 'content'), { recursive: true });
  return {
    cwd,
    write(path, bytes) {
      mkdirSync(dirname(join(cwd, path)), { recursive: true });
      writeFileSync(join(cwd, path), bytes);
      return path;
    },
    tree() {
      const root = join(cwd, 'src', 'content');
      const files = readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
        .sort();
      return new Map(files.map((f) => [f.slice(root.length + 1), readFileSync(f, 'utf8')]));
    },
    remove() {
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

export const DATE = ['--date', '2026-11-20'] as const;
