import { describe, expect, it } from 'vitest';
import { brief, check, first } from '../helpers.ts';

describe('guide bodies (TY060–TY061)', () => {
  it('reports raw HTML, scripts, MDX syntax and unsafe links at their line', () => {
    const findings = check('body/fail');
    expect(findings.map(brief)).toEqual([
      'guides/civil-affairs/html.md:45:1 TY060',
      'guides/civil-affairs/html.md:47:1 TY060',
      'guides/civil-affairs/html.md:49:1 TY060',
      'guides/civil-affairs/links.md:43:9 TY061',
      'guides/civil-affairs/links.md:45:8 TY061',
      'guides/civil-affairs/links.md:47:9 TY061',
      'guides/civil-affairs/mdx.md:43:1 TY060',
      'guides/civil-affairs/mdx.md:47:1 TY060',
      'guides/civil-affairs/mdx.md:49:4 TY060',
      'guides/civil-affairs/mdx.md:51:1 TY060',
    ]);
    expect(first(findings, 'TY060', 'guides/civil-affairs/html.md').message).toBe(
      '正文中有 HTML 标签 <div>。办事指南是 Markdown 文件，不能包含 HTML：网站会原样输出它，可能破坏页面排版、无障碍阅读和安全。请改用 Markdown 写法（标题用 ##，列表用 -，加粗用 **文字**，链接用 [文字](网址)），或直接删除。',
    );
    expect(first(findings, 'TY061', 'guides/civil-affairs/links.md').message).toBe(
      '正文中有以 javascript: 开头的链接。这种链接会执行代码或嵌入未经检查的内容，不安全：链接只能以 https:// 或 http:// 开头（站内链接以 / 开头），请改正或删除。',
    );
    expect(findings.find((f) => f.code === 'TY061' && f.line === 47)?.message).toBe(
      '链接地址中有 HTML 字符引用 &#106;。字符引用会把链接伪装成别的样子，可能藏着不安全的链接：请直接写出完整的网址（以 https:// 或 http:// 开头，站内链接以 / 开头）。',
    );
  });

  it('accepts plain Markdown, autolinks and code', () => {
    expect(check('body/pass')).toEqual([]);
  });
});
