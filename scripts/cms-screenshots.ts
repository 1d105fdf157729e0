// `npm run cms:screenshots`: screenshots of the web editor for the editors' guide, taken from the
// running admin (the built dist/admin/, decap-server in git mode on a throwaway copy of the
// content), so the pictures always show the current forms. Run `npm run build` first.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, newContext, recordRequests } from '../tests/helpers/browser.ts';
import { startDecapServer } from '../tests/helpers/decap-server.ts';
import { DIST, serveStatic } from '../tests/helpers/serve.ts';

const OUT = resolve(import.meta.dirname, '../docs/editors/images');

if (!existsSync(join(DIST, 'admin', 'index.html'))) {
  console.error(`${DIST}/admin/ 不存在：请先运行 npm run build`);
  process.exit(1);
}

const decap = await startDecapServer();
const server = await serveStatic(DIST);
const browser = await launchChromium();
try {
  const context = await newContext(browser, { viewport: { width: 1280, height: 860 } });
  const requests = await recordRequests(context);
  const page: Page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  const shot = async (name: string) => {
    const path = join(OUT, `cms-${name}.png`);
    await page.screenshot({ path });
    console.log(path);
  };
  await page.goto(`${server.origin}/admin/?proxy_port=${String(decap.port)}`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('link', { name: '内地居民结婚登记（339901-MZ-QR-0001）' }).waitFor();
  await shot('1-collections');

  await page.getByRole('link', { name: '内地居民结婚登记（339901-MZ-QR-0001）' }).click();
  await page.getByRole('textbox', { name: '事项名称' }).waitFor();
  await page.waitForTimeout(500);
  await shot('2-guide-form');

  // Choosing a material by what citizens call it: 户口本 finds 居民户口簿.
  await page.getByRole('button', { name: '新增申请材料' }).click();
  const material = page.getByRole('combobox', { name: '材料目录' }).last();
  await material.click();
  await material.fill('户口本');
  await page.getByRole('option', { name: '居民户口簿', exact: true }).waitFor();
  await shot('3-material-search');

  await page.getByRole('option', { name: '居民户口簿', exact: true }).click();
  for (const [name, option] of [
    ['材料形式', '原件'],
    ['材料必要性', '必要'],
  ] as const) {
    await page.getByRole('combobox', { name }).last().click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  await page.getByRole('spinbutton', { name: '原件份数' }).last().fill('1');
  await page.getByRole('spinbutton', { name: '复印件份数' }).last().fill('0');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: '检查未通过' }).waitFor();
  await shot('4-refused-ty020');

  await page.getByRole('button', { name: '关闭' }).last().click();
  // A change waiting for review: one field of another guide, saved (a branch cms/…).
  await page.goto(`${server.origin}/admin/?proxy_port=${String(decap.port)}#/collections/guides`);
  await page.reload();
  const entry = page.getByRole('link', { name: '居民身份证换领（339901-GA-QR-0001）' });
  const login = page.getByRole('button', { name: '登录' });
  await entry.or(login).first().waitFor();
  if (await login.isVisible()) await login.click();
  await entry.click();
  await page.getByRole('textbox', { name: '事项名称' }).fill('居民身份证换领（到期换领）');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('修改已保存').waitFor();
  await page.evaluate(() => {
    location.hash = '#/workflow';
  });
  await page.getByText('内容已保存').waitFor({ state: 'detached', timeout: 15_000 });
  await page.getByRole('heading', { name: '编辑工作流' }).waitFor();
  await shot('5-workflow');
  if (requests.offsite.length > 0)
    throw new Error(`off-site requests: ${JSON.stringify(requests.offsite)}`);
} finally {
  await browser.close();
  await server.close();
  await decap.close();
}
