import type { APIContext } from 'astro';
import { siteText } from '../../i18n/site.ts';
import { schemaDocument } from '../../lib/export/schema-document.ts';

export function GET(context: APIContext) {
  return new Response(
    JSON.stringify(schemaDocument(context.site ?? context.url, siteText.schemaTitle), null, 2),
    {
      headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
    },
  );
}
