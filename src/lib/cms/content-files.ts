// Every file of src/content/ with the collection it belongs to, and whether it is already in the
// canonical form the web editor writes (format.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CMS_COLLECTIONS } from './collections.ts';
import type { CmsCollection } from './collections.ts';
import { entryFile, FormatError, readEntry } from './format.ts';

export interface ContentFileCheck {
  /** Path relative to the content root, with forward slashes. */
  readonly file: string;
  readonly collection: CmsCollection;
  readonly text: string;
  /** The canonical text, or the reason the file could not be read (the validator says more). */
  readonly canonical: string | { readonly error: string };
}

export function checkContentFiles(root: string): ContentFileCheck[] {
  return CMS_COLLECTIONS.flatMap((collection) => {
    const dir = collection.file ? root : join(root, collection.name);
    const files = collection.file
      ? existsSync(join(root, collection.file))
        ? [collection.file]
        : []
      : readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith(`.${collection.extension}`))
          .sort();
    return files.map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      let canonical: ContentFileCheck['canonical'];
      try {
        canonical = entryFile(collection, readEntry(collection, text));
      } catch (error) {
        if (!(error instanceof FormatError)) throw error;
        canonical = { error: error.message };
      }
      const relative = file.split('\\').join('/');
      return {
        file: collection.file ? relative : `${collection.name}/${relative}`,
        collection,
        text,
        canonical,
      };
    });
  });
}
