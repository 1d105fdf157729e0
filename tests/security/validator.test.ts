// The validator on the hostile corpus: each attack it must refuse is refused with its code and
// a located finding; text that is harmless once escaped passes (the build test checks the
// escaping).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lib/validate/finding.ts';
import { HOSTILE_CASES } from './cases.ts';
import { validateHostile } from './corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
const verdicts = validateHostile(dir);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const errorCodes = (findings: readonly Finding[]) =>
  [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.code))].sort();

describe('the validator on hostile guides', () => {
  const refused = HOSTILE_CASES.filter((c) => c.validator !== 'accepted');
  const accepted = HOSTILE_CASES.filter((c) => c.validator === 'accepted');

  it.each(refused.map((c) => [c.id, c.attack, c] as const))('refuses %s (%s)', (id, _attack, c) => {
    const findings = verdicts.get(id) ?? [];
    expect(errorCodes(findings)).toEqual(
      expect.arrayContaining([...(c.validator as readonly string[])]),
    );
    for (const finding of findings) {
      expect(finding.line).toBeGreaterThan(0);
      expect(finding.message).not.toMatch(/\n\s+at /);
    }
  });

  it.each(accepted.map((c) => [c.id, c.attack] as const))('lets %s through (%s)', (id) => {
    expect(errorCodes(verdicts.get(id) ?? [])).toEqual([]);
  });
});
