// The HTML files of a built site, relative to its root, sorted.
import { readdirSync } from 'node:fs';

export const htmlFiles = (dist: string): string[] =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
