// One material row of an export → one entry of a guide's material list. The name is matched to
// the catalogue (match.ts); anything but an exact name or alias becomes a new catalogue entry of
// its own and a review line with the candidates: never a silent merge.
import type { Entry } from '../corpus/model.ts';
import type { Abolished, GuideMaterial, Material } from '../schemas/index.ts';
import { slugFromTitle } from '../scaffold/slug.ts';
import { guessCategory, MaterialMatcher, materialKey } from './match.ts';
import type { Review } from './model.ts';
import { PLACEHOLDER, uniqueId } from './notes.ts';
import type { ItemNotes } from './notes.ts';
import type { MaterialRecord } from './sheets.ts';
import * as v from './values.ts';

export class MaterialPlanner {
  readonly reviews: Review[] = [];
  private readonly materials: ReadonlyMap<string, Entry<Material>>;
  private readonly matcher: MaterialMatcher;
  private readonly proposed = new Map<string, Material>();
  /** The same unknown name in several items gets one new entry. */
  private readonly byKey = new Map<string, string>();
  private readonly abolishedNames = new Map<string, string>();

  constructor(
    materials: ReadonlyMap<string, Entry<Material>>,
    abolished: ReadonlyMap<string, Entry<Abolished>> | undefined,
  ) {
    this.materials = materials;
    this.matcher = new MaterialMatcher(materials);
    for (const a of abolished?.values() ?? [])
      for (const n of [a.data.name, ...a.data.aliases])
        this.abolishedNames.set(materialKey(n), a.id);
  }

  private abolishedOf(name: string): { abolished?: string } {
    const found = this.abolishedNames.get(materialKey(name));
    return found === undefined ? {} : { abolished: found };
  }

  materialFor(
    record: MaterialRecord,
    itemLabel: string,
    notes: ItemNotes,
  ): GuideMaterial | undefined {
    const name = record.get('name');
    const form = record.has('form')
      ? notes.take(record, 'form', v.materialForm(record.get('form')))
      : undefined;
    let originals = record.has('originals')
      ? notes.take(record, 'originals', v.count(record.get('originals'), '原件份数'))
      : undefined;
    let copies = record.has('copies')
      ? notes.take(record, 'copies', v.count(record.get('copies'), '复印件份数'))
      : undefined;
    if (record.has('counts')) {
      const both = notes.take(record, 'counts', v.counts(record.get('counts')));
      originals ??= both?.originals ?? (both ? 0 : undefined);
      copies ??= both?.copies ?? (both ? 0 : undefined);
    }
    const shape: GuideMaterial['form'] | undefined =
      form ??
      (originals !== undefined || copies !== undefined
        ? (originals ?? 0) > 0 && (copies ?? 0) > 0
          ? '原件和复印件'
          : (copies ?? 0) > 0
            ? '复印件'
            : '原件'
        : undefined);
    if (shape === undefined) {
      notes.missing(record, 'form', '材料类型', '请填写原件、复印件或原件和复印件（或填写份数）。');
      return undefined;
    }
    if (originals === undefined && copies === undefined) {
      originals = shape === '复印件' ? 0 : 1;
      copies = shape === '原件' ? 0 : 1;
      notes.warn(
        record,
        'form',
        `“${name}”没有填写份数，按“${shape}”记为原件 ${originals} 份、复印件 ${copies} 份，请核对。`,
      );
    }
    const necessity = record.has('necessity')
      ? notes.take(record, 'necessity', v.necessity(record.get('necessity')))
      : undefined;
    if (!record.has('necessity'))
      notes.warn(record, 'necessity', `“${name}”没有填写材料必要性，按“必要”导入，请核对。`);
    const verify = record.has('verifyOriginal')
      ? notes.take(
          record,
          'verifyOriginal',
          v.yesNo(record.get('verifyOriginal'), '是否须现场核验原件'),
        )
      : undefined;

    const found = this.matcher.match(name, record.get('materialId'));
    let id: string;
    if (found.kind === 'id' || found.kind === 'name' || found.kind === 'alias') {
      id = found.id;
    } else {
      const key = materialKey(name);
      const known = this.byKey.get(key);
      id =
        known ??
        uniqueId(slugFromTitle(name), (c) => this.materials.has(c) || this.proposed.has(c));
      if (known === undefined) {
        this.byKey.set(key, id);
        const source = record.has('source')
          ? notes.take(record, 'source', v.materialSource(record.get('source')))
          : undefined;
        this.proposed.set(id, {
          name,
          aliases: [],
          category: guessCategory(name),
          source: source ?? '其他',
          issuer: record.get('issuer') || PLACEHOLDER,
        });
      }
      this.reviews.push({
        at: record.at,
        column: record.column('name'),
        item: itemLabel,
        name,
        candidates: found.kind === 'fuzzy' ? found.candidates : [],
        proposed: id,
        ...this.abolishedOf(name),
      });
    }
    const standard = record.get('standard');
    const note = [record.get('note'), standard === '' ? '' : `受理标准：${standard}`]
      .filter((s) => s !== '')
      .join('；');
    return {
      material: id,
      form: shape,
      originals: originals ?? 0,
      copies: copies ?? 0,
      necessity: necessity ?? '必要',
      ...(record.has('when') ? { when: record.get('when') } : {}),
      ...(note === '' ? {} : { note }),
      ...(verify === true ? { verifyOriginal: true } : {}),
    };
  }

  /** Proposed entries and review lines that imported guides use (a skipped item's are dropped). */
  used(ids: ReadonlySet<string>): { materials: Map<string, Material>; reviews: Review[] } {
    return {
      materials: new Map([...this.proposed].filter(([id]) => ids.has(id))),
      reviews: this.reviews.filter((r) => ids.has(r.proposed)),
    };
  }
}
