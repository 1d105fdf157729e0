// The search page (/search/?q=…): Pagefind full text over the guide pages (Chinese segmented,
// pinyin words indexed with each title), facet filters with counts, highlighted excerpts, and
// the guides that require a material named in the query (material-lookup.ts). Every state is announced in the live
// region: 正在加载…, 没有找到结果, 搜索加载失败, N 条结果. On a province-sized site (the page
// carries data-pagefind-items, docs/scale.md) a query first searches the service items only —
// one small bundle — and a button runs it again over the full text of every guide.
import { FACETS, PAGEFIND_FILTER, PAGEFIND_META } from '../../lib/search/facets.ts';
import type { Facet } from '../../lib/search/facets.ts';
import { isLatinQuery, normalizeQuery } from '../../lib/search/browser.ts';
import { searchText } from '../../i18n/search.ts';
import { createAnnouncer } from './announce.ts';
import { required } from './dom.ts';
import { excerptNodes } from './excerpt.ts';
import { materialGroupsFor } from './material-lookup.ts';
import { renderMaterialGroups } from './material-results.ts';
import { loadItemsPagefind, loadPagefind } from './pagefind-api.ts';
import type {
  PagefindFilters,
  PagefindResult,
  PagefindResultData,
  PagefindSearch,
} from './pagefind-api.ts';

const t = searchText;
const PAGE_SIZE = 10;

