// A file name for a new guide. Editors may give one (`--slug`); otherwise the title's pinyin,
// which is always a valid id even if long. Ids are lowercase kebab-case (see schemas/common.ts).
import { pinyin } from 'pinyin-pro';
import { ID_PATTERN } from '../schemas/common.ts';

export function slugFromTitle(title: string): string {
  const words = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return words
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const isValidSlug = (slug: string): boolean => ID_PATTERN.test(slug);
