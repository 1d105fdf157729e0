// UI strings of the checklists, the 一次性告知单, life-event and material-catalogue pages.
// The hand-over texts are pinned in tests/checklist: they are what citizens and clerks act on.

const count = (n: number) => `${n} 份`;

export const checklistText = {
  // Hand-over, both channels.
  exempt: '免提交（数据共享获取）',
  exemptDetail: (license: string) => `通过“${license}”电子证照共享获取，无需提供`,
  deferrable: '容缺后补：暂缺时可先受理，办结前补交',
  when: (when: string) => `适用情形：${when}`,

  // Hand-over, online.
  uploadOriginal: (n: number) => `上传原件扫描件 ${count(n)}`,
  uploadCopy: (n: number) => `上传复印件扫描件 ${count(n)}`,
  showOriginalInPerson: '原件须到办事现场出示核验',

  // Hand-over, counter.
  bring: (originals: number, copies: number) =>
    `携带${[
      originals > 0 ? `原件 ${count(originals)}` : '',
      copies > 0 ? `复印件 ${count(copies)}` : '',
    ]
      .filter(Boolean)
      .join('、')}`,
  verifyAtCounter: '原件须现场核验',

  // Item fields.
  form: '材料形式',
  counts: '份数',
  countsValue: (originals: number, copies: number) =>
    `原件 ${count(originals)}，复印件 ${count(copies)}`,
  necessity: '必要性',
  note: '填报须知',
  handover: '提交方式',
  template: (name: string) => `下载空白表格：${name}`,
  sample: (name: string) => `查看填写示例：${name}`,

  // Checklist sections.
  heading: '申请材料清单',
  intro: '网上办理和窗口办理使用同一份材料清单，材料相同、顺序相同，只是提交方式不同。',
  online: '网上办理',
  onlineHeading: '网上办理材料清单',
  counter: '窗口办理',
  counterHeading: '窗口办理材料清单',
  onlineNotAvailable: '本事项网上仅公开信息、暂不能网上申请，请按窗口办理清单准备材料。',
  noMaterials: '本事项无需提交申请材料。',
  tickHint: '可以勾选已准备好的材料。',
  tickSaved: '勾选状态保存在本机浏览器中，下次打开仍会保留。',
  /** Read by screen readers before the material name: which list the tick box belongs to. */
  tickPrefix: (channel: string) => `${channel}，已准备：`,
  clearTicks: '清除勾选',
  materialCount: (n: number) => `共 ${n} 项材料`,

  // 一次性告知单.
  notice: {
    title: (guide: string) => `${guide} 一次性告知单`,
    /** The issuer above the guide's title: the printed sheet has no site header. */
    kicker: (centre: string) => `${centre} 一次性告知单`,
    description: (guide: string) =>
      `${guide}的一次性告知单：窗口办理所需材料、地点、时限和收费，可打印。`,
    code: '事项编码',
    department: '实施主体',
    locations: '办理地点',
    window: '窗口',
    address: '地址',
    hours: '办公时间',
    materials: '窗口办理材料清单（请逐项勾选）',
    fees: '收费',
    noFee: '不收费',
    feeItem: (item: string, amount: number, basis: string) =>
      `${item}：${amount} 元（依据：${basis}）`,
    timeLimit: '办理时限',
    legal: '法定时限',
    promised: '承诺时限',
    immediate: '即办',
    workingDays: (n: number) => `${n} 个工作日`,
    visits: '到办事现场次数',
    visitsValue: (n: number) => (n === 0 ? '0 次（无需到现场）' : `${n} 次`),
    consultPhone: '咨询电话',
    complaintPhone: '监督投诉电话',
    qrHeading: '网上办事指南',
    qrAlt: (url: string) => `二维码，扫描后打开本事项的网上办事指南：${url}`,
    qrCaption: '扫描二维码或访问以下网址查看网上办事指南：',
    clerk: '窗口工作人员（签名）',
    date: '告知日期',
    print: '打印告知单',
    back: '返回办事指南',
    promise:
      '本告知单一次性告知办理本事项所需的全部材料和要求。按本单备齐材料的，窗口应当受理，不得要求提交本单以外的材料。',
  },

  // 一件事一次办.
  topics: {
    title: '一件事一次办',
    description: '把相关联的多个事项集成为一件事，一张清单、一次提交。',
    intro: '以下每件事包括的事项按办理顺序排列，所需材料合并为一份清单，同一份材料只需准备一次。',
    guides: '包括的事项（按办理顺序）',
    guideCount: (n: number) => `${n} 个事项`,
    merged: '合并材料清单',
    mergedIntro: '同一材料在多个事项中需要时只列一次，份数按各事项中的最大需要数准备。',
    neededBy: '需要此材料的事项',
    missingGuide: (id: string) => `（事项 ${id} 暂未发布）`,
    maxCount: '需准备',
  },

  // 材料目录.
  materials: {
    title: '材料目录',
    description: '全区办事指南使用的全部申请材料，以及每份材料在哪些事项、哪些“一件事”中需要。',
    intro:
      '标有“免提交”的材料已有电子证照，线上线下办理时都通过数据共享获取，无需提供。其他材料在各事项中的份数和要求以该事项的办事指南为准。',
    neededBy: '需要此材料的事项',
    inTopics: '涉及的一件事',
    notUsed: '目前没有已发布的事项需要此材料。',
    category: '类别',
    source: '来源',
    issuer: '出具单位',
    license: '电子证照',
    aliases: '又称',
    count: (n: number) => `共 ${n} 项材料`,
    guideCount: (n: number) => `${n} 个事项需要`,
    allOfMaterial: (n: number, topics: number) =>
      topics > 0
        ? `查看需要此材料的全部 ${n} 个事项和 ${topics} 个“一件事”`
        : `查看需要此材料的全部 ${n} 个事项`,
    materialTitle: (name: string) => `需要“${name}”的事项`,
    materialLead: (n: number) => `共 ${n} 个事项需要此材料。`,
  },
} as const;

export type ChecklistText = typeof checklistText;
