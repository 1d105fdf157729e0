// The web editor's preview shows the entry's two checklists, derived and worded as on the site.
import { describe, expect, it } from 'vitest';
import { checklistPreview } from '../../src/lib/cms/preview.ts';
import type { PreviewElement, PreviewNode } from '../../src/lib/cms/preview.ts';
import { counterChecklist, onlineChecklist } from '../../src/lib/checklist/derive.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';

const { corpus } = loadCorpus();
const text = (node: PreviewNode): string =>
  typeof node === 'string' ? node : node.children.map(text).join('');
const lists = (root: PreviewElement): PreviewElement[] =>
  root.children.flatMap((child) =>
    typeof child === 'string' ? [] : child.attrs?.['data-checklist'] ? [child] : lists(child),
  );

describe('the checklist preview', () => {
  it('shows the online and counter checklists of the guide being edited', () => {
    const guide = corpus.guides.find((g) => g.id === 'civil-affairs/marriage-registration');
    if (!guide) throw new Error('marriage-registration missing');
    const preview = checklistPreview(guide.data, corpus);
    const [online, counter] = lists(preview);
    expect([online?.attrs?.['data-checklist'], counter?.attrs?.['data-checklist']]).toEqual([
      'online',
      'counter',
    ]);
    const names = (list: PreviewElement | undefined) =>
      (list?.children.find((c): c is PreviewElement => typeof c !== 'string' && c.tag === 'ol')
        ?.children ?? []) as PreviewElement[];
    expect(names(online).map((li) => li.attrs?.['data-material'])).toEqual(
      guide.data.materials.map((m) => m.material),
    );
    expect(names(counter).map((li) => li.attrs?.['data-material'])).toEqual(
      guide.data.materials.map((m) => m.material),
    );
    // The same hand-over wording as the guide page.
    const site = {
      online: onlineChecklist(guide, corpus),
      counter: counterChecklist(guide, corpus),
    };
    names(online).forEach((li, i) => {
      expect(text(li)).toContain(site.online.items[i]?.handover.text);
    });
    names(counter).forEach((li, i) => {
      expect(text(li)).toContain(site.counter.items[i]?.handover.text);
    });
    expect(text(preview)).toContain('网上办理材料清单');
    expect(text(preview)).toContain('窗口办理材料清单');
  });

  it('previews a half-filled form without failing', () => {
    const preview = checklistPreview(
      { title: '新事项', materials: [{ material: 'resident-id-card' }, {}] },
      corpus,
    );
    expect(lists(preview)).toHaveLength(2);
    expect(text(preview)).toContain('居民身份证');
    expect(
      checklistPreview({}, corpus).children.some((c) => text(c) === '本事项无需提交申请材料。'),
    ).toBe(true);
  });
});
