// The Decap CMS configuration, generated from the collection list and the zod schemas; never
// written by hand. Built into /admin/config.json; a test compares the built file with this.
import { LOCAL_ONLY } from './backends.ts';
import type { BackendConfig } from './backends.ts';
import { CMS_COLLECTIONS, CONTENT_DIR } from './collections.ts';
import type { CmsCollection } from './collections.ts';
import { fieldsOf } from './fields.ts';
import type { CmsField } from './fields.ts';

/** The Decap format name of a collection's files (registered by the admin script). */
export const formatName = (collection: CmsCollection): string => `tongyuan-${collection.name}`;

const BODY_FIELD: CmsField = {
  name: 'body',
  label: '正文',
  widget: 'markdown',
  required: false,
  hint: '通俗说明和常见问题，用 Markdown 书写；不能写 HTML 或脚本。',
  // The raw editor first: guides are plain Markdown and the rich editor rewrites spacing.
  modes: ['raw', 'rich_text'],
  sanitize_preview: true,
};

export function collectionConfig(collection: CmsCollection) {
  const fields = [
    ...fieldsOf(collection.schema, collection.name),
    ...(collection.body ? [BODY_FIELD] : []),
  ];
  if (collection.file) {
    // One file (the site file): a Decap file collection with one entry.
    return {
      name: collection.name,
      label: collection.label,
      delete: false,
      files: [
        {
          name: collection.name,
          label: collection.labelSingular,
          file: `${CONTENT_DIR}/${collection.file}`,
          format: formatName(collection),
          fields,
        },
      ],
    };
  }
  return {
    name: collection.name,
    label: collection.label,
    label_singular: collection.labelSingular,
    folder: `${CONTENT_DIR}/${collection.name}`,
    extension: collection.extension,
    format: formatName(collection),
    create: true,
    delete: false,
    identifier_field: collection.identifierField,
    summary: collection.summary,
    slug: collection.slug,
    ...(collection.path ? { path: collection.path } : {}),
    fields,
  };
}

export interface CmsConfigOptions {
  readonly backend?: BackendConfig;
  /** The public site, for the "view live" link. */
  readonly siteUrl?: string;
}

export function cmsConfig(options: CmsConfigOptions = {}) {
  return {
    // The admin script supplies the config (CMS.init), so Decap must not fetch config.yml.
    load_config_file: false,
    backend: { ...(options.backend ?? LOCAL_ONLY) },
    // Every save is a branch cms/<collection>/<slug> and a pull request; publishing merges it.
    publish_mode: 'editorial_workflow',
    // On localhost a running decap-server (npm run cms) is used instead of the forge.
    local_backend: true,
    locale: 'zh_Hans',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // Material templates and samples live under public/ (see materialSchema).
    media_folder: 'public/files',
    public_folder: '/files',
    // File names are ASCII ids (the validator requires it): no Chinese in slugs.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: CMS_COLLECTIONS.map(collectionConfig),
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;
export type CollectionConfig = ReturnType<typeof collectionConfig>;

/** The fields of a collection's entries, for a folder or a one-file collection. */
export const collectionFields = (collection: CollectionConfig): readonly CmsField[] =>
  'files' in collection ? (collection.files[0]?.fields ?? []) : collection.fields;

/** The text of /admin/config.json. */
export const cmsConfigJson = (options: CmsConfigOptions = {}): string =>
  `${JSON.stringify(cmsConfig(options), null, 2)}\n`;
