import { describe, expect, it } from 'vitest';
import { brief, check, first } from '../helpers.ts';

describe('unreadable files (TY001–TY003, TY006)', () => {
  it('reports every file that could not be loaded, with its position, and never throws', () => {
    const findings = check('files/fail');
    expect(findings.map(brief)).toEqual([
      'departments/multi.yaml:12:1 TY001',
      'guides/civil-affairs/Marriage_Reg.md:1:1 TY006',
      'guides/civil-affairs/bom-crlf-bad.md:25:2 TY001',
      'guides/civil-affairs/colon.md:3:6 TY001',
      'guides/civil-affairs/duplicate-key.md:27:1 TY001',
      'guides/civil-affairs/empty-frontmatter.md:1:1 TY002',
      'guides/civil-affairs/empty.md:1:1 TY002',
      'guides/civil-affairs/no-frontmatter.md:1:1 TY002',
      'guides/civil-affairs/notes.txt:1:1 TY003',
      'guides/civil-affairs/page.mdx:1:1 TY003',
      'guides/civil-affairs/tab.md:11:1 TY001',
      'guides/civil-affairs/unclosed-quote.md:41:1 TY001',
      'guides/civil-affairs/unclosed.md:1:1 TY002',
      'guides/loose.md:1:1 TY006',
      'materials/empty.yaml:1:1 TY002',
      'materials/form.yml:1:1 TY003',
    ]);
    expect(first(findings, 'TY001', 'departments/multi.yaml').message).toBe(
      'YAML 语法错误：文件里有多个以 --- 分隔的文档。每个文件只能写一份内容，请删除多余的 --- 分隔线。',
    );
    expect(first(findings, 'TY006', 'guides/civil-affairs/Marriage_Reg.md').message).toBe(
      '文件或文件夹名 Marriage_Reg 不符合编号规则：只能使用小写英文字母、数字和连字符（例如 resident-id-card），因为它就是其他文件引用它时写的编号。请重命名。',
    );
    expect(first(findings, 'TY002', 'guides/civil-affairs/empty-frontmatter.md').message).toBe(
      'frontmatter 是空的：两行 --- 之间没有任何字段。请填写 code、title、department 等必填字段。',
    );
    expect(first(findings, 'TY003', 'guides/civil-affairs/notes.txt').message).toBe(
      '不受支持的文件类型 .txt：这里只接受 .md 文件，网站会直接忽略 .txt 文件，内容不会发布。请把文件改为 .md（内容按同类文件的格式），或把它移出 content 目录。',
    );
  });

  it('accepts a BOM, CRLF line endings and ignores editor junk files', () => {
    expect(check('files/pass')).toEqual([]);
  });
});
