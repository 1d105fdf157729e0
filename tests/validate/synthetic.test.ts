// The synthetic corpus behind the benchmark: deterministic, realistic in size, clean unless asked
// for faults; and the parallel engine (worker threads) reports exactly what the serial one does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../src/lib/synthetic/generate.ts';
import { validateContent, validateContentSync } from '../../src/lib/validate/engine.ts';
import { DATE } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'tongyuan-synthetic-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('synthetic corpus', () => {
  it('is the same for the same seed and different for another', () => {
    const a = generateCorpus({ guides: 50, seed: 7 });
    expect(generateCorpus({ guides: 50, seed: 7 })).toEqual(a);
    expect(generateCorpus({ guides: 50, seed: 8 })).not.toEqual(a);
  });

  it('has guides of realistic size: about 3–4 KB and 6–10 materials each', () => {
    const guides = [...generateCorpus({ guides: 200 }).entries()].filter(([path]) =>
      path.startsWith('guides/'),
    );
    expect(guides).toHaveLength(200);
    const bytes =
      guides.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0) / guides.length;
    expect(bytes).toBeGreaterThan(3000);
    expect(bytes).toBeLessThan(4500);
    const materials = guides.map(([, text]) => (text.match(/^ {2}- material: /gm) ?? []).length);
    expect(Math.min(...materials)).toBeGreaterThanOrEqual(6);
    expect(Math.max(...materials)).toBeLessThanOrEqual(10);
  });

  it('passes the validator when clean', () => {
    const root = join(dir, 'clean');
    writeCorpus(root, generateCorpus({ guides: 300 }));
    const result = validateContentSync({ date: DATE, root, cwd: dir });
    expect(result.findings).toEqual([]);
    expect(result.guides).toBe(300);
  });

  it('gets the same findings from two worker shards as from one thread', async () => {
    const root = join(dir, 'faulty');
    writeCorpus(root, generateCorpus({ guides: 300, faults: 0.1 }));
    const serial = validateContentSync({ date: DATE, root, cwd: dir });
    const parallel = await validateContent({ date: DATE, root, cwd: dir, threads: 2 });
    expect(serial.findings.length).toBeGreaterThan(20);
    expect(new Set(serial.findings.map((f) => f.code))).toEqual(
      new Set(['TY022', 'TY023', 'TY030']),
    );
    expect(parallel).toEqual(serial);
  });
});
