// `npm run diff` end to end: a throwaway repository with a base and a head commit (fixtures/diff),
// the script run as editors and CI run it, and its Markdown pinned word for word.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRepo } from './git-repo.ts';
import type { TempRepo } from './git-repo.ts';

const script = resolve(import.meta.dirname, '../../scripts/diff.ts');
const fixtures = resolve(import.meta.dirname, 'fixtures/diff');

let repo: TempRepo;
beforeAll(() => {
  repo = tempRepo();
  repo.commitTree(join(fixtures, 'base'), '基准', '2026-11-01T10:00:00+08:00');
  repo.git('tag', 'base');
  repo.commitTree(join(fixtures, 'head'), '修改', '2026-11-20T10:00:00+08:00');
});
afterAll(() => {
  repo.remove();
});

const diff = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: repo.dir, encoding: 'utf8' });

const EXPECTED = `## 办事指南变更摘要

对比 \`base\`（修改前）与 \`HEAD\`（修改后）。

新增事项 1 个，删除事项 1 个，变更事项 2 个，新登记取消的证明材料 2 项。

### 新登记取消的证明材料

- **居民户口簿**（又称：户口簿、户口本）：2025-05-10 起取消；依据《婚姻登记条例》（国务院令第804号）；替代方式：直接取消；适用范围：事项名称：内地居民结婚登记、内地居民离婚登记
- **收入证明**（又称：家庭收入证明）：2027-01-01 起取消；依据《临江市民政局关于在社会救助领域推行证明事项告知承诺制的实施方案》；替代方式：告知承诺；适用范围：事项编码：339901-MZ-JF-0001；事项类型：行政给付

### 新增事项

- **高龄津贴申领**（339901-MZ-JF-0002）：云溪区民政局，\`src/content/guides/civil-affairs/senior-allowance.md\`

### 删除事项

- **内地居民离婚登记**（339901-MZ-QR-0002）：云溪区民政局，\`src/content/guides/civil-affairs/divorce-registration.md\`

### 变更事项

#### 内地居民结婚登记（339901-MZ-QR-0001）

\`src/content/guides/civil-affairs/marriage-registration.md\`

- **申请材料**
  - 新增：申请结婚登记声明书（原件 1 份；必要；须到现场核验原件）
  - 删除：居民户口簿（原件 1 份；必要）
  - 变更：双方合影照片：原件 3 份 → 2 份；必要性 必要 → 容缺后补
- **收费**
  - 删除：结婚证工本费 9 元（依据：婚姻登记收费标准的通知）
- **到现场次数**：2 次 → 1 次
- **到现场原因**：须双方本人到场 → 须双方本人到场签字
- **办理地点**
  - 新增：区政务服务中心民政窗口
- **通办范围**：全市通办 → 全国通办
- **受理条件**
  - 新增：双方均无配偶
- **其他修改**：正文
- **新增更新记录**
  - 2026-11-20 不再需要户口簿

#### 最低生活保障申请（339901-MZ-JF-0001）

\`src/content/guides/civil-affairs/minimum-living-allowance.md\`

- **文件位置**：由 \`civil-affairs/minimum-living\` 移至 \`civil-affairs/minimum-living-allowance\`
- **申请材料**
  - 删除：收入证明（原件 1 份；必要）
- **办理时限**：承诺时限 25 个工作日 → 15 个工作日
- **网上办理**：在线申办 → 全程网办
- **网上办理入口**：无 → https://zwfw.yunxi.example/apply/339901-MZ-JF-0001
- **到现场次数**：1 次 → 0 次
- **到现场原因**：须签署承诺书 → 无
- **邮寄/快递**：不支持 → 支持
- **其他修改**：办理流程

### 部门和办理地点

#### 云溪区民政局

- **咨询电话**：0571-86012301 → 0571-86012300
- **办理地点“云溪区婚姻登记处”**：窗口 1—4号窗口 → 1—6号窗口

### 材料目录

- **居民身份证**：电子证照 无 → 居民身份证电子证照（今后通过数据共享获取，免提交）；涉及 3 个事项
`;

