// The audit report for auditors, in Chinese: Markdown for the written report, CSV for a
// spreadsheet of findings (one per line), JSON for other tools.
import { stringify } from 'csv-stringify/sync';
import { rowName } from '../import/sheets.ts';
import { describeColumn } from '../import/headers.ts';
import { SIDE_NAMES } from './model.ts';
import type { AuditReport, DepartmentFigures, MaterialProblem } from './model.ts';

export const PROBLEM_NAMES: Readonly<Record<MaterialProblem, string>> = {
  'missing-online': '线上未列',
  'missing-counter': '窗口未列',
  form: '材料形式不同',
  counts: '份数不同',
  necessity: '必要性不同',
};

const percent = (share: number | null) =>
  share === null ? '—' : `${Math.round(share * 1000) / 10}%`;
const average = (value: number | null) =>
  value === null ? '—' : (Math.round(value * 100) / 100).toFixed(2);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const figures = (f: DepartmentFigures) => [
  String(f.items),
  percent(f.fullyOnlineShare),
  average(f.averageVisits),
];

export function auditMarkdown(report: AuditReport): string {
  const out: string[] = [];
  const table = (header: readonly string[], rows: readonly (readonly string[])[]) => {
    out.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
    for (const row of rows) out.push(`| ${row.map(cell).join(' | ')} |`);
    out.push('');
  };
  out.push('# 线上线下办事指南一致性核查报告', '');
  out.push(`- 核查日期：${report.date}`);
  for (const side of ['online', 'counter'] as const) {
    const s = report[side];
    out.push(
      `- ${SIDE_NAMES[side]}：${s.source}，在用事项 ${s.items} 项${s.excluded > 0 ? `（另有 ${s.excluded} 项不在用，未比对）` : ''}${s.unreadable.length > 0 ? `；${s.unreadable.length} 处未能读取，见附录` : ''}`,
    );
  }
  out.push('');
  const changedItems = report.differences.filter((d) => d.materials.length > 0).length;
  const renamed = report.differences.filter((d) => d.otherCode !== undefined).length;
  out.push('## 结论', '');
  out.push(
    report.drift === 0
      ? '线上与窗口发布的办事指南一致：事项相同，申请材料相同，没有列出已取消的证明材料。'
      : `发现 ${report.drift} 处不一致：只在线上发布的事项 ${report.onlyOnline.length} 项，只在窗口发布的事项 ${report.onlyCounter.length} 项，申请材料不一致的事项 ${changedItems} 项${renamed > 0 ? `，编码不一致的事项 ${renamed} 项` : ''}，仍列有已取消的证明材料 ${report.abolished.length} 处。`,
    '',
  );

  out.push('## 一、只在一处发布的事项', '');
  const only = [
    ...report.onlyOnline.map((i) => [i.code, i.title, i.department, '只在线上']),
    ...report.onlyCounter.map((i) => [i.code, i.title, i.department, '只在窗口']),
  ];
  if (only.length === 0) out.push('没有。', '');
  else table(['事项编码', '事项名称', '部门', '发布情况'], only);

  out.push('## 二、申请材料不一致的事项', '');
  if (report.differences.length === 0) out.push('没有。', '');
  for (const d of report.differences) {
    out.push(`### ${d.code} ${d.title}（${d.department}）`, '');
    if (d.otherCode !== undefined)
      out.push(`按事项名称对应：线上编码 ${d.code}，窗口编码 ${d.otherCode}，两处编码不一致。`, '');
    if (d.materials.length > 0)
      table(
        ['材料', '问题', '线上', '窗口'],
        d.materials.map((m) => [
          m.material,
          PROBLEM_NAMES[m.problem],
          m.online || '—',
          m.counter || '—',
        ]),
      );
  }

  out.push('## 三、仍列有已取消的证明材料', '');
  if (report.abolished.length === 0) out.push('没有。', '');
  else
    table(
      ['发布处', '事项编码', '事项名称', '材料', '取消依据', '取消日期', '替代方式'],
      report.abolished.map((a) => [
        SIDE_NAMES[a.side],
        a.code,
        a.title,
        a.material === a.abolished ? a.material : `${a.material}（即“${a.abolished}”）`,
        a.basis,
        a.since,
        a.replacement,
      ]),
    );

  out.push('## 四、各部门网上办理情况', '');
  table(
    [
      '部门',
      '线上事项数',
      '线上全程网办占比',
      '线上平均到现场次数',
      '窗口事项数',
      '窗口全程网办占比',
      '窗口平均到现场次数',
    ],
    [...report.departments, report.total].map((r) => [
      r.department,
      ...figures(r.online),
      ...figures(r.counter),
    ]),
  );

  const unreadable = (['online', 'counter'] as const).flatMap((side) =>
    report[side].unreadable.map((n) => ({ side, n })),
  );
  if (unreadable.length > 0) {
    out.push('## 附录：未能读取的行', '');
    out.push('这些行没有参与比对；其中的事项可能因此被列为“只在一处发布”。', '');
    for (const { side, n } of unreadable)
      out.push(
        `- ${SIDE_NAMES[side]}：${rowName(n.at)}${n.column ? ` ${describeColumn(n.column)}` : ''}：${n.message}`,
      );
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** One finding per row, for sorting and filtering in a spreadsheet. UTF-8 with BOM, like /data/guides.csv. */
export function auditCsv(report: AuditReport): string {
  const rows: string[][] = [];
  for (const i of report.onlyOnline)
    rows.push(['只在线上发布', i.code, i.title, i.department, '', '', '', '']);
  for (const i of report.onlyCounter)
    rows.push(['只在窗口发布', i.code, i.title, i.department, '', '', '', '']);
  for (const d of report.differences) {
    if (d.otherCode !== undefined)
      rows.push([
        '编码不一致',
        d.code,
        d.title,
        d.department,
        '',
        d.code,
        d.otherCode,
        '按事项名称对应',
      ]);
    for (const m of d.materials)
      rows.push([
        PROBLEM_NAMES[m.problem],
        d.code,
        d.title,
        d.department,
        m.material,
        m.online,
        m.counter,
        '',
      ]);
  }
  for (const a of report.abolished)
    rows.push([
      `${SIDE_NAMES[a.side]}仍列已取消材料`,
      a.code,
      a.title,
      a.department,
      a.material,
      a.side === 'online' ? '列出' : '',
      a.side === 'counter' ? '列出' : '',
      `${a.basis}，${a.since} 起取消（${a.replacement}）`,
    ]);
  return stringify(rows, {
    bom: true,
    header: true,
    columns: ['类别', '事项编码', '事项名称', '部门', '材料', '线上', '窗口', '说明'],
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}

export const auditJson = (report: AuditReport): string => `${JSON.stringify(report, null, 2)}\n`;
