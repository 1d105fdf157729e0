// The region's site file (site.yaml) is checked like any content file: file:line:column, a stable
// code and a Chinese message with the fix. The site loader used by astro.config.mjs and the pages
// stops with the same findings, formatted as the validator prints them, and no stack trace.
import { describe, expect, it } from 'vitest';
import { loadSiteFile, readSite, SiteFileError } from '../../../src/lib/site/config.ts';
import { check, scenario } from '../helpers.ts';

const line = (f: { file: string; line: number; column: number; code: string; message: string }) =>
  `${f.file}:${f.line}:${f.column}  ${f.code}  ${f.message}`;

describe('site.yaml in the validator', () => {
  it('accepts a complete site file', () => {
    expect(check('site/pass', { requireSite: true })).toEqual([]);
  });

  it('reports each mistake at its line and column, with the fix', () => {
    expect(check('site/broken', { requireSite: true }).map(line)).toEqual([
      'site.yaml:3:13  TY004  字段 regionCode（行政区划代码）应为文字，实际写的是数字 420107。如果要原样保留这些字符，请给它加上引号，例如 regionCode: "420107"。',
      'site.yaml:5:10  TY004  字段 tagline（网站副标题）：不能为空。',
      'site.yaml:6:6  TY004  字段 url（本站网址）：网站网址只写协议和域名，例如 https://banshi.example.gov.cn，不带路径、问号或 #（网站部署在域名的根目录）。',
      'site.yaml:10:10  TY004  字段 hours（办公时间）应为列表，实际写的是文字“周一至周五 9:00—17:00”。列表的写法：每项一行，以“- ”开头；或写在方括号里，如 [甲, 乙]。',
      'site.yaml:13:15  TY004  字段 number（号码）：电话号码格式不正确，应为“区号-号码”（如 0571-86012345）、手机号或 12315 这样的五位热线。',
      'site.yaml:16:11  TY004  字段 number（热线号码）应为文字，实际写的是数字 12345。如果要原样保留这些字符，请给它加上引号，例如 number: "12345"。',
      'site.yaml:19:8  TY004  字段 url（政务服务平台首页网址）：网址应以 http:// 或 https:// 开头。',
      'site.yaml:20:3  TY004  未知字段 logo：这里没有这个字段，网站不会使用它。这里可以使用的字段：name、url。字段名区分大小写，请改正拼写，或删除这一行。',
    ]);
  });

  it('reports a YAML syntax error where it is', () => {
    expect(check('site/syntax', { requireSite: true }).map(line)).toEqual([
      'site.yaml:3:9  TY001  YAML 语法错误：字段名后面用了中文冒号“：”。YAML 要求英文冒号加一个空格，请改成“: ”。',
    ]);
  });

  it('reports a missing site file (TY007), and names a site.yml', () => {
    expect(check('site/fail', { requireSite: true }).map(line)).toEqual([
      'site.yaml:1:1  TY007  缺少站点配置文件 site.yaml：网站名称、政务服务中心、网址和电话都从这个文件读取，没有它网站无法构建。请新建这个文件（可以复制本系统示例中的 src/content/site.yaml 再修改），各字段的说明见 schemas/site.schema.json。',
    ]);
    expect(check('site/yml', { requireSite: true }).map(line)).toEqual([
      'site.yaml:1:1  TY007  缺少站点配置文件 site.yaml：网站名称、政务服务中心、网址和电话都从这个文件读取，没有它网站无法构建。目录中有 site.yml，但扩展名必须是 .yaml：请把它改名为 site.yaml。',
    ]);
  });

  it('does not require a site file in a content root given explicitly (test fixtures)', () => {
    expect(check('site/fail')).toEqual([]);
  });
});

describe('the site loader (astro.config.mjs, pages, scripts)', () => {
  it('returns the checked values', () => {
    const site = loadSiteFile({ cwd: scenario('site/pass'), root: '.' });
    expect(site.region).toBe('云溪区');
    expect(site.url).toBe('https://banshi.yunxi.example');
    expect(site.hotline).toEqual({ label: '政务服务便民热线', number: '12345' });
    expect(site.centre.phones).toEqual([{ label: '咨询电话', number: '0571-86012000' }]);
  });

  it('stops with the validator findings and no stack trace', () => {
    const options = { cwd: scenario('site/syntax'), root: '.' };
    expect(readSite(options)).toMatchObject({ findings: [{ code: 'TY001', line: 3 }] });
    let error: unknown;
    try {
      loadSiteFile(options);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SiteFileError);
    expect((error as Error).stack).toBe('');
    expect((error as Error).message).toBe(
      '\nsite.yaml:3:9  TY001 错误  YAML 语法错误：字段名后面用了中文冒号“：”。YAML 要求英文冒号加一个空格，请改成“: ”。\n\n1 个错误，0 个警告\n\n站点配置文件 site.yaml 有误，无法继续。请按上面的提示修改，可以用 npm run validate 重新检查。',
    );
  });
});