function init(root: HTMLElement): void {
  const form = required(document, 'form[data-search-form]', HTMLFormElement);
  const input = required(form, 'input[name="q"]', HTMLInputElement);
  const status = required(root, '[data-search-status]', HTMLElement);
  const filtersBox = required(root, 'details[data-search-filters]', HTMLDetailsElement);
  const results = required(root, '[data-search-results]', HTMLOListElement);
  const more = required(root, '[data-search-more]', HTMLButtonElement);
  const materialSection = required(root, '[data-search-materials]', HTMLElement);
  const materialList = required(root, '[data-search-material-list]', HTMLElement);
  const checkboxes = [...filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const announce = createAnnouncer(status, 0);
  const itemsBundle = root.dataset['pagefindItems'];
  const scopeBox = root.querySelector<HTMLElement>('[data-search-scope]');
  const fullText = scopeBox?.querySelector<HTMLButtonElement>('button[data-search-full]');

  root.hidden = false;
  // `items`: the first tier (service items); `guides`: full text of every guide, as before.
  let scope: 'items' | 'guides' = itemsBundle ? 'items' : 'guides';
  let fullTextLoaded = false;
  let current:
    | { search: PagefindSearch; shown: number; latin: boolean; scope: 'items' | 'guides' }
    | undefined;
  let run = 0;
  // Counts per filter value need every filter chunk; they are fetched when the filters open.
  let countsLoaded = false;

  function readUrl(): string {
    const params = new URL(window.location.href).searchParams;
    for (const box of checkboxes) box.checked = params.getAll(box.name).includes(box.value);
    const query = params.get('q')?.trim() ?? '';
    input.value = query;
    return query;
  }

  function writeUrl(query: string, push: boolean): void {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const box of checkboxes) if (box.checked) params.append(box.name, box.value);
    const url = `${window.location.pathname}?${params.toString()}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  /** Pagefind filters: values OR-ed within a facet, facets AND-ed. */
  function selectedFilters(): PagefindFilters {
    const filters: PagefindFilters = {};
    for (const facet of FACETS) {
      const values = checkboxes
        .filter((box) => box.name === facet && box.checked)
        .map((box) => box.dataset['value'] ?? '');
      if (values.length > 0) filters[PAGEFIND_FILTER[facet]] = { any: values };
    }
    return filters;
  }

  function updateCounts(search: PagefindSearch): void {
    filtersBox.hidden = false;
    for (const box of checkboxes) {
      const label = box.labels?.[0]?.querySelector('[data-count]');
      if (!label) continue;
      if (!countsLoaded) {
        label.textContent = '';
        continue;
      }
      const facet = box.name as Facet;
      const counts = box.checked ? search.totalFilters : search.filters;
      const count = counts[PAGEFIND_FILTER[facet]]?.[box.dataset['value'] ?? ''] ?? 0;
      label.textContent = t.list.count(count);
    }
  }

  async function loadCounts(): Promise<void> {
    if (countsLoaded) return;
    try {
      const pagefind = await loadPagefind();
      await pagefind.filters();
      countsLoaded = true;
      const query = input.value.trim();
      if (!current || !query) return;
      const latin = isLatinQuery(query);
      const search = await pagefind.search(latin ? normalizeQuery(query) : query, {
        filters: selectedFilters(),
      });
      if (search) updateCounts(search);
    } catch {
      // Without counts the filters still work.
    }
  }

  /** A result's list item: its title linking to its page, then a line of facts. */
  function resultItem(data: PagefindResultData, facts: readonly (string | undefined)[]) {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    heading.append(link);
    const meta = document.createElement('ul');
    meta.className = 'guide-meta';
    for (const fact of facts) {
      if (!fact) continue;
      const li = document.createElement('li');
      li.textContent = fact;
      meta.append(li);
    }
    item.append(heading, meta);
    return item;
  }

  async function renderResult(result: PagefindResult, latin: boolean): Promise<HTMLLIElement> {
    const data = await result.data();
    const visits = data.filters[PAGEFIND_FILTER.visits]?.[0];
    const item = resultItem(data, [
      data.meta[PAGEFIND_META.department],
      data.filters[PAGEFIND_FILTER.online]?.[0],
      visits && `${t.facetLabels.visits} ${visits}`,
    ]);
    // A pinyin query matches the pinyin words added for the index, not the visible text: an
    // excerpt of them would explain nothing.
    if (!latin && data.excerpt) {
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      excerpt.append(...excerptNodes(data.excerpt));
      item.append(excerpt);
    }
    return item;
  }

  /** A service item: its title, linking to its page of implementing guides, and their count. */
  async function renderItem(result: PagefindResult): Promise<HTMLLIElement> {
    const data = await result.data();
    return resultItem(data, [t.items.implementers(Number(data.meta['count'] ?? 0))]);
  }

  async function showMore(focusFirst: boolean): Promise<void> {
    if (!current) return;
    const { search, latin } = current;
    const slice = search.results.slice(current.shown, current.shown + PAGE_SIZE);
    const render =
      current.scope === 'items' ? renderItem : (r: PagefindResult) => renderResult(r, latin);
    const items = await Promise.all(slice.map(render));
    results.append(...items);
    current.shown += slice.length;
    more.hidden = current.shown >= search.results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  async function showMaterials(query: string, id: number): Promise<void> {
    try {
      const groups = await materialGroupsFor(query);
      if (id === run) renderMaterialGroups(materialSection, materialList, groups);
    } catch {
      // The material list is an extra; full-text results stand on their own.
      materialSection.hidden = true;
    }
  }

  async function searchItems(query: string, id: number, bundle: string): Promise<void> {
    const pagefind = await loadItemsPagefind(bundle);
    const latin = isLatinQuery(query);
    const search = await pagefind.search(latin ? normalizeQuery(query) : query);
    if (!search || id !== run) return;
    current = { search, shown: 0, latin, scope: 'items' };
    // Facets describe guides, not items: they apply to the full-text search.
    filtersBox.hidden = true;
    if (scopeBox) scopeBox.hidden = false;
    await showMore(false);
    if (id !== run) return;
    const count = search.results.length;
    announce(count === 0 ? t.noResults : t.items.resultCountFor(count, query), true);
  }

  async function searchFor(rawQuery: string, focusFirst = false): Promise<void> {
    const id = ++run;
    const query = rawQuery.trim();
    results.replaceChildren();
    more.hidden = true;
    current = undefined;
    if (scopeBox) scopeBox.hidden = true;
    if (!query) {
      materialSection.hidden = true;
      announce(t.page.emptyQuery, true);
      return;
    }
    announce(
      scope === 'guides' && itemsBundle && !fullTextLoaded ? t.items.fullTextLoading : t.loading,
      true,
    );
    void showMaterials(query, id);
    try {
      if (scope === 'items' && itemsBundle) {
        await searchItems(query, id, itemsBundle);
        return;
      }
      const pagefind = await loadPagefind();
      fullTextLoaded = true;
      const latin = isLatinQuery(query);
      const search = await pagefind.search(latin ? normalizeQuery(query) : query, {
        filters: selectedFilters(),
      });
      if (!search || id !== run) return;
      current = { search, shown: 0, latin, scope: 'guides' };
      updateCounts(search);
      await showMore(focusFirst);
      if (id !== run) return;
      const count = search.results.length;
      announce(count === 0 ? t.noResults : t.resultCountFor(count, query), true);
      if (focusFirst && count === 0) input.focus();
    } catch {
      if (id !== run) return;
      announce(`${t.failed}。${t.failedHint}`, true);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(input.value.trim(), true);
    void searchFor(input.value);
  });
  for (const box of checkboxes) {
    box.addEventListener('change', () => {
      writeUrl(input.value.trim(), false);
      void searchFor(input.value);
    });
  }
  filtersBox.addEventListener('toggle', () => {
    if (filtersBox.open) void loadCounts();
  });
  more.addEventListener('click', () => {
    void showMore(true);
  });
  fullText?.addEventListener('click', () => {
    scope = 'guides';
    // The button hides with the item results: focus moves to the first guide found.
    void searchFor(input.value, true);
  });
  window.addEventListener('popstate', () => {
    void searchFor(readUrl());
  });

  const initial = readUrl();
  if (checkboxes.some((box) => box.checked)) {
    filtersBox.open = true;
    // Filters are on guides: a URL that selects some asks for the full-text search.
    scope = 'guides';
  }
  if (initial) void searchFor(initial);
}

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) init(root);
