// Renders a CorpusDiff as Markdown for a pull-request comment, in the words a department editor
// and a reviewer use. Pinned by tests/pr-loop/diff: change the wording there too.
import { isEmptyDiff } from './compare.ts';
import type {
  AbolitionChange,
  AbolitionLine,
  Change,
  CorpusDiff,
  DepartmentDiff,
  FeeLine,
  GuideDiff,
  GuideRef,
  Listing,
  MaterialChange,
  MaterialLine,
  CatalogueChange,
} from './types.ts';

export interface MarkdownOptions {
  /** How to name the two sides, e.g. a short commit id, a branch, or 工作区. */
  readonly base: string;
  readonly head: string;
}

/** Backslash-escapes characters Markdown would read as formatting. */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>|]/g, '\\$&');

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const none = (value: string | undefined) => (value === undefined ? '无' : escapeMarkdown(value));
const arrow = <T>(change: Change<T>, show: (value: T) => string) =>
  `${show(change.before)} → ${show(change.after)}`;
const days = (count: number) => (count === 0 ? '即办' : `${count} 个工作日`);
const yesNo = (value: boolean) => (value ? '是' : '否');

function counts(item: { form: string; originals: number; copies: number }): string {
  const parts: string[] = [];
  if (item.form !== '复印件' || item.originals > 0) parts.push(`原件 ${item.originals} 份`);
  if (item.form !== '原件' || item.copies > 0) parts.push(`复印件 ${item.copies} 份`);
  return parts.join('、');
}

function materialText(line: MaterialLine): string {
  const details = [counts(line), line.necessity];
  if (line.when) details.push(`适用情形：${escapeMarkdown(line.when)}`);
  if (line.verifyOriginal) details.push('须到现场核验原件');
  return `${escapeMarkdown(line.name)}（${details.join('；')}）`;
}

function materialChangeText(item: MaterialChange): string {
  const parts: string[] = [];
  if (item.form) parts.push(`材料形式 ${arrow(item.form, String)}`);
  if (item.originals) parts.push(`原件 ${arrow(item.originals, (n) => `${n} 份`)}`);
  if (item.copies) parts.push(`复印件 ${arrow(item.copies, (n) => `${n} 份`)}`);
  if (item.necessity) parts.push(`必要性 ${arrow(item.necessity, String)}`);
  if (item.condition) parts.push(`适用情形 ${arrow(item.condition, none)}`);
  if (item.verifyOriginal) parts.push(`须到现场核验原件 ${arrow(item.verifyOriginal, yesNo)}`);
  if (item.note) parts.push(`填报须知 ${arrow(item.note, none)}`);
  const label = item.when ? `${item.name}（${item.when}）` : item.name;
  return `${escapeMarkdown(label)}：${parts.join('；')}`;
}

const feeText = (fee: FeeLine) =>
  `${escapeMarkdown(fee.item)} ${fee.amount} 元（依据：${escapeMarkdown(fee.basis)}）`;

/** "新增：a；删除：b；变更：c" as sub-items of a bullet. */
function listingLines<A, C>(
  list: Listing<A, C>,
  show: (item: A) => string,
  showChange: (item: C) => string = () => '',
): string[] {
  return [
    ...list.added.map((item) => `  - 新增：${show(item)}`),
    ...list.removed.map((item) => `  - 删除：${show(item)}`),
    ...list.changed.map((item) => `  - 变更：${showChange(item)}`),
  ];
}

function statusNote(status: Change<string>): string {
  if (status.after === '在用') return '（将在网站发布）';
  if (status.before === '在用') return '（不再在网站发布）';
  return '';
}

