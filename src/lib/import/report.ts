// The import report, in Chinese for the department staff who run it: what was read, what was
// imported, every row not imported with its row and column and the fix, what was adjusted, which
// materials need a person's decision, the files written, and the validator's findings.
import { columnLetter } from '../spreadsheet/table.ts';
import { describeColumn } from './headers.ts';
import type { ImportPlan, Note } from './model.ts';
import { ROLE_NAMES, rowName } from './sheets.ts';

export type FileState = 'new' | 'changed' | 'unchanged';

export interface PlannedFile {
  /** Display path (relative to the working directory). */
  readonly path: string;
  readonly kind: 'guide' | 'department' | 'material';
  readonly text: string;
  readonly state: FileState;
}

export interface ReportInput {
  readonly file: string;
  readonly plan: ImportPlan;
  readonly files: readonly PlannedFile[];
  readonly dryRun: boolean;
  /** The validator's human output on what was written (or would be). */
  readonly validation: string;
}

const STATE_NAMES: Readonly<Record<FileState, string>> = {
  new: '新建',
  changed: '覆盖',
  unchanged: '未变',
};

const where = (note: Note) =>
  `${rowName(note.at)}${note.column ? ` ${describeColumn(note.column)}` : ''}`;

const byPosition = (a: Note, b: Note) =>
  a.at.sheet < b.at.sheet
    ? -1
    : a.at.sheet > b.at.sheet
      ? 1
      : a.at.row - b.at.row || (a.column?.index ?? -1) - (b.column?.index ?? -1);

export function formatImportReport(input: ReportInput): string {
  const { plan } = input;
  const out: string[] = [];
  out.push(`${input.dryRun ? '试导入（--dry-run，不写入任何文件）' : '导入'}：${input.file}`, '');

  out.push('读取的工作表：');
  for (const sheet of plan.reading.sheets) {
    const ledger = plan.ledger.get(sheet.sheet) ?? { imported: 0, skipped: 0 };
    const merged = sheet.mergedRows > 0 ? `，${sheet.mergedRows} 行的事项单元格为合并单元格` : '';
    out.push(
      `  “${sheet.sheet}”（${ROLE_NAMES[sheet.role]}，表头在第 ${sheet.headerRow} 行）：${sheet.data.length} 行数据，导入 ${ledger.imported} 行，未导入 ${ledger.skipped} 行；空行 ${sheet.blank.length} 行${merged}`,
    );
  }
  for (const name of plan.reading.ignored) out.push(`  “${name}”：没有可识别的表头，整张表未读取`);
  const unknown = plan.reading.sheets.flatMap((s) =>
    s.unknown.map((c) => `“${s.sheet}” ${describeColumn(c)}`),
  );
  const duplicates = plan.reading.sheets.flatMap((s) =>
    s.duplicates.map((c) => `“${s.sheet}” ${describeColumn(c)}`),
  );
  const unused = plan.reading.sheets.flatMap((s) =>
    s.unused.map((c) => `“${s.sheet}” ${describeColumn(c)}：${c.why}`),
  );
  if (unknown.length > 0)
    out.push(
      '',
      '不认识的列（没有导入；如果有用，请告诉开发人员加入表头对照表）：',
      ...unknown.map((u) => `  ${u}`),
    );
  if (duplicates.length > 0)
    out.push('', '重复的列（只用了前面同义的一列）：', ...duplicates.map((u) => `  ${u}`));
  if (unused.length > 0) out.push('', '认识但不导入的列：', ...unused.map((u) => `  ${u}`));

  const newGuides = input.files.filter((f) => f.kind === 'guide' && f.state === 'new').length;
  const changedGuides = input.files.filter(
    (f) => f.kind === 'guide' && f.state === 'changed',
  ).length;
  const sameGuides = input.files.filter(
    (f) => f.kind === 'guide' && f.state === 'unchanged',
  ).length;
  const rowsSkipped = new Set(plan.skipped.map((n) => `${n.at.sheet}:${n.at.row}`)).size;
  out.push(
    '',
    `结果：导入 ${plan.items.length} 个事项（新建 ${newGuides} 个，覆盖 ${changedGuides} 个，内容未变 ${sameGuides} 个）；新建部门 ${plan.departments.size} 个，新建材料目录 ${plan.materials.size} 项；未导入 ${rowsSkipped} 行；调整后导入 ${plan.adjusted.length} 处；待核对材料 ${plan.reviews.length} 项。`,
  );

  if (plan.skipped.length > 0) {
    out.push('', '未导入的行（请改正导出后重新导入）：');
    for (const note of [...plan.skipped].sort(byPosition))
      out.push(`  ${where(note)}：${note.message}`);
  }
  if (plan.adjusted.length > 0) {
    out.push('', '调整后导入（已写入，请核对）：');
    for (const note of [...plan.adjusted].sort(byPosition))
      out.push(`  ${where(note)}：${note.message}`);
  }
  if (plan.reviews.length > 0) {
    out.push('', '待核对的材料（没有自动合并到材料目录中的已有材料）：');
    for (const review of plan.reviews) {
      const column = review.column ? ` ${columnLetter(review.column.index)} 列` : '';
      const candidates =
        review.candidates.length === 0
          ? '材料目录中没有相近的材料'
          : `与材料目录中的${review.candidates.map((c) => `“${c.name}”（${c.id}）`).join('、')}相近，但名称不同，没有合并`;
      out.push(
        `  ${rowName(review.at)}${column}：事项 ${review.item} 的材料“${review.name}”：${candidates}；已按新材料登记为 materials/${review.proposed}.yaml。` +
          (review.abolished !== undefined
            ? `注意：“${review.name}”是登记在册的已取消证明材料（abolished/${review.abolished}.yaml）：取消规定适用于本事项的，应从申请材料中删除，而不是补全这个新材料。`
            : review.candidates[0]
              ? `如果就是“${review.candidates[0].name}”，请把指南中的 ${review.proposed} 改为 ${review.candidates[0].id}，并删除新建的目录文件。`
              : '请补全它的类别、来源渠道和出具单位。'),
      );
    }
  }
  if (input.files.length > 0) {
    out.push('', input.dryRun ? '将写入的文件：' : '写入的文件：');
    for (const file of input.files) out.push(`  ${STATE_NAMES[file.state]} ${file.path}`);
  }
  out.push('', '内容检查（与 npm run validate 相同的规则）：', input.validation.trimEnd());
  return `${out.join('\n')}\n`;
}
