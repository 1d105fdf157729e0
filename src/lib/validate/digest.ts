// The digest of one content file as the validator's result cache keys it (cache.ts). One function
// for the loader (which records it while reading) and for the look-up (which reads every file
// again), so the two can only agree when the bytes are the same.
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** SHA-1 of the bytes: accidental collisions are what matters here, and it is the fastest. */
export const contentDigest = (bytes: Uint8Array): string => hash('sha1', bytes);

/** A file that could not be read has no bytes: its error code stands in for them. */
export const unreadableDigest = (error: unknown): string =>
  `!${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`;

export function fileDigest(file: string): string {
  try {
    return contentDigest(readFileSync(file));
  } catch (error) {
    return unreadableDigest(error);
  }
}
