// The text of a new guide: every required key, each explained by a Chinese YAML comment, with
// `待填写` wherever only the department can know the answer. Written as text rather than through
// a YAML serializer because the comments are the point: they are what an editor reads first.
import { stringify } from 'yaml';
import {
  AUDIENCES,
  CASE_KINDS,
  COVERAGES,
  GUIDE_STATUSES,
  ITEM_TYPES,
  MATERIAL_FORMS,
  NECESSITIES,
  ONLINE_DEPTHS,
} from '../schemas/enums.ts';
import type { ItemType } from '../schemas/enums.ts';

/** The marker for values the editor must replace; `findPlaceholders` lists what is left. */
export const PLACEHOLDER = '待填写';

export interface GuideTemplateInput {
  readonly code: string;
  readonly title: string;
  readonly department: string;
  readonly type: ItemType;
  /** The department's default (first) location id. */
  readonly location: string;
  /** Today, as YYYY-MM-DD: the first 核对日期 and the first 更新记录. */
  readonly today: string;
}

const P = PLACEHOLDER;
const list = (values: readonly string[]) => values.join('、');
/** A YAML scalar, quoted only when YAML needs it (a title with a colon, say). */
const scalar = (value: string) => stringify(value).trimEnd();

export function renderGuideTemplate(input: GuideTemplateInput): string {
  return `---
# 办事指南。把每个“${P}”改成实际内容，改完运行 npm run validate 检查。
# 每个字段的含义和示例见 docs/editors/编写指南.md。以 # 开头的是说明，可以保留也可以删除。

code: ${input.code} # 事项编码，全区唯一（已自动取本部门、本类型的下一个编号；有统一编码的改为统一编码）
title: ${scalar(input.title)} # 事项名称
department: ${input.department} # 实施主体编号（src/content/departments/ 下的文件名）
type: ${input.type} # 事项类型，可选：${list(ITEM_TYPES)}
status: 草稿 # 事项状态，可选：${list(GUIDE_STATUSES)}。只有“在用”会发布，核对无误后改为 在用
audience: [${P}] # 服务对象，可多选，例如 [自然人, 法人]。可选：${list(AUDIENCES)}

# 设定依据：法律法规名称和条款，至少一条
basis:
  - title: ${P} # 例如 中华人民共和国居民身份证法
    article: ${P} # 条款，例如 第十一条；没有具体条款的删除这一行

# 受理条件：申请人要满足的条件，每条一行，至少一条
conditions:
  - ${P}

# 申请材料：线上、窗口共用这一份清单，不要另写。每项材料一段：
#   material 填材料目录编号（src/content/materials/ 下的文件名，新材料先在那里登记）
#   form 材料形式，可选：${list(MATERIAL_FORMS)}；originals 原件份数；copies 复印件份数
#   necessity 必要性，可选：${list(NECESSITIES)}
#   可选：when 适用情形；note 填报须知；verifyOriginal: true 表示须到现场核验原件
# 已经取消的证明材料（src/content/abolished/）不能再列入。
materials:
  - material: ${P}
    form: 原件
    originals: 1
    copies: 0
    necessity: 必要

# 办理流程：按顺序列出环节；days 是该环节的工作日数，各环节之和不能超过承诺时限
process:
  - step: 受理
    days: 0
  - step: 审查与决定
    days: ${P}
  - step: 送达
    days: 0

# 办理时限（工作日）：legal 法定时限，promised 承诺时限（不超过法定时限；0 表示即办）
timeLimit:
  legal: ${P}
  promised: ${P}

kind: ${P} # 办件类型，可选：${list(CASE_KINDS)}。承诺时限为 0 的是即办件

# 收费：不收费写 fees: []；收费的每项一段，写明金额（元）和收费依据，例如
#   - item: 居民身份证工本费
#     amount: 20
#     basis: 国家发展改革委、财政部关于居民身份证收费标准的通知
fees: []

# 网上办理：depth 网办深度，可选：${list(ONLINE_DEPTHS)}
#   全程网办＝不用到现场；url 是网上办理入口，没有入口的删除 url 这一行
online:
  depth: ${P}
  url: ${P}

# 窗口办理：办理地点编号，取自本部门文件的 locations（已填默认地点）
counter:
  locations: [${input.location}]

post: ${P} # 是否支持邮寄或快递递交材料、送达结果：true 或 false
visits: ${P} # 最多到现场几次（数字）；全程网办为 0
visitsReason: ${P} # 需到现场的原因，例如 须本人到场采集指纹；到现场次数为 0 时删除这一行

# 办理结果：name 结果名称（例如 结婚证）；delivery 送达方式，例如 [窗口领取, 快递寄送]
result:
  name: ${P}
  delivery: [${P}]

coverage: ${P} # 通办范围，可选：${list(COVERAGES)}
topics: [] # 所属一件事编号（src/content/topics/ 下的文件名），没有的保持 []
reviewed: ${input.today} # 最近一次核对日期，格式 YYYY-MM-DD，不加引号

# 更新记录：每次修改群众关心的内容时加一条，最新的写在最前面
changes:
  - date: ${input.today}
    note: 新增事项
---

${P}：用群众看得懂的话说明这个事项：谁可以办、怎么办、要注意什么。

## 常见问题

**${P}：常见问题？** ${P}：回答。
`;
}
