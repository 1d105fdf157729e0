// The preview of a guide in the web editor: its online and counter checklists, derived by the
// same functions (src/lib/checklist) and worded by the same strings as the guide page. Returned as
// a small element tree; the admin script renders it with Decap's React `h`.
import { counterChecklist, onlineChecklist } from '../checklist/derive.ts';
import type { ChecklistCorpus, ChecklistGuide } from '../checklist/derive.ts';
import type { Checklist } from '../checklist/types.ts';
import { checklistText as t } from '../../i18n/checklist.ts';
import type { GuideMaterial } from '../schemas/index.ts';

export interface PreviewElement {
  readonly tag: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly children: readonly PreviewNode[];
}
export type PreviewNode = string | PreviewElement;

const el = (
  tag: string,
  attrs: Record<string, string> | undefined,
  ...children: (PreviewNode | false | undefined)[]
): PreviewElement => ({
  tag,
  ...(attrs ? { attrs } : {}),
  children: children.filter((c): c is PreviewNode => c !== false && c !== undefined),
});

/** A half-filled form still previews: missing numbers count as 0, missing choices as 原件/必要. */
function materialsOf(data: Record<string, unknown>): GuideMaterial[] {
  const list = Array.isArray(data['materials']) ? (data['materials'] as unknown[]) : [];
  return list.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const m = item as Partial<GuideMaterial>;
    if (typeof m.material !== 'string' || m.material === '') return [];
    return [
      {
        material: m.material,
        form: m.form ?? '原件',
        originals: typeof m.originals === 'number' ? m.originals : 0,
        copies: typeof m.copies === 'number' ? m.copies : 0,
        necessity: m.necessity ?? '必要',
        when: m.when,
        note: m.note,
        verifyOriginal: m.verifyOriginal,
      },
    ];
  });
}

function list(checklist: Checklist, heading: string): PreviewElement {
  return el(
    'section',
    { 'aria-label': heading, 'data-checklist': checklist.channel },
    el('h3', undefined, heading),
    el(
      'ol',
      undefined,
      ...checklist.items.map(({ material, handover }) =>
        el(
          'li',
          { 'data-material': material.id },
          el('strong', undefined, material.name),
          el(
            'dl',
            undefined,
            el('dt', undefined, t.handover),
            el('dd', undefined, handover.text, handover.detail ? `（${handover.detail}）` : ''),
            el('dt', undefined, t.form),
            el('dd', undefined, material.form),
            el('dt', undefined, t.counts),
            el('dd', undefined, t.countsValue(material.originals, material.copies)),
            el('dt', undefined, t.necessity),
            el('dd', undefined, material.necessity),
          ),
          material.when !== undefined && el('p', undefined, t.when(material.when)),
          material.note !== undefined && el('p', undefined, `${t.note}：${material.note}`),
        ),
      ),
    ),
  );
}

/** Both checklists of the guide being edited. */
export function checklistPreview(
  data: Record<string, unknown>,
  corpus: ChecklistCorpus,
): PreviewElement {
  const title = typeof data['title'] === 'string' ? data['title'] : '';
  const guide = {
    id: 'preview',
    data: { materials: materialsOf(data) },
  } as unknown as ChecklistGuide;
  const online = onlineChecklist(guide, corpus);
  const counter = counterChecklist(guide, corpus);
  return el(
    'article',
    { class: 'preview' },
    el('h1', undefined, title),
    el('h2', undefined, t.heading),
    el('p', undefined, t.intro),
    online.items.length === 0
      ? el('p', undefined, t.noMaterials)
      : el(
          'div',
          { class: 'preview__columns' },
          list(online, t.onlineHeading),
          list(counter, t.counterHeading),
        ),
  );
}
