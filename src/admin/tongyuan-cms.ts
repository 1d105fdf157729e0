// The web editor's own script (bundled into /admin/tongyuan-cms.js by src/integrations/admin.ts).
// It runs before Decap's bundle to ask for manual initialisation, then registers the canonical
// file formats, the validator before every save and the checklist preview, and starts Decap with
// the generated configuration. Everything it decides comes from src/lib/cms.
import { parseCatalogue } from '../lib/cms/catalogue-json.ts';
import type { BrowserCatalogue } from '../lib/cms/catalogue-json.ts';
import { CMS_COLLECTIONS, CONTENT_DIR } from '../lib/cms/collections.ts';
import { collectionFields, formatName } from '../lib/cms/config.ts';
import type { CmsConfig } from '../lib/cms/config.ts';
import { CATALOGUE_FILE, CONFIG_FILE } from '../lib/cms/admin-page.ts';
import { fieldLabelPath } from '../lib/cms/field-labels.ts';
import type { CmsField } from '../lib/cms/fields.ts';
import { entryFile, readEntry } from '../lib/cms/format.ts';
import type { EntryData } from '../lib/cms/format.ts';
import { checklistPreview } from '../lib/cms/preview.ts';
import type { PreviewNode } from '../lib/cms/preview.ts';
import { validateEntry } from '../lib/cms/validate-entry.ts';
import type { EntryFinding } from '../lib/cms/validate-entry.ts';
import { today } from '../lib/validate/date.ts';

interface ImmutableMap {
  get(key: string): unknown;
  toJS(): Record<string, unknown>;
}
type CreateElement = (
  tag: string,
  props: Record<string, unknown> | null,
  ...children: unknown[]
) => unknown;
interface DecapCms {
  init(options: { config: unknown }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(text: string): unknown; toFile(data: EntryData): string },
  ): void;
  registerEventListener(listener: {
    name: 'preSave';
    handler: (event: { entry: ImmutableMap }) => unknown;
  }): void;
  registerPreviewTemplate(
    collection: string,
    component: (props: { entry: ImmutableMap }) => unknown,
  ): void;
  registerPreviewStyle(style: string, options: { raw: boolean }): void;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: CreateElement;
  }
}

window.CMS_MANUAL_INIT = true;

const PREVIEW_STYLE = `
body { font-family: system-ui, "WenQuanYi Micro Hei", sans-serif; line-height: 1.6; margin: 1rem; }
.preview__columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(18em, 1fr)); gap: 1rem; }
section[data-checklist] { border: 1px solid #8a8a8a; border-radius: 4px; padding: 0 1rem 1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 0.75rem; margin: 0.25rem 0 0.75rem; }
dt { color: #444; } dd { margin: 0; }
`;

