// The service items of the published catalogue (src/lib/items/), for the item pages and the
// search page; empty when the catalogue is below the tier's bound (src/lib/items/tier.ts).
import { groupItems } from '../lib/items/group.ts';
import type { ServiceItem } from '../lib/items/group.ts';
import { itemsTierOn } from '../lib/items/tier.ts';
import { loadCorpus, loadSiteIndex } from './corpus.ts';

let items: Promise<ServiceItem[]> | undefined;

/** Whether this site has the item tier: by the number of published guides only. */
export async function hasItemsTier(): Promise<boolean> {
  const index = await loadSiteIndex();
  return itemsTierOn(index.published.length);
}

export function loadItems(): Promise<ServiceItem[]> {
  items ??= (async () => {
    if (!(await hasItemsTier())) return [];
    const [corpus, index] = await Promise.all([loadCorpus(), loadSiteIndex()]);
    return groupItems(
      index.published.map((guide) => ({
        id: guide.id,
        code: guide.data.code,
        title: guide.data.title,
        department: guide.data.department,
        departmentName: corpus.departments.get(guide.data.department)?.data.name ?? '',
      })),
    );
  })();
  return items;
}