function guideSection(guide: GuideDiff): string[] {
  const lines = [`#### ${escapeMarkdown(guide.title)}（${escapeMarkdown(guide.code)}）`, ''];
  if (guide.file) lines.push(code(guide.file), '');
  const bullet = (label: string, text: string) => lines.push(`- **${label}**：${text}`);
  const nested = (label: string, sub: string[]) => {
    if (sub.length > 0) lines.push(`- **${label}**`, ...sub);
  };

  if (guide.movedFrom) bullet('文件位置', `由 ${code(guide.movedFrom)} 移至 ${code(guide.id)}`);
  if (guide.titleChange) bullet('事项名称', arrow(guide.titleChange, escapeMarkdown));
  if (guide.status) bullet('事项状态', arrow(guide.status, String) + statusNote(guide.status));
  nested('申请材料', listingLines(guide.materials, materialText, materialChangeText));
  nested(
    '收费',
    listingLines(guide.fees, feeText, (fee) => {
      const parts: string[] = [];
      if (fee.amount) parts.push(`金额 ${arrow(fee.amount, (n) => `${n} 元`)}`);
      if (fee.basis) parts.push(`依据 ${arrow(fee.basis, escapeMarkdown)}`);
      return `${escapeMarkdown(fee.item)}：${parts.join('；')}`;
    }),
  );
  const time: string[] = [];
  if (guide.timeLimit?.legal) time.push(`法定时限 ${arrow(guide.timeLimit.legal, days)}`);
  if (guide.timeLimit?.promised) time.push(`承诺时限 ${arrow(guide.timeLimit.promised, days)}`);
  if (time.length > 0) bullet('办理时限', time.join('；'));
  if (guide.kind) bullet('办件类型', arrow(guide.kind, String));
  if (guide.online?.depth) bullet('网上办理', arrow(guide.online.depth, String));
  if (guide.online?.url) bullet('网上办理入口', arrow(guide.online.url, none));
  if (guide.visits)
    bullet(
      '到现场次数',
      arrow(guide.visits, (n) => `${n} 次`),
    );
  if (guide.visitsReason) bullet('到现场原因', arrow(guide.visitsReason, none));
  if (guide.post)
    bullet(
      '邮寄/快递',
      arrow(guide.post, (value) => (value ? '支持' : '不支持')),
    );
  nested(
    '办理地点',
    listingLines(guide.locations, (place) => escapeMarkdown(place.name)),
  );
  if (guide.coverage) bullet('通办范围', arrow(guide.coverage, String));
  nested('受理条件', listingLines(guide.conditions, escapeMarkdown));
  if (guide.other.length > 0) bullet('其他修改', guide.other.join('、'));
  nested(
    '新增更新记录',
    guide.changeNotes.map((note) => `  - ${escapeMarkdown(note)}`),
  );
  return lines;
}

const guideLine = (guide: GuideRef) =>
  `- **${escapeMarkdown(guide.title)}**（${escapeMarkdown(guide.code)}）：${escapeMarkdown(guide.department)}` +
  (guide.file ? `，${code(guide.file)}` : '');

function abolitionText(line: AbolitionLine): string {
  const basis = line.basis.number
    ? `《${line.basis.title}》（${line.basis.number}）`
    : `《${line.basis.title}》`;
  const aliases =
    line.aliases.length > 0 ? `（又称：${line.aliases.map(escapeMarkdown).join('、')}）` : '';
  return (
    `- **${escapeMarkdown(line.name)}**${aliases}：${line.abolishedOn} 起取消；` +
    `依据${escapeMarkdown(basis)}；替代方式：${line.replacement}；适用范围：${escapeMarkdown(line.scope)}`
  );
}

function abolitionChangeText(item: AbolitionChange): string {
  const parts: string[] = [];
  if (item.nameChange) parts.push(`名称 ${arrow(item.nameChange, escapeMarkdown)}`);
  if (item.aliases)
    parts.push(
      `别名 ${arrow(item.aliases, (list) => (list.length ? list.map(escapeMarkdown).join('、') : '无'))}`,
    );
  if (item.abolishedOn) parts.push(`取消日期 ${arrow(item.abolishedOn, String)}`);
  if (item.scope) parts.push(`适用范围 ${arrow(item.scope, escapeMarkdown)}`);
  if (item.replacement) parts.push(`替代方式 ${arrow(item.replacement, String)}`);
  if (item.basis) parts.push(`依据 ${arrow(item.basis, escapeMarkdown)}`);
  return `- **${escapeMarkdown(item.name)}**：${parts.join('；')}`;
}

