import type { APIContext } from 'astro';
import { site } from '../../data/site.ts';
import { siteText } from '../../i18n/site.ts';
import { schemaDocument } from '../../lib/export/schema-document.ts';

export function GET(context: APIContext) {
  return new Response(
    JSON.stringify(
      schemaDocument(context.site ?? context.url, siteText.schemaTitle(site.siteName)),
      null,
      2,
    ),
    {
      headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
    },
  );
}
