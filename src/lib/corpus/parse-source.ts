// Parsing one content file's text: strip a BOM, split a guide's frontmatter from its body, parse
// the YAML. No file system here, so the web editor's browser bundle parses exactly as the CLI does.
// Parsing uses js-yaml, the parser Astro itself uses for frontmatter and data files, so the
// validator sees exactly the values the site will see (unquoted dates become Date objects) and is
// fast enough for 10,000 guides. Source positions come later, from the `yaml` package, and only
// for files that have findings (see load-locate.ts).
import jsyaml from 'js-yaml';
import type { Issue } from '../validate/finding.ts';

interface TypeRuntime {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}

/**
 * js-yaml's own timestamp type (Astro's too), except that a day that does not exist, such as
 * 2026-02-30 (which would silently become 2026-03-02), is an invalid Date that the schema refuses.
 */
const timestamp = (jsyaml as unknown as { types: { timestamp: TypeRuntime } }).types.timestamp;
const strictTimestamp = new jsyaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string) => timestamp.resolve(data),
  construct: (data: string) => {
    const date = timestamp.construct(data) as Date;
    const [, year, month, day] = /^(\d{4})-(\d\d?)-(\d\d?)/.exec(data) ?? [];
    const exists =
      date.getUTCFullYear() === Number(year) &&
      date.getUTCMonth() + 1 === Number(month) &&
      date.getUTCDate() === Number(day);
    return exists ? date : new Date(Number.NaN);
  },
  instanceOf: Date,
});
const SCHEMA = jsyaml.DEFAULT_SCHEMA.extend({ implicit: [strictTimestamp] });

export interface SourceText {
  /** Absolute path. */
  readonly file: string;
  /** The file's text without a leading BOM; every offset below refers to it. */
  readonly text: string;
  /** Offset of the opening `---` of a guide's frontmatter (0 for YAML files). */
  readonly frontmatterStart: number;
  /** The YAML text is `text.slice(yamlStart, yamlEnd)`. */
  readonly yamlStart: number;
  readonly yamlEnd: number;
  /** Offset of the Markdown body (text.length for YAML files). */
  readonly bodyStart: number;
}

export type ReadResult =
  | {
      readonly ok: true;
      readonly source: SourceText;
      readonly data: unknown;
      readonly body: string;
    }
  | { readonly ok: false; readonly source: SourceText; readonly issue: Issue };

const OPENING = /^(?:[ \t]*\r?\n)*---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*\r?$/m;

/** The text of a file as the parser sees it: without a leading BOM. */
export const withoutBom = (raw: string): string =>
  raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;

export function parseMarkdown(file: string, text: string): ReadResult {
  const whole: SourceText = {
    file,
    text,
    frontmatterStart: 0,
    yamlStart: 0,
    yamlEnd: 0,
    bodyStart: 0,
  };
  if (text.trim() === '') {
    return fail(
      whole,
      { line: 1, column: 1 },
      'TY002',
      '文件是空的。办事指南必须以 frontmatter 开头：第一行写 ---，接着是各个字段，再用一行 --- 结束，然后才是正文。可以复制同一部门的其他指南作为起点。',
    );
  }
  const opening = OPENING.exec(text);
  if (!opening) {
    return fail(
      whole,
      { offset: text.search(/\S/) },
      'TY002',
      '缺少 frontmatter：办事指南的第一行必须是 ---，接着写 code、title 等字段，再用一行 --- 结束，然后才是正文。请在文件开头补上 frontmatter。',
    );
  }
  const yamlStart = opening[0].length;
  const frontmatterStart = yamlStart - opening[0].replace(/^(?:[ \t]*\r?\n)*/, '').length;
  const rest = text.slice(yamlStart);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return fail(
      whole,
      { offset: frontmatterStart },
      'TY002',
      'frontmatter 没有结束：找不到单独一行的 ---。请在最后一个字段之后、正文之前加一行 ---。',
    );
  }
  const yamlEnd = yamlStart + closing.index;
  let bodyStart = yamlEnd + closing[0].length;
  if (text[bodyStart] === '\n') bodyStart++;
  const source: SourceText = { file, text, frontmatterStart, yamlStart, yamlEnd, bodyStart };
  const parsed = parseYaml(source);
  if (!parsed.ok) return parsed;
  if (parsed.data === undefined || parsed.data === null) {
    return {
      ok: false,
      source,
      issue: issue(
        file,
        { offset: frontmatterStart },
        'TY002',
        'frontmatter 是空的：两行 --- 之间没有任何字段。请填写 code、title、department 等必填字段。',
      ),
    };
  }
  return { ok: true, source, data: parsed.data, body: text.slice(bodyStart) };
}

