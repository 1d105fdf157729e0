// UI strings of search: the guide list with its filters, the search page, and the states the
// search scripts announce. The announced states are pinned in tests/search.
import type { Facet } from '../lib/search/facets.ts';

export const searchText = {
  facetLabels: {
    department: '实施主体',
    type: '事项类型',
    online: '网办深度',
    visits: '到现场次数',
  } satisfies Record<Facet, string>,

  // Live-region states (announced to screen readers, shown to everyone).
  loading: '正在加载…',
  noResults: '没有找到结果',
  failed: '搜索加载失败',
  failedHint: '请稍后再试，或浏览全部办事指南。',
  resultCount: (n: number) => `${n} 条结果`,
  resultCountFor: (n: number, query: string) => `“${query}”：${n} 条结果`,

  // Guide list (/guides/ and /guides/filter/<facet>/<value>/).
  list: {
    title: '办事指南',
    description: (region: string) =>
      `${region}全部办事指南，可按实施主体、事项类型、网办深度和到现场次数筛选。`,
    lead: '按部门、事项类型、能否网上办和要跑几次筛选，或输入关键词查找。',
    filteredTitle: (label: string, value: string) => `办事指南：${label}为“${value}”`,
    filteredLead: (count: number) => `共 ${count} 项。`,
    filtersHeading: '筛选',
    filtersNav: '筛选办事指南',
    all: '全部',
    count: (n: number) => `（${n}）`,
    currentFilter: '当前筛选',
    clearFilters: '清除全部筛选',
    total: (n: number) => `共 ${n} 项办事指南`,
    shown: (n: number, total: number) => `显示 ${n} 项，共 ${total} 项`,
    filterLabel: '在列表中查找',
    filterHint: '可输入名称、材料、部门或拼音（如 jiehun、jhdj）',
    searchHint: '输入名称、材料或拼音，按回车键搜索全部办事指南',
    listHeading: '事项列表',
    visits: (n: number) => (n === 0 ? '无需到现场' : `到现场 ${n} 次`),
    fullTextLink: (query: string) => `在办事指南全文中搜索“${query}”`,
    noMatch: '没有符合条件的办事指南。请减少筛选条件，或换一个关键词。',
  },

  // Search by material.
  materials: {
    heading: '需要该材料的事项',
    material: (name: string, matched: string) =>
      matched === name ? `材料：${name}` : `材料：${name}（${matched}）`,
    guides: (n: number) => `${n} 项办事指南需要这份材料`,
    more: (n: number) => `还有 ${n} 项，在材料目录中查看全部`,
  },

  // Search page (/search/).
  page: {
    title: '搜索办事指南',
    description: '在全部办事指南中搜索事项名称、材料、条件和办理说明。',
    label: '搜索关键词',
    hint: '例如：结婚、身份证、个体户，或拼音 jiehun',
    button: '搜索',
    noscript: '全文搜索需要启用 JavaScript。您可以浏览全部办事指南，并按部门、事项类型等筛选。',
    browseAll: '浏览全部办事指南',
    filtersHeading: '筛选结果',
    resultsHeading: '搜索结果',
    emptyQuery: '请输入要查找的事项、材料或部门。',
    clearFilters: '清除筛选',
    more: '显示更多结果',
  },

  // Service items (事项), the first search tier of a province-sized site (docs/scale.md): what
  // the search script writes and announces. The rest is itemText (rendered at build time only).
  items: {
    implementers: (n: number) => `${n} 个实施主体`,
    resultCountFor: (n: number, query: string) => `“${query}”：${n} 个事项`,
    fullTextLoading: '正在加载全部办事指南的全文索引…',
  },
} as const;

/**
 * The service items' words rendered at build time — the item pages /items/<slug>/ and the
 * search page's full-text button — apart from searchText so the browser's scripts do not carry them.
 */
export const itemText = {
  scopeNote: '以下为事项名称的搜索结果。每个事项列出办理它的各实施主体。',
  fullText: '在全部办事指南中全文搜索',
  fullTextHint: '全文搜索会查找条件、材料和办理说明，需要下载较多数据。',
  pageDescription: (title: string, n: number) =>
    `“${title}”由 ${n} 个实施主体办理，各实施主体的办事指南。`,
  lead: (n: number) => `共 ${n} 个实施主体办理此事项。请选择您所在地区或对应部门的办事指南。`,
  guidesHeading: '各实施主体的办事指南',
  code: (code: string) => `实施编码 ${code}`,
} as const;
