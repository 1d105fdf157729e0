import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { feedItems } from '../../src/lib/site/feed.ts';
import {
  chineseDate,
  displayPhone,
  feesSummary,
  percent,
  telHref,
  timeLimitText,
  visitsText,
  workingDays,
} from '../../src/lib/site/format.ts';
import { governmentServiceJsonLd, serializeJsonLd } from '../../src/lib/site/json-ld.ts';
import { buildSiteIndex, lastUpdated } from '../../src/lib/site/site-index.ts';
import { TEXT_SIZE_BOOT_SCRIPT } from '../../src/lib/site/text-size.ts';
import { guideParams, guideUrl, isExternal } from '../../src/lib/site/urls.ts';
import { guide, tinyCorpus } from './fixtures/tiny-corpus.ts';

describe('format', () => {
  it('says 即办 for zero working days', () => {
    expect(workingDays(0)).toBe('即办');
    expect(workingDays(5)).toBe('5个工作日');
    expect(timeLimitText({ legal: 20, promised: 0 })).toEqual({
      legal: '20个工作日',
      promised: '即办',
    });
  });

  it('says 不收费 for an empty fee list and sums fees up otherwise', () => {
    expect(feesSummary([])).toBe('不收费');
    expect(
      feesSummary([
        { item: '工本费', amount: 20, basis: 'x' },
        { item: '加急费', amount: 7.5, basis: 'y' },
      ]),
    ).toBe('工本费 20元；加急费 7.5元');
  });

  it('words visits as citizens say them', () => {
    expect(visitsText(0)).toBe('不用跑（0次）');
    expect(visitsText(2)).toBe('最多跑2次');
  });

  it('builds tel: links from displayed numbers, extensions after a pause', () => {
    expect(telHref('0571-86012345')).toBe('tel:057186012345');
    expect(telHref('0571-86012345-801')).toBe('tel:057186012345,801');
    expect(telHref('12345')).toBe('tel:12345');
    expect(telHref('400-123-4567')).toBe('tel:4001234567');
    expect(telHref('13800138000')).toBe('tel:13800138000');
  });

  it('shows phone numbers with non-breaking hyphens', () => {
    expect(displayPhone('0571-86012345-801')).toBe('0571\u201186012345\u2011801');
    expect(displayPhone('12345')).toBe('12345');
  });

  it('writes dates and percentages in Chinese notation', () => {
    expect(chineseDate(new Date('2026-11-03'))).toBe('2026年11月3日');
    expect(percent(2 / 3)).toBe('66.7%');
    expect(percent(1)).toBe('100%');
  });
});

describe('urls', () => {
  it('maps a guide id to its page and route params', () => {
    expect(guideUrl('civil-affairs/marriage-registration')).toBe(
      '/guides/civil-affairs/marriage-registration/',
    );
    expect(guideParams('civil-affairs/marriage-registration')).toEqual({
      department: 'civil-affairs',
      slug: 'marriage-registration',
    });
    expect(isExternal('https://zwfw.yunxi.example/')).toBe(true);
    expect(isExternal('/guides/')).toBe(false);
  });
});

describe('site index', () => {
  it('publishes only 在用 guides and groups them by department and topic in order', () => {
    const index = buildSiteIndex(tinyCorpus());
    expect(index.published.map((g) => g.id)).toEqual([
      'alpha/counter',
      'alpha/online',
      'beta/paid',
    ]);
    expect(index.byDepartment.get('gamma')).toEqual([]);
    expect(index.byTopic.get('life')?.map((g) => g.id)).toEqual(['beta/paid', 'alpha/online']);
    expect(index.fullyOnline.map((g) => g.id)).toEqual(['alpha/online']);
    expect(index.recentlyUpdated.map((g) => g.id)).toEqual([
      'beta/paid',
      'alpha/online',
      'alpha/counter',
    ]);
  });

  it('dates a guide by its newest change, or its review when it has none', () => {
    expect(
      lastUpdated(guide('a/b', { changes: [{ date: new Date('2026-03-01'), note: 'x' }] })),
    ).toEqual(new Date('2026-03-01'));
    expect(lastUpdated(guide('a/b', { reviewed: new Date('2026-04-01') }))).toEqual(
      new Date('2026-04-01'),
    );
  });
});

