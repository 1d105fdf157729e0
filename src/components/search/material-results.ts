// Renders "需要该材料的事项": the guides that require a material the query names. Built with
// DOM methods and textContent only, never HTML strings.
import { guideUrl } from '../../lib/search/browser.ts';
import type { GuideSearcher, MaterialMatch } from '../../lib/search/browser.ts';
import { searchText } from '../../i18n/search.ts';

const t = searchText.materials;

export function renderMaterialMatches(
  section: HTMLElement,
  list: HTMLElement,
  matches: readonly MaterialMatch[],
  searcher: GuideSearcher,
): void {
  const titles = new Map(searcher.index.records.map((record) => [record.id, record.title]));
  list.replaceChildren(
    ...matches.map((match) => {
      const block = document.createElement('div');
      block.className = 'material-match';
      const heading = document.createElement('h3');
      heading.textContent = t.material(match.material.name, match.matched);
      const count = document.createElement('p');
      count.className = 'small muted';
      count.textContent = t.guides(match.material.guides.length);
      const guides = document.createElement('ul');
      guides.className = 'link-list';
      for (const id of match.material.guides) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = guideUrl(id);
        link.textContent = titles.get(id) ?? id;
        item.append(link);
        guides.append(item);
      }
      block.append(heading, count, guides);
      return block;
    }),
  );
  section.hidden = matches.length === 0;
}
