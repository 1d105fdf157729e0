// The two sides of an audit from disk: an export (read and mapped by the importer, matched to
// our catalogue, nothing written) or a content folder (our corpus).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from '../corpus/load.ts';
import type { Catalogue } from '../corpus/load.ts';
import { planImport } from '../import/build.ts';
import { importContext, readInput } from '../import/run.ts';
import { readSheets } from '../import/sheets.ts';
import type { BuildDate } from '../validate/date.ts';
import type { AuditSide } from './compare.ts';

export const isFolder = (cwd: string, path: string): boolean => {
  const abs = resolve(cwd, path);
  return existsSync(abs) && statSync(abs).isDirectory();
};

/** Our corpus: every guide that loads (the validator reports the others). */
export function corpusSide(cwd: string, root: string): { side: AuditSide; catalogue: Catalogue } {
  const { corpus, catalogue } = loadCorpus({ cwd, root });
  return {
    catalogue,
    side: {
      summary: { source: root, unreadable: [] },
      guides: corpus.guides,
      departments: new Map([...corpus.departments].map(([id, d]) => [id, d.data])),
      materialNames: new Map([...corpus.materials].map(([id, m]) => [id, m.data.name])),
    },
  };
}

/** An export, read exactly as `npm run import` reads it, against the catalogue of `root`. */
export async function exportSide(
  cwd: string,
  file: string,
  root: string,
  date: BuildDate,
): Promise<AuditSide> {
  const reading = readSheets(await readInput(cwd, file));
  const context = importContext(cwd, resolve(cwd, root));
  const plan = planImport(reading, context, { date: date.value });
  return {
    summary: { source: file, unreadable: plan.skipped },
    guides: plan.items.map((item) => ({ id: item.id, data: item.data, body: item.body })),
    departments: new Map([
      ...[...context.departments].map(([id, d]) => [id, d.data] as const),
      ...plan.departments,
    ]),
    materialNames: new Map([
      ...[...context.materials].map(([id, m]) => [id, m.data.name] as const),
      ...[...plan.materials].map(([id, m]) => [id, m.name] as const),
    ]),
  };
}
