// Enhances the guide list (GuideFinder.astro) when JavaScript runs: a text box that filters the
// list as you type (fuse.js over titles, pinyin, initials, departments and materials; the index
// is fetched on the first keystroke), facet links that combine instead of replacing each other,
// and the guides that require a material named in the query. Without JavaScript the list and
// the pre-rendered single-facet pages work on their own. Past the fuse budget (budget.ts) the
// text box is a plain form to the search page.
import { FACETS } from '../../lib/search/facets.ts';
import type { Facet } from '../../lib/search/facets.ts';
import type { GuideSearcher } from '../../lib/search/browser.ts';
import { searchText } from '../../i18n/search.ts';
import { createAnnouncer } from './announce.ts';
import { required } from './dom.ts';
import { loadSearcher } from './load-index.ts';
import { renderMaterialGroups } from './material-results.ts';

const t = searchText;
const GUIDES_PATH = '/guides/';

function isFacet(value: string | undefined): value is Facet {
  return (FACETS as readonly string[]).includes(value ?? '');
}

/** `/guides/?department=…&type=…&q=…`: the combined view, rendered from the complete list. */
function stateUrl(facets: ReadonlyMap<Facet, string>, query: string): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    const slug = facets.get(facet);
    if (slug) params.set(facet, slug);
  }
  if (query) params.set('q', query);
  const search = params.toString();
  return search ? `${GUIDES_PATH}?${search}` : GUIDES_PATH;
}

function init(root: HTMLElement): void {
  const complete = root.dataset['complete'] === 'true';
  const instant = root.dataset['instant'] === 'true';
  const box = required(root, '[data-finder-search]', HTMLElement);
  const input = required(box, 'input[name="q"]', HTMLInputElement);
  const status = required(root, '[data-finder-status]', HTMLElement);
  const list = required(root, '[data-finder-list]', HTMLElement);
  const empty = required(root, '[data-finder-empty]', HTMLElement);
  const fullText = required(root, '[data-finder-fulltext] a', HTMLAnchorElement);
  const materialSection = required(root, '[data-finder-materials]', HTMLElement);
  const materialList = required(root, '[data-finder-material-list]', HTMLElement);
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-facet]')];
  const clear = root.querySelector<HTMLAnchorElement>('[data-finder-clear]');
  const items = [...list.querySelectorAll<HTMLElement>(':scope > [data-guide]')];
  const total = Number(root.dataset['total'] ?? items.length);
  const announce = createAnnouncer(status);

  const url = new URL(window.location.href);
  const facets = new Map<Facet, string>();
  if (complete) {
    for (const facet of FACETS) {
      const slug = url.searchParams.get(facet);
      if (slug) facets.set(facet, slug);
    }
  } else if (isFacet(root.dataset['facet']) && root.dataset['slug']) {
    facets.set(root.dataset['facet'], root.dataset['slug']);
  }
  let query = url.searchParams.get('q')?.trim() ?? '';
  let searcher: GuideSearcher | undefined;
  let failed = false;

  box.hidden = false;
  input.value = query;

  const matchesFacets = (item: HTMLElement) =>
    [...facets].every(([facet, slug]) => item.dataset[facet] === slug);

  function render(): void {
    const result = query && searcher ? searcher.search(query) : undefined;
    const rank = result
      ? new Map(result.guides.map((match, i) => [match.record.id, i]))
      : undefined;
    const visible = items.filter(
      (item) => matchesFacets(item) && (!rank || rank.has(item.dataset['guide'] ?? '')),
    );
    if (rank)
      visible.sort(
        (a, b) =>
          (rank.get(a.dataset['guide'] ?? '') ?? 0) - (rank.get(b.dataset['guide'] ?? '') ?? 0),
      );
    const shown = new Set(visible);
    for (const item of items) item.hidden = !shown.has(item);
    // Relevance order while a query is typed, the published order otherwise.
    list.append(...(rank ? visible : items));
    empty.hidden = visible.length > 0;

    if (result && searcher) {
      const titles = new Map(searcher.index.records.map((record) => [record.id, record.title]));
      renderMaterialGroups(
        materialSection,
        materialList,
        result.materials.map(({ material, matched }) => ({
          id: material.id,
          name: material.name,
          matched,
          total: material.count,
          guides: material.guides.map((id) => ({ id, title: titles.get(id) ?? id })),
        })),
      );
    } else materialSection.hidden = true;

    fullText.parentElement?.toggleAttribute('hidden', !query);
    fullText.href = `/search/?q=${encodeURIComponent(query)}`;
    fullText.textContent = t.list.fullTextLink(query);

    for (const link of links) {
      const facet = link.dataset['facet'];
      const slug = link.dataset['slug'] ?? '';
      if (!isFacet(facet)) continue;
      const selected = facets.get(facet) === slug;
      if (selected) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
      const next = new Map(facets);
      if (selected) next.delete(facet);
      else next.set(facet, slug);
      link.href = stateUrl(next, query);
    }
    if (clear) {
      clear.href = stateUrl(new Map(), query);
      clear.parentElement?.toggleAttribute('hidden', facets.size === 0);
    }

    if (failed && query) announce(`${t.failed}。${t.failedHint}`, true);
    else if (visible.length === 0) announce(t.noResults);
    else if (query) announce(t.resultCountFor(visible.length, query));
    else if (visible.length < total) announce(t.list.shown(visible.length, total));
    else announce(t.list.total(total));

    if (complete) window.history.replaceState(null, '', stateUrl(facets, query));
  }

  async function update(): Promise<void> {
    if (query && !searcher && !failed) {
      announce(t.loading, true);
      try {
        searcher = await loadSearcher();
      } catch {
        failed = true;
      }
    }
    render();
  }

  if (instant) {
    input.addEventListener('input', () => {
      query = input.value.trim();
      failed = false;
      void update();
    });
  } else {
    // A corpus past the fuse budget: the box is a form to the search page (Pagefind).
    query = '';
  }

  if (complete) {
    for (const link of links) {
      link.addEventListener('click', (event) => {
        const facet = link.dataset['facet'];
        if (!isFacet(facet) || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        const slug = link.dataset['slug'] ?? '';
        if (facets.get(facet) === slug) facets.delete(facet);
        else facets.set(facet, slug);
        void update();
      });
    }
    clear?.addEventListener('click', (event) => {
      event.preventDefault();
      facets.clear();
      void update();
    });
  }

  void update();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-guide-finder]')) init(root);