describe('feed', () => {
  it('has one item per change note and one per guide without changes, newest first', () => {
    const items = feedItems(buildSiteIndex(tinyCorpus()).published);
    expect(items.map((item) => [item.title, item.pubDate.toISOString().slice(0, 10)])).toEqual([
      ['=SUM(A1) 以公式开头的事项：已核对', '2026-11-10'],
      ['全程网办的事项：改为全程网办', '2026-11-03'],
      ['含"引号",逗号\n和换行的事项：已核对', '2026-09-15'],
      ['全程网办的事项：新增电子证照', '2026-01-05'],
    ]);
    expect(items[1]?.link).toBe('/guides/alpha/online/');
    expect(items[1]?.description).toBe('2026年11月3日更新：改为全程网办');
  });

  it('adds an item when a guide file was committed after its newest note and review', () => {
    const published = buildSiteIndex(tinyCorpus()).published;
    const commits = new Map([
      ['alpha/online', new Date('2026-11-20T08:00:00Z')],
      // Committed on the day of its newest change note: the note already tells the story.
      ...published
        .filter((guide) => guide.id !== 'alpha/online')
        .map((guide) => [guide.id, guide.data.reviewed] as const),
    ]);
    const items = feedItems(published, undefined, commits);
    expect(items[0]).toEqual({
      title: '全程网办的事项：内容有修改',
      link: '/guides/alpha/online/',
      pubDate: new Date('2026-11-20T08:00:00Z'),
      description: '2026年11月20日修改了办事指南内容，请以页面最新内容为准。',
    });
    expect(items).toHaveLength(5);
  });

  it('keeps only the newest items', () => {
    expect(feedItems(buildSiteIndex(tinyCorpus()).published, 2)).toHaveLength(2);
  });
});

describe('JSON-LD', () => {
  it('describes a guide as a GovernmentService with provider and channels', () => {
    const corpus = tinyCorpus();
    const online = corpus.guides[0];
    if (!online) throw new Error('fixture');
    const ld = governmentServiceJsonLd(
      online,
      corpus.departments.get('alpha')?.data,
      'https://banshi.yunxi.example',
      '甲区',
    );
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: '全程网办的事项',
      identifier: online.data.code,
      url: 'https://banshi.yunxi.example/guides/alpha/online/',
      provider: { '@type': 'GovernmentOrganization', name: '云溪区甲局' },
      areaServed: { '@type': 'AdministrativeArea', name: '甲区' },
    });
    expect(ld['availableChannel']).toHaveLength(2);
  });

  it('cannot close its script element', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});

describe('rendering configuration', () => {
  // The processor the site's astro.config.mjs gives Astro, as Astro would create it.
  const render = async (markdown: string): Promise<string> => {
    const processor = config.markdown?.processor;
    if (!processor) throw new Error('astro.config.mjs sets no markdown.processor');
    const renderer = await processor.createRenderer({});
    return (await renderer.render(markdown)).code;
  };

  it('drops raw HTML from guide Markdown instead of passing it through', async () => {
    const code = await render(
      '说明文字\n\n<script>alert(1)</script>\n\n<div onclick="x()">块</div>\n\n行内 <b>粗体</b> 文字\n\n**强调**',
    );
    expect(code).not.toMatch(/<script|<div|onclick|<b>/);
    expect(code).toContain('<strong>强调</strong>');
    expect(code).toContain('说明文字');
  });

  it('keeps only the text of links with a script or data URL', async () => {
    const code = await render(
      '[进度](javascript:alert(1)) [表格](JaVaScRiPt:x) [数据](data:text/html,x) <javascript:alert(2)>\n\n[点这里][go]\n\n[go]: javascript:alert(3)',
    );
    expect(code).not.toMatch(/href=/);
    expect(code).toContain('进度');
    expect(code).toContain('表格');
    expect(code).toContain('点这里');
  });

  it('keeps ordinary links: site paths, https, tel and mailto', async () => {
    const code = await render(
      '[指南](/guides/) [网办](https://zwfw.yunxi.example/) [电话](tel:12345) [邮件](mailto:a@b.cn)',
    );
    expect(code).toContain('href="/guides/"');
    expect(code).toContain('href="https://zwfw.yunxi.example/"');
    expect(code).toContain('href="tel:12345"');
    expect(code).toContain('href="mailto:a@b.cn"');
  });

  it('keeps images of the site and replaces off-site or script images by their alt text', async () => {
    const code = await render(
      '![样表](/templates/form.png)\n\n![远程](https://cdn.example/a.png)\n\n![协议相对](//cdn.example/b.png)\n\n![脚本](javascript:alert(1))',
    );
    expect(code).toContain('src="/templates/form.png"');
    expect(code).not.toMatch(/cdn\.example|javascript:/);
    expect(code).toContain('远程');
    expect(code).toContain('脚本');
  });

  it('turns on the content security policy', () => {
    expect(config.security?.csp).toBeTruthy();
  });

  it('applies 大字模式 and the other display preferences before paint, tolerating blocked storage', () => {
    expect(TEXT_SIZE_BOOT_SCRIPT).toBe(
      'try{var d=document.documentElement;[["text-size","large"],["cursor","large"],["magnifier","on"]].forEach(function(p){if(localStorage.getItem("tongyuan:"+p[0])===p[1])d.setAttribute("data-"+p[0],p[1])})}catch(e){}',
    );
  });
});
