// Renders "需要该材料的事项": for each material the query names, the guides that require it,
// with a link to the material catalogue when there are more than listed. Built with DOM methods
// and textContent only, never HTML strings.
import { guideUrl, materialUrl } from '../../lib/site/urls.ts';
import { searchText } from '../../i18n/search.ts';

const t = searchText.materials;

/** Materials most guides need (身份证) would push the results far down: their list starts closed. */
const OPEN_UP_TO = 10;

export interface MaterialGroup {
  readonly id: string;
  readonly name: string;
  /** The name or alias the query matched. */
  readonly matched: string;
  /** Published guides that need the material (possibly more than listed). */
  readonly total: number;
  readonly guides: readonly { readonly id: string; readonly title: string }[];
}

export function renderMaterialGroups(
  section: HTMLElement,
  list: HTMLElement,
  groups: readonly MaterialGroup[],
): void {
  list.replaceChildren(
    ...groups.map((group) => {
      const block = document.createElement('details');
      block.className = 'material-match';
      block.open = group.total <= OPEN_UP_TO;
      const summary = document.createElement('summary');
      const heading = document.createElement('h3');
      heading.textContent = t.material(group.name, group.matched);
      const count = document.createElement('span');
      count.className = 'small muted';
      count.textContent = t.guides(group.total);
      summary.append(heading, count);
      const guides = document.createElement('ul');
      guides.className = 'link-list';
      for (const guide of group.guides) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = guideUrl(guide.id);
        link.textContent = guide.title;
        item.append(link);
        guides.append(item);
      }
      block.append(summary, guides);
      if (group.total > group.guides.length) {
        const more = document.createElement('p');
        const link = document.createElement('a');
        link.href = materialUrl(group.id);
        link.textContent = t.more(group.total - group.guides.length);
        more.append(link);
        block.append(more);
      }
      return block;
    }),
  );
  section.hidden = groups.length === 0;
}
