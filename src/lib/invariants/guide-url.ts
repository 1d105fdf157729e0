// Which site paths are guide pages. A guide's id is its path under `src/content/guides/` without
// `.md` (`civil-affairs/marriage-registration`) and its page is `guideUrl(id)`; only pages
// exactly two folders below `/guides/` are guide pages (`…/notice/` is the printable sheet).
import { guideUrl } from '../site/urls.ts';

export const guidePath = guideUrl;

/** The guide id of a site path, or undefined when the path is not a guide page. */
export function guideIdOfPath(path: string): string | undefined {
  const match = /^\/guides\/([^/]+)\/([^/]+)\/(?:index\.html)?$/.exec(path);
  return match ? `${match[1] ?? ''}/${match[2] ?? ''}` : undefined;
}
