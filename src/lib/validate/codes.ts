// The permanent list of finding codes. A code, once published, keeps its meaning forever: editors
// search the docs by code and CI logs are compared across months. Add new codes; never renumber.
// `docs/editors/错误代码.md` documents exactly these codes (a test keeps the two in step).

export type Severity = 'error' | 'warning';

interface CodeInfo {
  readonly severity: Severity;
  /** Short Chinese title, used as the annotation title and in the docs. */
  readonly title: string;
  /**
   * Lower is more important. Decides which findings become GitHub annotations when there are
   * more than GitHub shows: abolished materials first (the problem this product exists to end),
   * then files that could not be read at all, then broken references, then the rest.
   */
  readonly rank: number;
}

const code = (severity: Severity, rank: number, title: string): CodeInfo => ({
  severity,
  rank,
  title,
});

export const CODES = {
  TY001: code('error', 10, 'YAML 语法错误'),
  TY002: code('error', 10, '空文件或缺少 frontmatter'),
  TY003: code('error', 10, '不受支持的文件类型'),
  TY004: code('error', 20, '字段不符合格式要求'),
  TY005: code('error', 30, '指南所在文件夹与实施主体不一致'),
  TY006: code('error', 30, '文件位置或文件名不符合规则'),
  TY007: code('error', 10, '缺少站点配置文件 site.yaml'),
  TY010: code('error', 25, '实施主体不存在'),
  TY011: code('error', 25, '材料目录中没有这项材料'),
  TY012: code('error', 25, '办理地点不属于本部门'),
  TY013: code('error', 25, '一件事不存在'),
  TY014: code('error', 25, '一件事引用的办事指南不存在'),
  TY015: code('error', 25, '事项编码重复'),
  TY016: code('error', 25, '取消登记引用的材料不存在'),
  TY017: code('error', 35, '一件事与办事指南的归属不一致'),
  TY018: code('error', 25, '模板或样表文件不存在'),
  TY020: code('error', 0, '列出了已取消的证明材料'),
  TY021: code('warning', 40, '列出了即将取消的证明材料'),
  TY022: code('error', 1, '文字中提到已取消的证明材料'),
  TY023: code('warning', 41, '文字中提到即将取消的证明材料'),
  TY024: code('warning', 42, '材料名称与已取消的证明材料相近'),
  TY025: code('warning', 43, '取消登记的适用范围找不到对应事项'),
  TY030: code('error', 50, '承诺时限超过法定时限'),
  TY031: code('error', 50, '各环节时限之和超过承诺时限'),
  TY032: code('error', 50, '承诺时限为 0 但不是即办件'),
  TY033: code('error', 50, '即办件的承诺时限不为 0'),
  TY040: code('error', 45, '全程网办却要求到现场'),
  TY041: code('error', 45, '全程网办却要求现场核验原件'),
  TY042: code('error', 45, '需到现场但没有说明原因'),
  TY043: code('error', 45, '没有任何办理渠道'),
  TY044: code('error', 55, '材料形式与份数不一致'),
  TY045: code('warning', 60, '缺少网上办理入口网址'),
  TY050: code('error', 55, '咨询电话与投诉电话相同'),
  TY051: code('error', 55, '收费项目不完整'),
  TY060: code('error', 30, '正文含有 HTML、脚本或 MDX 语法'),
  TY061: code('error', 30, '正文含有危险链接'),
  TY070: code('warning', 70, '超过一年未核对'),
  TY071: code('error', 60, '日期晚于构建日期'),
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

export const ALL_CODES = Object.keys(CODES) as Code[];

export const severityOf = (c: Code): Severity => CODES[c].severity;
