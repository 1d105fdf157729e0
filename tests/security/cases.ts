// The hostile corpus: guides whose body or fields carry an attack, each otherwise a valid guide of
// the sample corpus's public-security department. `validator` is what `npm run validate` must do
// with it: reject it with these codes, or (for text that is harmless once escaped) let it
// through — then the site must render it inertly. Every payload calls alert() with a marker, so a
// dialog in the browser names the case that got through.
import type { Code } from '../../src/lib/validate/codes.ts';

export interface HostileCase {
  readonly id: string;
  readonly attack: string;
  /** Replaces parts of the template guide. */
  readonly guide: {
    readonly title?: string;
    readonly condition?: string;
    readonly note?: string;
    readonly url?: string;
    readonly body?: string;
  };
  /** Codes the validator must report for this guide, or 'accepted' when it must let it through. */
  readonly validator: readonly Code[] | 'accepted';
}

const alert = (id: string) => `alert('XSS-${id}')`;

export const HOSTILE_CASES: readonly HostileCase[] = [
  // Raw HTML, scripts and MDX in the body: refused (TY060).
  {
    id: 'script-tag',
    attack: '<script> in the body',
    guide: { body: `<script>${alert('script-tag')}</script>` },
    validator: ['TY060'],
  },
  {
    id: 'img-onerror',
    attack: 'event-handler attribute',
    guide: { body: `照片 <img src=x onerror="${alert('img-onerror')}">` },
    validator: ['TY060'],
  },
  {
    id: 'svg-onload',
    attack: 'inline SVG with onload',
    guide: { body: `<svg onload="${alert('svg-onload')}"></svg>` },
    validator: ['TY060'],
  },
  {
    id: 'iframe',
    attack: 'embedded frame',
    guide: { body: '<iframe src="https://evil.example/"></iframe>' },
    validator: ['TY060'],
  },
  {
    id: 'html-comment',
    attack: 'script hidden in an HTML comment',
    guide: { body: `<!-- <script>${alert('html-comment')}</script> -->` },
    validator: ['TY060'],
  },
  {
    id: 'mdx-expression',
    attack: 'MDX expression',
    guide: { body: `费用 {${alert('mdx-expression')}} 元` },
    validator: ['TY060'],
  },
  {
    id: 'mdx-import',
    attack: 'MDX import',
    guide: { body: 'import Evil from "../../evil.js"\n\n<Evil />' },
    validator: ['TY060'],
  },
  // Dangerous link schemes: refused (TY061), in every Markdown spelling.
  {
    id: 'js-link',
    attack: 'javascript: link',
    guide: { body: `[查看进度](javascript:${alert('js-link')})` },
    validator: ['TY061'],
  },
  {
    id: 'js-link-case',
    attack: 'mixed-case javascript: link',
    guide: { body: `[查看](JaVaScRiPt:${alert('js-link-case')})` },
    validator: ['TY061'],
  },
  {
    id: 'js-autolink',
    attack: 'javascript: autolink',
    guide: { body: `<javascript:${alert('js-autolink')}>` },
    validator: ['TY061'],
  },
  {
    id: 'js-reference',
    attack: 'javascript: reference definition',
    guide: { body: `请[点这里][go]。\n\n[go]: javascript:${alert('js-reference')}` },
    validator: ['TY061'],
  },
  {
    id: 'js-image',
    attack: 'javascript: image source',
    guide: { body: `![示例](javascript:${alert('js-image')})` },
    validator: ['TY061'],
  },
  {
    id: 'data-link',
    attack: 'data: URL with HTML',
    guide: {
      body: '[下载](data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTLWRhdGEtbGluaycpPC9zY3JpcHQ+)',
    },
    validator: ['TY061'],
  },
  {
    id: 'js-link-entity',
    attack: 'javascript: spelled with a character reference (&#106;)',
    guide: { body: `[查看](&#106;avascript:${alert('js-link-entity')})` },
    validator: ['TY061'],
  },
  {
    id: 'js-link-colon-entity',
    attack: 'javascript&colon; (named character reference for the colon)',
    guide: { body: `[查看](javascript&colon;${alert('js-link-colon-entity')})` },
    validator: ['TY061'],
  },
  // A URL field the page turns into a link: only http(s) is a valid URL (schema, TY004).
  {
    id: 'js-online-url',
    attack: 'javascript: in online.url',
    guide: { url: `javascript:${alert('js-online-url')}` },
    validator: ['TY004'],
  },
  // Text that is harmless once escaped: accepted, and it must reach the page as text.
  {
    id: 'title-script',
    attack: 'script tag in the title (JSON-LD, <title>, headings)',
    guide: { title: `换领</script><script>${alert('title-script')}</script>` },
    validator: 'accepted',
  },
  {
    id: 'attribute-breakout',
    attack: 'quote to break out of an attribute',
    guide: {
      condition: `"><img src=x onerror="${alert('attribute-breakout')}">`,
      note: `' onmouseover='${alert('attribute-breakout')}`,
    },
    validator: 'accepted',
  },
  {
    id: 'entities',
    attack: 'HTML entities that must not be decoded twice',
    guide: {
      condition: `&lt;script&gt;${alert('entities')}&lt;/script&gt; 与 &amp;amp;`,
      body: `正文 &lt;img src=x onerror=${alert('entities')}&gt; 结束`,
    },
    validator: 'accepted',
  },
  {
    id: 'link-title',
    attack: 'Markdown link title with quotes',
    guide: {
      body: `[政务服务网](https://zwfw.yunxi.example/ "x\\" onmouseover=\\"${alert('link-title')}")`,
    },
    validator: 'accepted',
  },
  {
    id: 'long-strings',
    attack: 'very long unbroken strings',
    guide: {
      condition: '长'.repeat(2_000),
      note: `https://zwfw.yunxi.example/${'a'.repeat(1_500)}`,
      body: `${'超长文本'.repeat(1_000)}\n\n${'x'.repeat(3_000)}`,
    },
    validator: 'accepted',
  },
  {
    id: 'rtl-override',
    attack: 'right-to-left override (U+202E) to spoof text',
    guide: { title: '居民身份证换领\u202Eexe.fdp', body: '文件名 \u202Etxt.exe 请勿下载' },
    validator: 'accepted',
  },
  {
    id: 'zero-width',
    attack: 'zero-width characters (U+200B, U+200D, U+FEFF)',
    guide: { title: '居民\u200B身份证\u200D换领\uFEFF', condition: '身\u200B份\u200B证' },
    validator: 'accepted',
  },
];