function departmentSection(department: DepartmentDiff): string[] {
  const lines = [`#### ${escapeMarkdown(department.name)}`, ''];
  for (const field of department.fields)
    lines.push(`- **${field.label}**：${arrow(field, escapeMarkdown)}`);
  for (const place of department.locations.added)
    lines.push(`- **新增办理地点**：${escapeMarkdown(place.name)}`);
  for (const place of department.locations.removed)
    lines.push(`- **撤销办理地点**：${escapeMarkdown(place.name)}`);
  for (const place of department.locations.changed) {
    const parts = place.fields.map((field) => `${field.label} ${arrow(field, escapeMarkdown)}`);
    lines.push(`- **办理地点“${escapeMarkdown(place.name)}”**：${parts.join('；')}`);
  }
  return lines;
}

function catalogueText(item: CatalogueChange): string {
  const parts: string[] = [];
  if (item.nameChange) parts.push(`名称 ${arrow(item.nameChange, escapeMarkdown)}`);
  if (item.license) {
    const effect =
      item.license.after && !item.license.before ? '（今后通过数据共享获取，免提交）' : '';
    parts.push(`电子证照 ${arrow(item.license, none)}${effect}`);
  }
  if (item.issuer) parts.push(`来源渠道 ${arrow(item.issuer, escapeMarkdown)}`);
  const reach = item.guides.length > 0 ? `；涉及 ${item.guides.length} 个事项` : '';
  return `- **${escapeMarkdown(item.name)}**：${parts.join('；')}${reach}`;
}

function summary(diff: CorpusDiff): string {
  const parts = [
    `新增事项 ${diff.addedGuides.length} 个`,
    `删除事项 ${diff.removedGuides.length} 个`,
    `变更事项 ${diff.changedGuides.length} 个`,
  ];
  if (diff.abolitions.added.length > 0)
    parts.push(`新登记取消的证明材料 ${diff.abolitions.added.length} 项`);
  return parts.join('，') + '。';
}

export function renderMarkdown(diff: CorpusDiff, options: MarkdownOptions): string {
  const lines = [
    '## 办事指南变更摘要',
    '',
    `对比 ${code(options.base)}（修改前）与 ${code(options.head)}（修改后）。`,
    '',
  ];
  if (isEmptyDiff(diff)) {
    lines.push('本次修改没有改变群众可见的办事信息。');
    return lines.join('\n') + '\n';
  }
  lines.push(summary(diff), '');
  const section = (title: string, body: string[]) => {
    if (body.length > 0) lines.push(`### ${title}`, '', ...body, '');
  };
  section('新登记取消的证明材料', diff.abolitions.added.map(abolitionText));
  section('新增事项', diff.addedGuides.map(guideLine));
  section('删除事项', diff.removedGuides.map(guideLine));
  section(
    '变更事项',
    diff.changedGuides.flatMap((guide) => [...guideSection(guide), '']).slice(0, -1),
  );
  section('取消材料登记的其他变化', [
    ...diff.abolitions.changed.map(abolitionChangeText),
    ...diff.abolitions.removed.map(
      (line) => `- **${escapeMarkdown(line.name)}**：从登记中删除（不再视为已取消）`,
    ),
  ]);
  section(
    '部门和办理地点',
    diff.departments.flatMap((department) => [...departmentSection(department), '']).slice(0, -1),
  );
  section('材料目录', diff.catalogue.map(catalogueText));
  const unreadable = [
    ...diff.unreadable.head.map((file) => `- ${code(file)}（修改后）`),
    ...diff.unreadable.base.map((file) => `- ${code(file)}（修改前）`),
  ];
  if (unreadable.length > 0) {
    section('无法比较的文件', [
      '以下文件无法读取或不符合格式，未纳入对比；运行 `npm run validate` 查看原因。',
      '',
      ...unreadable,
    ]);
  }
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
