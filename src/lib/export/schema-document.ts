// /data/schema.json: one JSON Schema document with the content model of every collection under
// $defs. Each guide in /data/guides.json carries the fields of $defs/guide (dates as strings)
// plus id, url, departmentName, body and checklists.
import { collectionJsonSchemas } from '../schemas/json-schema.ts';
import type { JsonSchema } from '../schemas/json-schema.ts';
import { absoluteUrl, siteRoutes } from '../site/urls.ts';

const DEF_NAMES = {
  guides: 'guide',
  departments: 'department',
  materials: 'material',
  abolished: 'abolished',
  topics: 'topic',
  site: 'site',
} as const;

export function schemaDocument(site: string | URL, title: string): JsonSchema {
  const $defs: Record<string, JsonSchema> = {};
  for (const [collection, schema] of Object.entries(collectionJsonSchemas())) {
    // Only the document root names the dialect.
    const rest = { ...schema };
    delete rest['$schema'];
    $defs[DEF_NAMES[collection as keyof typeof DEF_NAMES]] = rest;
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absoluteUrl(siteRoutes.schemaJson, site),
    title,
    $defs,
  };
}
