// A seeded synthetic corpus in the real format: departments, a material catalogue, a register of
// abolished materials, topics and N guides of realistic size (~3 KB, ~8 materials each). Used by
// `npm run bench:validate` and the full benchmark. With `faults`, a share of the guides gets
// known mistakes (an abolished material mentioned, a promise longer than the law allows), so the
// cost of reporting can be measured too.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { seeded } from './random.ts';
import type { Random } from './random.ts';
import {
  ABOLISHED_NAMES,
  ACTIONS,
  CONDITIONS,
  DEPARTMENTS,
  DOCUMENTS,
  FAQ,
  MATERIAL_HEADS,
  MATERIAL_TAILS,
  NOTES,
  PARAGRAPHS,
  STEPS,
  SUBJECTS,
  WHENS,
} from './vocabulary.ts';

export interface SyntheticOptions {
  readonly guides: number;
  readonly seed?: number;
  /** Share of guides (0–1) given known mistakes; default 0 (a clean corpus). */
  readonly faults?: number;
}

/** Relative path under the content root → file text. */
export type Files = Map<string, string>;

const ITEM_TYPES = [
  '行政许可',
  '行政确认',
  '行政给付',
  '行政备案',
  '公共服务',
  '其他行政权力',
] as const;
const DEPTHS = ['全程网办', '在线预审', '在线申办', '信息公开'] as const;

const list = (items: readonly string[]) => `[${items.join(', ')}]`;

export function generateCorpus(options: SyntheticOptions): Files {
  const random = seeded(options.seed ?? 20261125);
  const files: Files = new Map();
  // The region's site file: without it the site does not build (src/lib/site/config.ts).
  files.set('site.yaml', SITE_FILE);

  for (const [id, , suffix] of DEPARTMENTS) {
    files.set(`departments/${id}.yaml`, department(id, suffix, random));
  }

  const materials: { id: string; name: string }[] = [];
  MATERIAL_HEADS.forEach((head, h) => {
    MATERIAL_TAILS.forEach((tail, t) => {
      const id = `material-${String(h * MATERIAL_TAILS.length + t + 1).padStart(3, '0')}`;
      materials.push({ id, name: `${head}${tail}` });
      files.set(`materials/${id}.yaml`, material(`${head}${tail}`, tail, random));
    });
  });

  // Guides first (in memory), so scoped abolitions and topics can name real titles and codes.
  const guides = Array.from({ length: options.guides }, (_, n) => guideFacts(n, random));
  const topicCount = Math.max(3, Math.floor(options.guides / 50));
  const topics = Array.from({ length: topicCount }, (_, t) => ({
    id: `topic-${String(t + 1).padStart(4, '0')}`,
    members: [] as string[],
  }));
  for (const guide of guides) {
    if (random.chance(0.2)) {
      const topic = random.pick(topics);
      topic.members.push(guide.id);
      guide.topics.push(topic.id);
    }
  }
  for (const topic of topics) {
    if (topic.members.length === 0) {
      const guide = random.pick(guides);
      topic.members.push(guide.id);
      guide.topics.push(topic.id);
    }
    files.set(`topics/${topic.id}.yaml`, topicFile(topic.id, topic.members));
  }

  ABOLISHED_NAMES.forEach(([name, alias], i) => {
    const scope =
      i % 4 === 0
        ? 'all'
        : i % 4 === 1
          ? `\n  titles: ${list(random.sample(guides, 3).map((g) => g.title))}`
          : i % 4 === 2
            ? `\n  codes: ${list(random.sample(guides, 5).map((g) => g.code))}`
            : `\n  types: [${random.pick(ITEM_TYPES)}]`;
    const [title, number] = random.pick(DOCUMENTS);
    const on = i % 5 === 4 ? '2027-03-01' : `20${16 + (i % 9)}-0${1 + (i % 9)}-01`;
    files.set(
      `abolished/abolished-${String(i + 1).padStart(2, '0')}.yaml`,
      `name: ${name}\naliases: [${alias}]\nscope: ${scope}\nabolishedOn: ${on}\nbasis:\n  title: ${title}\n  number: ${number}\nreplacement: ${random.pick(['告知承诺', '部门核查', '数据共享', '直接取消'])}\nnote: 不再要求申请人提交，改由办理部门按规定核实。\n`,
    );
  });

  const faults = options.faults ?? 0;
  for (const guide of guides) {
    files.set(`guides/${guide.id}.md`, guideFile(guide, materials, random, random.chance(faults)));
  }
  return files;
}