describe('npm run diff', () => {
  it('prints what changed for citizens between two revisions, as Markdown', () => {
    const result = diff('base', 'HEAD');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(EXPECTED);
  });

  it('says so when nothing citizens see has changed', () => {
    const result = diff('HEAD', 'HEAD');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      '## 办事指南变更摘要\n\n对比 `HEAD`（修改前）与 `HEAD`（修改后）。\n\n本次修改没有改变群众可见的办事信息。\n',
    );
  });

  it('prints the same comparison as JSON, with the commits it compared', () => {
    const result = diff('base', 'HEAD', '--format', 'json');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown> & {
      base: { rev: string; commit: string };
      changedGuides: {
        id: string;
        materials: { removed: { material: string }[] };
        timeLimit?: unknown;
      }[];
      abolitions: { added: { id: string; abolishedOn: string }[] };
    };
    expect(json.base.rev).toBe('base');
    expect(json.base.commit).toBe(repo.git('rev-parse', 'base').trim());
    expect(json.abolitions.added.map((entry) => [entry.id, entry.abolishedOn])).toEqual([
      ['household-register-marriage', '2025-05-10'],
      ['income-proof-assistance', '2027-01-01'],
    ]);
    const marriage = json.changedGuides.find(
      (guide) => guide.id === 'civil-affairs/marriage-registration',
    );
    expect(marriage?.materials.removed.map((line) => line.material)).toEqual([
      'household-register',
    ]);
    const allowance = json.changedGuides.find(
      (guide) => guide.id === 'civil-affairs/minimum-living-allowance',
    );
    expect(allowance?.timeLimit).toEqual({ promised: { before: 25, after: 15 } });
  });

  it('compares with the work tree, uncommitted edits included, when no head is given', () => {
    const file = join(repo.dir, 'src/content/guides/civil-affairs/senior-allowance.md');
    const committed = repo.git('show', 'HEAD:src/content/guides/civil-affairs/senior-allowance.md');
    try {
      writeFileSync(file, committed.replace('  promised: 10', '  promised: 5'));
      const result = diff('HEAD');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('对比 `HEAD`（修改前）与 `工作区`（修改后）。');
      expect(result.stdout).toContain('#### 高龄津贴申领（339901-MZ-JF-0002）');
      expect(result.stdout).toContain('- **办理时限**：承诺时限 10 个工作日 → 5 个工作日');
    } finally {
      writeFileSync(file, committed);
    }
  });

  it('never touches the work tree or the index when reading revisions', () => {
    const status = repo.git('status', '--porcelain', '--untracked-files=all');
    const head = repo.git('rev-parse', 'HEAD');
    expect(diff('base', 'HEAD~1').status).toBe(0);
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe(status);
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
  });

  it('lists a file it cannot read instead of calling its guide removed', () => {
    const file = join(repo.dir, 'src/content/guides/civil-affairs/senior-allowance.md');
    const committed = repo.git('show', 'HEAD:src/content/guides/civil-affairs/senior-allowance.md');
    try {
      writeFileSync(file, committed.replace('visits: 0', 'visits: 零'));
      const result = diff('HEAD');
      expect(result.status).toBe(0);
      expect(result.stdout).not.toContain('### 删除事项');
      expect(result.stdout).toContain(
        '### 无法比较的文件\n\n以下文件无法读取或不符合格式，未纳入对比；运行 `npm run validate` 查看原因。\n\n- `src/content/guides/civil-affairs/senior-allowance.md`（修改后）\n',
      );
    } finally {
      writeFileSync(file, committed);
    }
  });

  it('explains an unknown revision in Chinese and exits 1', () => {
    const result = diff('no-such-branch', 'HEAD');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^找不到版本“no-such-branch”：请填写分支名（如 main）、提交号/);
  });

  it('shows usage and exits 2 when no revision is given or the format is unknown', () => {
    const none = diff();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('请给出一个或两个版本。');
    expect(none.stderr).toContain('用法：npm run diff -- <修改前的版本> [<修改后的版本>]');
    const format = diff('base', '--format', 'html');
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('不支持的格式“html”：只能是 markdown 或 json。');
  });

  it('explains that a folder outside git has no revisions', () => {
    const outside = spawnSync(process.execPath, [script, 'HEAD'], {
      cwd: tmpdir(),
      encoding: 'utf8',
    });
    expect(outside.status).toBe(1);
    expect(outside.stderr).toContain('找不到版本“HEAD”');
  });
});
