// What changed for citizens between two versions of the corpus. Plain data (dates as YYYY-MM-DD
// strings), so `npm run diff -- --format json` prints it as it is.

/** A value before and after. `undefined` means the field was absent on that side. */
export interface Change<T> {
  readonly before: T;
  readonly after: T;
}

/** A guide as the reader of the diff recognises it. */
export interface GuideRef {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  /** The department's name (its id when the department is unknown). */
  readonly department: string;
  readonly file?: string;
}

/** One line of a guide's material list, with the catalogue name resolved. */
export interface MaterialLine {
  readonly material: string;
  readonly name: string;
  readonly form: string;
  readonly originals: number;
  readonly copies: number;
  readonly necessity: string;
  readonly when?: string;
  readonly verifyOriginal?: boolean;
}

export interface MaterialChange {
  readonly material: string;
  readonly name: string;
  readonly when?: string;
  readonly form?: Change<string>;
  readonly originals?: Change<number>;
  readonly copies?: Change<number>;
  readonly necessity?: Change<string>;
  readonly condition?: Change<string | undefined>;
  readonly verifyOriginal?: Change<boolean>;
  readonly note?: Change<string | undefined>;
}

export interface FeeLine {
  readonly item: string;
  readonly amount: number;
  readonly basis: string;
}

export interface FeeChange {
  readonly item: string;
  readonly amount?: Change<number>;
  readonly basis?: Change<string>;
}

export interface LocationLine {
  readonly id: string;
  /** The location's name from the department (its id when unknown). */
  readonly name: string;
}

export interface Listing<Added, Changed = never> {
  readonly added: readonly Added[];
  readonly removed: readonly Added[];
  readonly changed: readonly Changed[];
}

/** Per guide: only the keys that changed are present (lists are always present, maybe empty). */
export interface GuideDiff extends GuideRef {
  /** The guide's id at the base revision when its file was moved (matched by code). */
  readonly movedFrom?: string;
  readonly titleChange?: Change<string>;
  readonly status?: Change<string>;
  readonly materials: Listing<MaterialLine, MaterialChange>;
  readonly fees: Listing<FeeLine, FeeChange>;
  readonly timeLimit?: { readonly legal?: Change<number>; readonly promised?: Change<number> };
  readonly kind?: Change<string>;
  readonly online?: { readonly depth?: Change<string>; readonly url?: Change<string | undefined> };
  readonly visits?: Change<number>;
  readonly visitsReason?: Change<string | undefined>;
  readonly post?: Change<boolean>;
  readonly locations: Listing<LocationLine>;
  readonly coverage?: Change<string>;
  readonly conditions: Listing<string>;
  /** Change notes (更新记录) added by this change, as `YYYY-MM-DD note`. */
  readonly changeNotes: readonly string[];
  /** Other fields that changed, by their Chinese label (设定依据, 办理流程, 正文 …). */
  readonly other: readonly string[];
}

export interface AbolitionLine {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly abolishedOn: string;
  readonly basis: { readonly title: string; readonly number?: string };
  readonly replacement: string;
  /** The scope in words, e.g. 全部事项, or 事项名称：内地居民结婚登记. */
  readonly scope: string;
}

export interface AbolitionChange {
  readonly id: string;
  readonly name: string;
  readonly nameChange?: Change<string>;
  readonly aliases?: Change<readonly string[]>;
  readonly abolishedOn?: Change<string>;
  readonly scope?: Change<string>;
  readonly replacement?: Change<string>;
  readonly basis?: Change<string>;
}

export interface LocationChange {
  readonly id: string;
  readonly name: string;
  /** Field label (名称, 地址, 窗口, 办公时间) → change. */
  readonly fields: readonly (Change<string> & { readonly label: string })[];
}

export interface DepartmentDiff {
  readonly id: string;
  readonly name: string;
  readonly fields: readonly (Change<string> & { readonly label: string })[];
  readonly locations: {
    readonly added: readonly LocationLine[];
    readonly removed: readonly LocationLine[];
    readonly changed: readonly LocationChange[];
  };
}

export interface CatalogueChange {
  readonly id: string;
  readonly name: string;
  readonly nameChange?: Change<string>;
  /** 电子证照: gaining one makes the material 免提交 in every guide that lists it. */
  readonly license?: Change<string | undefined>;
  readonly issuer?: Change<string>;
  /** Guides (at head) that list this material. */
  readonly guides: readonly string[];
}

export interface CorpusDiff {
  /**
   * Files that exist but could not be loaded (YAML or schema errors) on each side, by path. Their
   * guides are neither added nor removed: the validator reports what is wrong with them.
   */
  readonly unreadable: { readonly base: readonly string[]; readonly head: readonly string[] };
  readonly addedGuides: readonly GuideRef[];
  readonly removedGuides: readonly GuideRef[];
  readonly changedGuides: readonly GuideDiff[];
  readonly abolitions: Listing<AbolitionLine, AbolitionChange>;
  readonly departments: readonly DepartmentDiff[];
  readonly catalogue: readonly CatalogueChange[];
}