const SITE_FILE = `region: 云溪区
regionCode: '339901'
siteName: 云溪区办事指南
tagline: 云溪区政务服务中心 · 线上线下同一标准
url: https://banshi.yunxi.example
centre:
  name: 云溪区政务服务中心
  address: 云溪区望江东路188号
  hours: [周一至周五 9:00—12:00，13:30—17:00]
  phones:
    - { label: 咨询电话, number: 0571-86012000 }
hotline: { label: 政务服务便民热线, number: '12345' }
platform: { name: 政务服务网, url: https://zwfw.yunxi.example }
`;

/** Writes the corpus under `dir` (emptied first). */
export function writeCorpus(dir: string, files: Files): void {
  rmSync(dir, { recursive: true, force: true });
  const made = new Set<string>();
  for (const [path, text] of files) {
    const full = join(dir, path);
    const folder = dirname(full);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(full, text);
  }
}

// --- files ------------------------------------------------------------------------------------

function department(id: string, suffix: string, random: Random): string {
  const phone = random.int(86010000, 86099999);
  return `name: 云溪区${suffix}
address: 云溪区望江东路${random.int(1, 400)}号
hours: 周一至周五 9:00—12:00，13:30—17:00（法定节假日除外）
consultPhone: 0571-${phone}
complaintPhone: 0571-${phone + 1}
locations:
  - id: ${id}-center
    name: 区政务服务中心${suffix}窗口
    address: 云溪区望江东路188号 区政务服务中心二楼
    window: ${random.int(1, 40)}号窗口
    hours: 周一至周五 9:00—12:00，13:30—17:00；周六 9:00—12:00
  - id: ${id}-office
    name: 云溪区${suffix}办事大厅
    address: 云溪区滨河路${random.int(1, 200)}号 一楼
    window: ${random.int(1, 9)}—${random.int(10, 20)}号窗口
    hours: 周一至周五 9:00—12:00，13:30—17:00
`;
}

function material(name: string, tail: string, random: Random): string {
  const category = /表/.test(tail)
    ? '表格'
    : /合同|协议/.test(tail)
      ? '协议'
      : /证/.test(tail)
        ? '证件'
        : '其他';
  const license = category === '证件' && random.chance(0.3) ? `license: ${name}电子证照\n` : '';
  return `name: ${name}\naliases: []\ncategory: ${category}\nsource: ${random.pick(['申请人自备', '政府部门核发', '中介机构出具'])}\nissuer: 由申请人填写或有关机关出具\n${license}`;
}

function topicFile(id: string, members: readonly string[]): string {
  return `title: 一件事${id.slice(6)}\nsummary: 把相关事项合并为一次申请、一套材料、一个窗口办理，部门之间内部流转，群众不必逐个部门跑。\nguides:\n${members.map((m) => `  - ${m}`).join('\n')}\n`;
}

interface GuideFacts {
  id: string;
  code: string;
  title: string;
  department: string;
  type: string;
  topics: string[];
}

function guideFacts(n: number, random: Random): GuideFacts {
  const [department, short] = DEPARTMENTS[n % DEPARTMENTS.length] ?? DEPARTMENTS[0];
  const serial = String(n + 1).padStart(5, '0');
  return {
    id: `${department}/item-${serial}`,
    code: `339901-${short}-${serial}`,
    title: `${random.pick(SUBJECTS)}${random.pick(ACTIONS)}`,
    department,
    type: random.pick(ITEM_TYPES),
    topics: [],
  };
}

