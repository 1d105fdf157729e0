// The part of Pagefind's browser API (/pagefind/pagefind.js, generated at build time) that the
// search page uses, loaded with a dynamic import on the first search so that pages without a
// query download nothing. Same-origin, so the CSP's script-src 'self' allows it; its
// WebAssembly core needs 'wasm-unsafe-eval' (astro.config.mjs).

export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters: Readonly<Record<string, readonly string[] | undefined>>;
}

export interface PagefindResult {
  readonly id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  readonly results: readonly PagefindResult[];
  /** Result counts per filter value for the current query and filters. */
  readonly filters: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Result counts per filter value for the current query, ignoring the selected filters. */
  readonly totalFilters: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface Pagefind {
  options(options: { excerptLength?: number; basePath?: string }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Readonly<Record<string, Readonly<Record<string, number>>>>>;
  mergeIndex(path: string): Promise<void>;
  search(query: string, options?: { filters?: PagefindFilters }): Promise<PagefindSearch | null>;
}

export const PAGEFIND_URL = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;

let pending: Promise<Pagefind> | undefined;
const itemBundles = new Map<string, Promise<Pagefind>>();

/**
 * The service items' bundle of a province-sized site (docs/scale.md, "Service items"): its own
 * module instance and WebAssembly core, so the first query loads only a few thousand item
 * records and none of the guide bundles.
 */
export function loadItemsPagefind(bundle: string): Promise<Pagefind> {
  let loading = itemBundles.get(bundle);
  if (!loading) {
    loading = (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({ excerptLength: 20 });
      await pagefind.init();
      return pagefind;
    })().catch((error: unknown) => {
      itemBundles.delete(bundle);
      throw error;
    });
    itemBundles.set(bundle, loading);
  }
  return loading;
}

export function loadPagefind(): Promise<Pagefind> {
  pending ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({ excerptLength: 40 });
    await pagefind.init();
    // A sharded build (docs/scale.md) serves one bundle per shard: the first is loaded above, the
    // others are merged into it and searched with its WebAssembly core, results ranked together.
    const merged =
      document.querySelector<HTMLElement>('[data-pagefind-merge]')?.dataset['pagefindMerge'];
    await Promise.all((merged?.split(' ') ?? []).map((path) => pagefind.mergeIndex(path)));
    // Filter chunks (needed for counts per value) are loaded only when the filters are opened:
    // at 10,000 guides they would double the first query's download (npm run bench:search).
    return pagefind;
  })().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
