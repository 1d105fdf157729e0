// The web editor end to end, offline: decap-server in git mode on loopback against a throwaway
// repository, the built /admin/ in Debian's Chromium. Creating a guide makes a branch
// cms/guides/…, whose file passes `npm run validate`; publishing merges it into main; adding an
// abolished material is refused with the validator's own code and message; editing one field of
// an existing guide changes exactly that line. No request leaves loopback.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Response } from 'playwright-core';
import { CMS_COLLECTIONS, cmsCollection } from '../../src/lib/cms/collections.ts';
import { entryFile, readEntry } from '../../src/lib/cms/format.ts';
import type { Finding } from '../../src/lib/validate/finding.ts';
import {
  chromiumAvailable,
  launchChromium,
  newContext,
  recordRequests,
} from '../helpers/browser.ts';
import type { RequestLog } from '../helpers/browser.ts';
import { startDecapServer } from '../helpers/decap-server.ts';
import type { DecapServer } from '../helpers/decap-server.ts';
import { DIST, serveStatic } from '../helpers/serve.ts';
import type { StaticServer } from '../helpers/serve.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CODE = '339901-MZ-QR-0099';
const NEW_ID = `civil-affairs/${CODE.toLowerCase()}`;
const NEW_FILE = `src/content/guides/${NEW_ID}.md`;
const NEW_BRANCH = `cms/guides/${NEW_ID}`;
// In the scope of the household-register abolition (婚姻登记条例, 国务院令第804号).
const TITLE = '内地居民结婚登记';
const EXISTING = 'src/content/guides/public-security/id-card-renewal.md';
const EXISTING_TITLE = '居民身份证换领';