function guideFile(
  g: GuideFacts,
  materials: readonly { id: string; name: string }[],
  random: Random,
  faulty: boolean,
): string {
  const depth = random.pick(DEPTHS);
  const visits = depth === '全程网办' ? 0 : random.int(1, 2);
  const legal = random.pick([5, 10, 15, 20, 30, 60]);
  const immediate = random.chance(0.2);
  const promised = immediate ? 0 : random.int(1, legal);
  const days = immediate ? [0, 0, 0, 0] : split(promised, random);
  const chosen = random.sample(materials, random.int(6, 10));
  const fullyOnline = depth === '全程网办';
  const materialsYaml = chosen
    .map((m) => {
      const form = random.pick(['原件', '复印件', '原件和复印件'] as const);
      const originals = form === '复印件' ? 0 : 1;
      const copies = form === '原件' ? 0 : random.int(1, 2);
      const lines = [
        `  - material: ${m.id}`,
        `    form: ${form}`,
        `    originals: ${originals}`,
        `    copies: ${copies}`,
        `    necessity: ${random.pick(['必要', '必要', '非必要', '容缺后补'])}`,
      ];
      if (random.chance(0.3)) lines.push(`    when: ${random.pick(WHENS)}`);
      if (random.chance(0.7)) lines.push(`    note: ${random.pick(NOTES)}`);
      if (!fullyOnline && random.chance(0.1)) lines.push('    verifyOriginal: true');
      return lines.join('\n');
    })
    .join('\n');
  const conditions: string[] = random.sample(CONDITIONS, random.int(3, 5));
  if (faulty) conditions.push(`申请时须提交${random.pick(ABOLISHED_NAMES)[0]}`);
  const post = depth === '信息公开' || random.chance(0.6);
  const url = depth === '信息公开' ? '' : `\n  url: https://zwfw.yunxi.example/apply/${g.code}`;
  const fee = random.chance(0.15)
    ? `fees:\n  - item: 证书工本费\n    amount: ${random.int(5, 50)}\n    basis: 临江市物价局关于证照工本费收费标准的通知（临价费〔2019〕12号）`
    : 'fees: []';
  const reviewed = `2026-${String(random.int(1, 10)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  const body = [
    random.pick(PARAGRAPHS),
    random.pick(PARAGRAPHS),
    '## 常见问题',
    ...random.sample(FAQ, 3).map(([q, a]) => `**${q}** ${a}`),
  ].join('\n\n');
  return `---
code: ${g.code}
title: ${g.title}
department: ${g.department}
type: ${g.type}
status: 在用
audience: ${list(random.sample(['自然人', '法人', '其他组织'], random.int(1, 2)))}
basis:
  - title: 中华人民共和国行政许可法
    article: 第${random.int(10, 60)}条
  - title: 临江市${g.title}管理办法
conditions:
${conditions.map((c) => `  - ${c}`).join('\n')}
materials:
${materialsYaml}
process:
${STEPS.slice(0, 4)
  .map(
    ([step, description], i) =>
      `  - step: ${step}\n    days: ${days[i]}\n    description: ${description}`,
  )
  .join('\n')}
timeLimit:
  legal: ${faulty ? 1 : legal}
  promised: ${faulty ? Math.max(2, promised) : promised}
kind: ${immediate && !faulty ? '即办件' : '承诺件'}
${fee}
online:
  depth: ${depth}${url}
counter:
  locations: [${g.department}-center]
post: ${post}
visits: ${visits}${visits > 0 ? '\nvisitsReason: 须本人到场签字确认并核验身份' : ''}
result:
  name: ${g.title}决定书
  delivery: [窗口领取, 快递寄送]
coverage: ${random.pick(['全市通办', '就近办', '定点办理', '跨省通办'])}
topics: ${list(g.topics)}
reviewed: ${reviewed}
changes:
  - date: ${reviewed}
    note: 核对并更新申请材料和办理时限
---

${body}
`;
}

/** Splits `total` working days over four steps. */
function split(total: number, random: Random): number[] {
  const a = random.int(0, total);
  const b = random.int(0, total - a);
  return [0, a, b, total - a - b];
}
