// Guide bodies are plain Markdown written by department editors. Raw HTML, scripts and MDX syntax
// could break the page, its accessibility or its safety, so they are refused; code spans and
// fenced code blocks are text and are not checked.
import type { GuideRule } from '../context.ts';

/** The body with code (fenced blocks, inline spans) blanked out; offsets and lines unchanged. */
export function maskCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const fenced = body.replace(
    /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1?\2[ \t]*$|(?![\s\S]))/gm,
    blank,
  );
  return fenced.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
}

interface Construct {
  readonly pattern: RegExp;
  readonly message: (match: RegExpExecArray) => string;
}

const HTML_FIX =
  '办事指南是 Markdown 文件，不能包含 HTML：网站会原样输出它，可能破坏页面排版、无障碍阅读和安全。请改用 Markdown 写法（标题用 ##，列表用 -，加粗用 **文字**，链接用 [文字](网址)），或直接删除。';

const BODY_CONSTRUCTS: readonly (Construct & { code: 'TY060' | 'TY061' })[] = [
  {
    code: 'TY060',
    pattern: /<script\b/gi,
    message: () => '正文中有 <script> 脚本。部门提交的指南不允许包含任何脚本：请删除它。',
  },
  {
    code: 'TY060',
    pattern: /<!--/g,
    message: () => `正文中有 HTML 注释 <!-- -->。${HTML_FIX}`,
  },
  {
    code: 'TY060',
    pattern: /<\/?([A-Z][A-Za-z0-9.]*)(?=[\s/>])/g,
    message: (m) =>
      `正文中有 MDX/JSX 组件 <${m[1]}>。办事指南是 Markdown（.md），不是 MDX，不能使用组件：请改用 Markdown 写法，或删除它。`,
  },
  {
    code: 'TY060',
    pattern: /<\/?([a-z][a-z0-9-]*)(?=[\s/>])/g,
    message: (m) => `正文中有 HTML 标签 <${m[1]}>。${HTML_FIX}`,
  },
  {
    code: 'TY060',
    pattern: /^(import|export)\s/gm,
    message: (m) =>
      `正文中有 MDX 的 ${m[1]} 语句。办事指南是 Markdown（.md），不能导入或导出代码：请删除这一行。`,
  },
  {
    code: 'TY060',
    pattern: /[{}]/g,
    message: () =>
      '正文中有英文花括号 { }。在 MDX 中花括号表示代码表达式，指南中不允许：请改用中文括号（），或删除。',
  },
  {
    code: 'TY061',
    pattern:
      /(?:\]\(\s*<?|^[ ]{0,3}\[[^\]\n]+\]:\s*<?|<)\s*((?:javascript|vbscript|data|file):)/gim,
    message: (m) =>
      `正文中有以 ${(m[1] ?? '').toLowerCase()} 开头的链接。这种链接会执行代码或嵌入未经检查的内容，不安全：链接只能以 https:// 或 http:// 开头（站内链接以 / 开头），请改正或删除。`,
  },
  {
    // `&#106;avascript:` or `javascript&colon;` hide a script link from the check above.
    code: 'TY061',
    pattern: /(?:\]\(\s*<?|^[ ]{0,3}\[[^\]\n]+\]:\s*<?)[^)\s>]*?(&(?:#x?[0-9a-f]+|[a-z]+);)/gim,
    message: (m) =>
      `链接地址中有 HTML 字符引用 ${m[1] ?? ''}。字符引用会把链接伪装成别的样子，可能藏着不安全的链接：请直接写出完整的网址（以 https:// 或 http:// 开头，站内链接以 / 开头）。`,
  },
];

/** At most one finding per line per code: an HTML table should not produce fifty findings. */
export const bodyIsPlainMarkdown: GuideRule = (guide, _ctx, report) => {
  const body = guide.body;
  if (!/[<{}&]|^(?:import|export)\s|(?:javascript|vbscript|data|file):/im.test(body)) return;
  const masked = maskCode(body);
  const seen = new Set<string>();
  const found: { index: number; code: 'TY060' | 'TY061'; message: string }[] = [];
  for (const construct of BODY_CONSTRUCTS) {
    construct.pattern.lastIndex = 0;
    for (let m = construct.pattern.exec(masked); m; m = construct.pattern.exec(masked)) {
      const index =
        construct.code === 'TY061' ? m.index + m[0].length - (m[1] ?? '').length : m.index;
      const line = lineOf(masked, index);
      const key = `${construct.code}:${line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ index, code: construct.code, message: construct.message(m) });
    }
  }
  found.sort((a, b) => a.index - b.index);
  for (const f of found)
    report({ code: f.code, file: guide.file ?? '', at: { body: f.index }, message: f.message });
};

function lineOf(text: string, index: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
