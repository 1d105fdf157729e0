// The complete catalogue rule list of the CLI and the build: the content rules plus the check that
// template and sample files exist under public/ (the only rule that needs the file system).
import type { CatalogueRule } from '../context.ts';
import { CONTENT_CATALOGUE_RULES } from './index.ts';
import { templatesExist } from './templates.ts';

export const CATALOGUE_RULES: readonly CatalogueRule[] = [
  ...CONTENT_CATALOGUE_RULES,
  templatesExist,
];