export function parseYamlFile(file: string, text: string): ReadResult {
  const source: SourceText = {
    file,
    text,
    frontmatterStart: 0,
    yamlStart: 0,
    yamlEnd: text.length,
    bodyStart: text.length,
  };
  const parsed = parseYaml(source);
  if (!parsed.ok) return parsed;
  if (parsed.data === undefined || parsed.data === null) {
    return {
      ok: false,
      source,
      issue: issue(
        file,
        { line: 1, column: 1 },
        'TY002',
        '文件是空的（或只有注释）。请按同一文件夹中其他文件的格式填写各个字段，或删除这个文件。',
      ),
    };
  }
  return { ok: true, source, data: parsed.data, body: '' };
}

function parseYaml(
  source: SourceText,
): { ok: true; data: unknown } | { ok: false; source: SourceText; issue: Issue } {
  const yamlText = source.text.slice(source.yamlStart, source.yamlEnd);
  try {
    return { ok: true, data: jsyaml.load(yamlText, { schema: SCHEMA }) };
  } catch (error) {
    if (!(error instanceof jsyaml.YAMLException)) throw error;
    const { offset, message } = explainYamlError(yamlText, error);
    return {
      ok: false,
      source,
      issue: issue(source.file, { offset: source.yamlStart + offset }, 'TY001', message),
    };
  }
}

/** js-yaml's reasons, in the words an editor can act on. */
const REASONS: readonly (readonly [RegExp, string])[] = [
  [
    /null byte is not allowed/,
    '文件中有空字符（NUL），通常是因为文件不是 UTF-8 编码（例如用 UTF-16 保存）。请用 UTF-8 编码重新保存。',
  ],
  [
    /tab characters must not be used/,
    '缩进里有 Tab 制表符。YAML 只能用空格缩进，请把这一行开头的 Tab 换成空格（通常每层两个空格）。',
  ],
  [
    /duplicated mapping key/,
    '同一个字段写了两次。每个字段只能出现一次，请删除或合并重复的那一行。',
  ],
  [
    /bad indentation of a sequence entry/,
    '列表项的缩进不正确。同一个列表的每一项（以“- ”开头）必须左对齐，请检查这一行和上一项的缩进。',
  ],
  [
    /bad indentation/,
    '缩进不正确。YAML 用空格缩进表示层级，同一层的字段必须左对齐，请检查这一行和上一行的缩进。',
  ],
  [
    /within a (?:double|single) quoted scalar/,
    '引号没有闭合。请检查这一行之前的文字，给没有结束的引号补上另一半。',
  ],
  [
    /missed comma between flow collection entries|unexpected end of the stream within a flow collection/,
    '方括号列表没有正确结束，或两项之间缺少英文逗号。写法如 [窗口领取, 快递寄送]。',
  ],
  [
    /expected a single document/,
    '文件里有多个以 --- 分隔的文档。每个文件只能写一份内容，请删除多余的 --- 分隔线。',
  ],
  [
    /end of the stream or a document separator is expected|can not read a block mapping entry|can not read an implicit mapping pair/,
    '无法识别这一行的写法。常见原因：字段名后面的冒号不是英文冒号加空格（应写成“name: 值”），或缩进与上下文不一致。',
  ],
];

export function explainYamlError(
  yamlText: string,
  error: InstanceType<typeof jsyaml.YAMLException>,
): { offset: number; message: string } {
  // Chinese input methods type a full-width colon; it turns `key：value` into plain text and the
  // parser only fails a line later. Point at the real culprit instead.
  // The typings promise a mark and a reason; js-yaml leaves the mark out for some errors.
  const { mark, reason: given } = error as { mark?: { position: number }; reason?: string };
  const fullWidth = /^[ \t]*(?:- )?[A-Za-z][\w-]*[ \t]*：/m.exec(yamlText);
  if (fullWidth && (mark === undefined || fullWidth.index <= mark.position)) {
    const at = fullWidth.index + fullWidth[0].length - 1;
    return {
      offset: at,
      message:
        'YAML 语法错误：字段名后面用了中文冒号“：”。YAML 要求英文冒号加一个空格，请改成“: ”。',
    };
  }
  const reason = given ?? error.message;
  const explained =
    REASONS.find(([pattern]) => pattern.test(reason))?.[1] ??
    `无法解析这一处（解析器提示：${reason}）。请对照同类文件检查缩进、冒号和引号。`;
  let offset = mark?.position ?? 0;
  if (mark === undefined && /single document/.test(reason)) {
    offset = Math.max(0, yamlText.search(/(?<=\n)---/));
  }
  return { offset: Math.min(offset, yamlText.length), message: `YAML 语法错误：${explained}` };
}

function issue(file: string, at: Issue['at'], code: Issue['code'], message: string): Issue {
  return { code, file, at, message };
}

function fail(
  source: SourceText,
  at: Issue['at'],
  code: Issue['code'],
  message: string,
): ReadResult {
  return { ok: false, source, issue: issue(source.file, at, code, message) };
}