async function fetchText(file: string): Promise<string> {
  const response = await fetch(file, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${file}: HTTP ${String(response.status)}`);
  return await response.text();
}

/** The entry's file id (`civil-affairs/x` for a guide) from its path, or a stand-in for a new one. */
function entryId(collection: string, entry: ImmutableMap, data: EntryData): string {
  const path = entry.get('path');
  const spec = CMS_COLLECTIONS.find((c) => c.name === collection);
  const folder = `${CONTENT_DIR}/${collection}/`;
  if (typeof path === 'string' && spec && path.startsWith(folder))
    return path.slice(folder.length, -(spec.extension.length + 1));
  if (collection === 'guides') {
    const code = typeof data['code'] === 'string' ? data['code'].toLowerCase() : 'new';
    return `${String(data['department'])}/${code}`;
  }
  return 'new-entry';
}

/** The findings panel: a live region above the editor, listing code, field and message. */
function showFindings(findings: readonly EntryFinding[], fields: readonly CmsField[]): void {
  document.getElementById('tongyuan-findings')?.remove();
  if (findings.length === 0) return;
  const panel = document.createElement('section');
  panel.id = 'tongyuan-findings';
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-labelledby', 'tongyuan-findings-heading');
  panel.className = 'tongyuan-findings';
  const errors = findings.filter((f) => f.severity === 'error').length;
  const heading = document.createElement('h2');
  heading.id = 'tongyuan-findings-heading';
  heading.textContent =
    errors > 0
      ? `检查未通过：${String(errors)} 个错误，不能保存`
      : `检查通过，有 ${String(findings.length)} 条提醒`;
  const list = document.createElement('ul');
  for (const finding of findings) {
    const item = document.createElement('li');
    const code = document.createElement('strong');
    code.textContent = `${finding.code}${finding.severity === 'error' ? '（错误）' : '（提醒）'}`;
    item.append(code, ' ');
    if (finding.field) {
      const where = document.createElement('span');
      where.textContent = `【${fieldLabelPath(fields, finding.field)}】`;
      item.append(where, ' ');
    }
    item.append(finding.message);
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '关闭';
  close.addEventListener('click', () => {
    panel.remove();
  });
  panel.append(heading, list, close);
  document.body.append(panel);
}

const FINDINGS_STYLE = `
.tongyuan-findings { position: fixed; inset: auto 1rem 1rem auto; z-index: 1000; max-width: min(40rem, calc(100vw - 2rem));
  max-height: 50vh; overflow: auto; background: #fff; color: #1a1a1a; border: 3px solid #b00020; border-radius: 6px;
  padding: 0.5rem 1rem 1rem; font: 16px/1.6 system-ui, "WenQuanYi Micro Hei", sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); }
.tongyuan-findings h2 { font-size: 1.1rem; margin: 0.5rem 0; color: #b00020; }
.tongyuan-findings ul { padding-left: 1.25rem; margin: 0 0 0.75rem; }
.tongyuan-findings button { font: inherit; padding: 0.3rem 1rem; min-height: 2.75rem; }
`;

function render(node: PreviewNode, h: CreateElement): unknown {
  if (typeof node === 'string') return node;
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node.attrs ?? {}))
    props[key === 'class' ? 'className' : key] = value;
  return h(node.tag, props, ...node.children.map((child) => render(child, h)));
}

async function start(): Promise<void> {
  const cms = window.CMS;
  const h = window.h;
  if (!cms || !h) throw new Error('decap-cms.js did not load');
  const [configText, catalogueText] = await Promise.all([
    fetchText(CONFIG_FILE),
    fetchText(CATALOGUE_FILE),
  ]);
  const config = JSON.parse(configText) as CmsConfig;
  const catalogue: BrowserCatalogue = parseCatalogue(catalogueText);

  for (const collection of CMS_COLLECTIONS) {
    cms.registerCustomFormat(formatName(collection), collection.extension, {
      fromFile: (text) => readEntry(collection, text),
      toFile: (data) => entryFile(collection, data),
    });
  }

  const style = document.createElement('style');
  style.textContent = FINDINGS_STYLE;
  document.head.append(style);

  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = String(entry.get('collection'));
      const data = (entry.get('data') as ImmutableMap).toJS();
      const findings = validateEntry(
        { collection, id: entryId(collection, entry, data), data },
        catalogue,
        today(),
      );
      const found = config.collections.find((c) => c.name === collection);
      const fields = found ? collectionFields(found) : [];
      showFindings(findings, fields);
      const errors = findings.filter((f) => f.severity === 'error');
      // Throwing refuses the save; Decap shows the message in its error toast.
      if (errors.length > 0) {
        throw new Error(errors.map((f) => `${f.code} ${f.message}`).join('\n'));
      }
      return undefined;
    },
  });

  cms.registerPreviewStyle(PREVIEW_STYLE, { raw: true });
  cms.registerPreviewTemplate('guides', ({ entry }) =>
    render(checklistPreview((entry.get('data') as ImmutableMap).toJS(), catalogue.catalogue), h),
  );

  // `npm run cms` and the tests run decap-server on loopback; ?proxy_port= picks its port.
  const port = new URLSearchParams(location.search).get('proxy_port');
  const localBackend =
    port && /^\d+$/.test(port)
      ? { url: `http://${location.hostname}:${port}/api/v1` }
      : config.local_backend;
  cms.init({ config: { ...config, local_backend: localBackend } });
}

document.addEventListener('DOMContentLoaded', () => {
  start().catch((error: unknown) => {
    document.body.textContent = `网页编辑器无法启动：${error instanceof Error ? error.message : String(error)}`;
  });
});