/** `npm run validate -- --format json` on a revision of the throwaway repository. */
function validateRevision(decap: DecapServer, revision: string, edit?: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'decap-validate-'));
  try {
    const archive = execFileSync('git', ['archive', revision], { cwd: decap.repo });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    edit?.(dir);
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts/validate.ts'), '--format', 'json'],
      { cwd: dir, encoding: 'utf8' },
    );
    return { status: run.status, findings: JSON.parse(run.stdout || '[]') as Finding[] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!chromiumAvailable())(
  'the web editor at /admin/ with decap-server (MODE=git)',
  () => {
    let decap: DecapServer;
    let server: StaticServer;
    let browser: Browser;
    let page: Page;
    let requests: RequestLog;
    const failedResponses: Response[] = [];
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    /** Page errors while a refused save is under way (Decap's own rejection). */
    const refusalErrors: string[] = [];
    let refusing = false;

    const pick = async (name: string, option: string, typed?: string) => {
      // The field just added is the last one of its name (earlier list items are collapsed).
      const box = page.getByRole('combobox', { name }).last();
      await box.click();
      if (typed !== undefined) await box.fill(typed);
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    const add = (label: string) => page.getByRole('button', { name: label }).click();
    const fill = (role: 'textbox' | 'spinbutton', name: string, value: string) =>
      // Optional fields are labelled “名称 (可选)”.
      page
        .getByRole(role, { name: new RegExp(`^${name}( \\(可选\\))?$`) })
        .last()
        .fill(value);
    /** The cms/… branches (for-each-ref: no “*” while decap-server has one checked out). */
    const cmsBranches = () =>
      decap.git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/').trim();
    const save = () => page.getByRole('button', { name: '保存', exact: true }).click();
    /** Opens a guide from the collection list, by its summary `title（code）`. */
    const openEntry = async (title: string, code: string) => {
      await page.evaluate(() => {
        location.hash = '#/collections/guides';
      });
      await page.getByRole('link', { name: `${title}（${code}）` }).click();
      await page.getByRole('textbox', { name: '事项名称' }).waitFor();
    };

    beforeAll(async () => {
      decap = await startDecapServer();
      server = await serveStatic(DIST);
      browser = await launchChromium();
      const context = await newContext(browser, { viewport: { width: 1400, height: 1000 } });
      requests = await recordRequests(context);
      page = await context.newPage();
      page.setDefaultTimeout(15_000);
      // Decap asks with window.confirm before publishing and before leaving unsaved changes.
      page.on('dialog', (dialog) => void dialog.accept());
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => (refusing ? refusalErrors : pageErrors).push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400) failedResponses.push(response);
      });
      await page.goto(`${server.origin}/admin/?proxy_port=${String(decap.port)}`);
    }, 60_000);

    afterAll(async () => {
      await browser.close();
      await server.close();
      await decap.close();
    });

    it('is in Chinese and lists every collection', async () => {
      await page.getByRole('button', { name: '登录' }).click();
      await expect.poll(() => page.getByRole('heading', { name: '集合' }).count()).toBe(1);
      for (const collection of CMS_COLLECTIONS) {
        await expect
          .poll(() => page.getByRole('link', { name: collection.label, exact: true }).count())
          .toBe(1);
      }
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await expect
        .poll(() => page.getByRole('link', { name: '创建“办事指南”类型的内容' }).count())
        .toBe(1);
    });

    it('creates a guide through the form: a branch cms/… whose file passes npm run validate', async () => {
      await page.getByRole('link', { name: '创建“办事指南”类型的内容' }).click();
      await fill('textbox', '事项编码', CODE);
      await fill('textbox', '事项名称', TITLE);
      await pick('实施主体', '云溪区民政局', '民政');
      await pick('事项类型', '行政确认');
      await pick('事项状态', '在用');
      await pick('服务对象', '自然人');
      await add('新增设定依据');
      await fill('textbox', '法律法规名称', '婚姻登记条例');
      await add('新增受理条件');
      await fill('textbox', '受理条件', '男女双方均为内地居民，完全出于本人自愿结婚');
      // Two materials chosen by what editors call them: an alias and part of a name.
      for (const [typed, name, originals] of [
        ['身份证', '居民身份证', '1'],
        ['声明书', '申请结婚登记声明书', '2'],
      ] as const) {
        await add('新增申请材料');
        await pick('材料目录', name, typed);
        await pick('材料形式', '原件');
        await fill('spinbutton', '原件份数', originals);
        await fill('spinbutton', '复印件份数', '0');
        await pick('材料必要性', '必要');
      }
      await add('新增办理流程中的一个环节');
      await fill('textbox', '环节名称', '受理并登记发证');
      await fill('spinbutton', '本环节时限', '0');
      await fill('spinbutton', '法定办结时限', '0');
      await fill('spinbutton', '承诺办结时限', '0');
      await pick('办件类型', '即办件');
      await pick('网上办理深度', '在线预审');
      await fill('textbox', '网上办理入口网址', `https://zwfw.yunxi.example/apply/${CODE}`);
      await pick('办理地点', '云溪区民政局 云溪区婚姻登记处', '婚姻登记处');
      await fill('spinbutton', '到办事现场次数', '1');
      await fill('textbox', '需到现场的原因', '男女双方须共同亲自到场签署声明');
      await fill('textbox', '办理结果名称', '结婚证');
      await add('新增送达方式');
      await fill('textbox', '送达方式', '窗口领取');
      await pick('通办范围', '全国通办');
      await page.getByLabel('最近一次核对日期').fill(new Date().toISOString().slice(0, 10));
      // The preview shows both checklists, derived as on the site.
      const preview = page.locator('iframe').first().contentFrame();
      await expect
        .poll(() => preview.getByRole('heading', { name: '网上办理材料清单' }).count())
        .toBe(1);
      await save();
      await page.getByText('修改已保存').waitFor();

      expect(cmsBranches()).toBe(NEW_BRANCH);
      const text = decap.git('show', `${NEW_BRANCH}:${NEW_FILE}`);
      const data = readEntry(cmsCollection('guides'), text);
      expect(data['department']).toBe('civil-affairs');
      expect(data['type']).toBe('行政确认');
      expect((data['materials'] as { material: string }[]).map((m) => m.material)).toEqual([
        'resident-id-card',
        'marriage-declaration',
      ]);
      expect(data['timeLimit']).toEqual({ legal: 0, promised: 0 });
      expect(data['visits']).toBe(1);
      const result = validateRevision(decap, NEW_BRANCH);
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(result.status).toBe(0);
    }, 120_000);

    it('publishes: the branch is merged into main and deleted', async () => {
      await page.getByRole('button', { name: '状态: 草稿' }).click();
      await page.getByRole('menuitem', { name: '就绪' }).click();
      await page.getByText('内容状态已更新').waitFor();
      await page.getByRole('button', { name: '发布', exact: true }).click();
      await page.getByRole('menuitem', { name: '立即发布' }).click();
      await page.getByText('内容已发布').waitFor();
      expect(cmsBranches()).toBe('');
      expect(decap.git('log', '-1', '--format=%s', 'main', '--', NEW_FILE)).toContain(NEW_ID);
      expect(decap.git('show', `main:${NEW_FILE}`)).toContain(`code: ${CODE}`);
    }, 60_000);

    it('refuses to save an abolished material, with the validator’s code and message (TY020)', async () => {
      const before = decap.git('rev-parse', 'main');
      await openEntry(TITLE, CODE);
      await add('新增申请材料');
      await pick('材料目录', '居民户口簿', '户口本');
      await pick('材料形式', '原件');
      await fill('spinbutton', '原件份数', '1');
      await fill('spinbutton', '复印件份数', '0');
      await pick('材料必要性', '必要');
      refusing = true;
      await save();
      const panel = page.getByRole('alert').filter({ hasText: '检查未通过' });
      await panel.waitFor();
      // Decap's own error toast says it too (and goes away after 8 s).
      const toast = page.getByText(/^保存内容失败: Error: TY020 /);
      await toast.waitFor();
      const toastText = await toast.innerText();

      // What `npm run validate` says about the same guide with the same material added.
      const cli = validateRevision(decap, 'main', (dir) => {
        const guides = cmsCollection('guides');
        const file = join(dir, NEW_FILE);
        const data = readEntry(guides, readFileSync(file, 'utf8'));
        const materials = data['materials'] as Record<string, unknown>[];
        materials.push({
          material: 'household-register',
          form: '原件',
          originals: 1,
          copies: 0,
          necessity: '必要',
        });
        writeFileSync(file, entryFile(guides, data));
      });
      const ty020 = cli.findings.filter((f) => f.code === 'TY020');
      expect(ty020).toHaveLength(1);
      expect(cli.status).toBe(1);
      const shown = await panel.innerText();
      expect(shown).toContain('TY020');
      expect(shown).toContain(ty020[0]?.message ?? '(no TY020 from the CLI)');
      expect(shown).toContain('申请材料 › 第 3 项 › 材料目录');
      expect(toastText).toBe(`保存内容失败: Error: TY020 ${ty020[0]?.message ?? ''}`);
      // Nothing was committed or branched.
      expect(decap.git('rev-parse', 'main')).toBe(before);
      expect(cmsBranches()).toBe('');
      // Decap rejects its failed save with a plain object, which surfaces as a page error.
      await expect.poll(() => refusalErrors).toEqual(['Object']);
      refusing = false;
      await panel.getByRole('button', { name: '关闭' }).click();
      expect(await panel.count()).toBe(0);
    }, 60_000);

    it('edits one field of an existing guide: the commit changes exactly that line', async () => {
      await openEntry(EXISTING_TITLE, '339901-GA-QR-0001');
      await fill('textbox', '事项名称', `${EXISTING_TITLE}（到期换领）`);
      await save();
      await page.getByText('修改已保存').waitFor();
      const branch = 'cms/guides/public-security/id-card-renewal';
      expect(cmsBranches()).toBe(branch);
      const diff = decap.git('diff', '--unified=0', 'main', branch, '--', EXISTING);
      const changed = diff.split('\n').filter((l) => /^[-+](?![-+])/.test(l));
      expect(changed).toEqual([
        `-title: ${EXISTING_TITLE}`,
        `+title: ${EXISTING_TITLE}（到期换领）`,
      ]);
      expect(decap.git('diff', '--name-only', 'main', branch).trim()).toBe(EXISTING);
    }, 60_000);

    it('made no request off loopback and no unexpected error', () => {
      expect(requests.offsite).toEqual([]);
      expect(pageErrors).toEqual([]);
      // The only failures are decap-server's 404 for "is there a draft of this entry?" (no).
      const unexpected = failedResponses.filter(
        (r) =>
          !(
            r.status() === 404 &&
            r.url().endsWith('/api/v1') &&
            (JSON.parse(r.request().postData() ?? '{}') as { action?: string }).action ===
              'unpublishedEntry'
          ),
      );
      expect(unexpected.map((r) => `${String(r.status())} ${r.url()}`)).toEqual([]);
      expect(
        consoleErrors.filter(
          (m) =>
            !m.startsWith('Failed to load resource: the server responded with a status of 404'),
        ),
      ).toEqual([]);
    });
  },
);
