// The site build holds the guides it does not render as summaries (src/lib/corpus/summary.ts):
// every page that covers all guides must come out the same from summaries as from whole guides,
// and a page that needs a guide whole must get exactly what the validator's loader reads.
import { describe, expect, it } from 'vitest';
import {
  buildMaterialCatalogue,
  buildMaterialGuides,
} from '../../src/lib/search/material-catalogue.ts';
import { catalogueByCategory, catalogueIndex } from '../../src/lib/catalogue/reverse-index.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { loadSiteSources } from '../../src/lib/corpus/site-load.ts';
import { summarize } from '../../src/lib/corpus/summary.ts';
import { dataParts, openDataIndex } from '../../src/lib/export/parts.ts';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';
import { filterPages } from '../../src/lib/search/facets.ts';
import { guideListItems } from '../../src/lib/search/guide-list.ts';
import { feedItems } from '../../src/lib/site/feed.ts';
import { buildSiteIndex } from '../../src/lib/site/site-index.ts';
import { departmentStats } from '../../src/lib/stats/department-stats.ts';
import { topicGuideLists } from '../../src/lib/topics/index.ts';

// The sample district, read as the validator reads it and as a site shard holding none whole.
const whole = loadCorpus().corpus;
const summaries = loadSiteSources({ keepWhole: () => false });

describe('loadSiteSources', () => {
  it('reads every guide, as summaries only, when none is kept whole', () => {
    expect(summaries.corpus.guides.map((g) => g.id)).toEqual(whole.guides.map((g) => g.id));
    expect(summaries.whole.size).toBe(0);
    for (const guide of summaries.corpus.guides) {
      expect(guide).not.toHaveProperty('body');
      expect(guide.data).not.toHaveProperty('basis');
      expect(Object.keys(guide.data.online)).toEqual(['depth']);
    }
  });

  it('keeps the guides it is asked to keep whole, and no copy of them', () => {
    const kept = new Set(whole.guides.slice(0, 3).map((g) => g.id));
    const sources = loadSiteSources({ keepWhole: (id) => kept.has(id) });
    expect([...sources.whole.keys()]).toEqual([...kept]);
    for (const id of kept) {
      const guide = sources.whole.get(id);
      expect(sources.corpus.guides.find((g) => g.id === id)).toBe(guide);
      expect(sources.wholeGuides([id])[0]).toBe(guide);
    }
  });

  it('reads guides whole again from their files, in the order asked, skipping unknown ids', () => {
    const ids = [whole.guides[5]?.id ?? '', 'no-such/guide', whole.guides[1]?.id ?? ''];
    expect(summaries.wholeGuides(ids)).toEqual([whole.guides[5], whole.guides[1]]);
  });

  it('reads only the guides the filter selects (a shard other than the site shard)', () => {
    const department = whole.guides[0]?.data.department ?? '';
    const own = loadSiteSources({
      guides: (id) => id.startsWith(`${department}/`),
      keepWhole: () => true,
    });
    expect(own.corpus.guides.map((g) => g.id)).toEqual(
      whole.guides.filter((g) => g.data.department === department).map((g) => g.id),
    );
    expect(own.corpus.departments.size).toBe(whole.departments.size);
  });
});

describe('summaries carry everything the pages that cover all guides read', () => {
  const full = buildSiteIndex(whole);
  const summary = buildSiteIndex(summaries.corpus);
  const ids = (guides: readonly { id: string }[]) => guides.map((g) => g.id);

  it('the site index: order, departments, life events, facets', () => {
    expect(ids(summary.published)).toEqual(ids(full.published));
    expect(ids(summary.recentlyUpdated)).toEqual(ids(full.recentlyUpdated));
    expect(ids(summary.fullyOnline)).toEqual(ids(full.fullyOnline));
    expect([...summary.byTopic].map(([id, g]) => [id, ids(g)])).toEqual(
      [...full.byTopic].map(([id, g]) => [id, ids(g)]),
    );
    expect(summary.facets).toEqual(full.facets);
  });

  it('lists, facet pages, search indexes, catalogue, statistics, feed, open-data index', () => {
    const same = (f: (corpus: typeof summaries.corpus, index: typeof summary) => unknown) => {
      expect(f(summaries.corpus, summary)).toEqual(f(whole, full));
    };
    same((c, i) => guideListItems(c, i.published));
    same((c, i) => filterPages(c, i.published).map((p) => [p.facet, p.value, ids(p.guides)]));
    same((c, i) => buildSearchIndex(c, i.published));
    same((c, i) => buildMaterialCatalogue(c, i.published));
    same((c, i) => buildMaterialGuides(c, i.published));
    same((c) => catalogueIndex(c).map((e) => ({ ...e, guides: ids(e.guides) })));
    same((c) => catalogueByCategory(c).length);
    same((_, i) => departmentStats(i.departments, i.byDepartment, '合计'));
    same((_, i) => feedItems(i.published));
    same((c, i) => openDataIndex(dataParts(i.byDepartment), c, 'https://example.org/', 't'));
    same((c) => topicGuideLists(c).map((t) => ({ ...t, guides: ids(t.guides) })));
  });

  it('summarize copies the summary fields and nothing else', () => {
    const guide = whole.guides[0];
    if (!guide) throw new Error('the sample corpus has no guides');
    const { data } = summarize(guide);
    expect(Object.keys(data).sort()).toEqual(
      [
        'changes',
        'code',
        'department',
        'fees',
        'kind',
        'materials',
        'online',
        'result',
        'reviewed',
        'status',
        'timeLimit',
        'title',
        'topics',
        'type',
        'visits',
      ].sort(),
    );
    expect(data.materials).toEqual(guide.data.materials.map((m) => ({ material: m.material })));
  });
});