const quote = (text: string) => JSON.stringify(text);

/** The guide file of a case: the template with the case's parts replaced. */
export function hostileGuideFile(c: HostileCase, serial: number): string {
  const g = c.guide;
  return `---
code: 339901-GA-SEC-${String(serial).padStart(4, '0')}
title: ${quote(g.title ?? `安全测试事项 ${c.id}`)}
department: public-security
type: 行政确认
status: 在用
audience: [自然人]
basis:
  - title: 中华人民共和国居民身份证法
    article: 第十一条
conditions:
  - ${quote(g.condition ?? '居民身份证有效期满')}
materials:
  - material: resident-id-card
    form: 原件
    originals: 1
    copies: 0
    necessity: 必要
    note: ${quote(g.note ?? '换领时须交回原证')}
process:
  - step: 申请受理
    days: 0
  - step: 审核签发
    days: 5
timeLimit:
  legal: 60
  promised: 15
kind: 承诺件
fees: []
online:
  depth: 在线预审
  url: ${quote(g.url ?? 'https://zwfw.yunxi.example/apply/sec')}
counter:
  locations: [yunxi-center-ga]
post: true
visits: 1
visitsReason: 须本人到场采集人像和指纹
result:
  name: 中华人民共和国居民身份证
  delivery: [窗口领取]
coverage: 跨省通办
reviewed: 2026-10-20
---

${g.body ?? '本事项为安全测试。'}
`;
}

/** Where a case's guide lives in the content tree, and its guide id. */
export const hostilePath = (c: HostileCase) => `guides/public-security/hostile-${c.id}.md`;
export const hostileId = (c: HostileCase) => `public-security/hostile-${c.id}`;
