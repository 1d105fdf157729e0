// The test exports, written fresh with exceljs on every run rather than committed as opaque
// binaries: a provincial export of a few departments as three sheets (synonyms in the headers, a
// title row above them, a blank row, an item the importer must refuse, a material abolished for
// its item, a name one character off the catalogue's), and one sheet with merged item cells.
import ExcelJS from 'exceljs';

type Row = readonly (string | number | null)[];

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  wb.modified = new Date(0);
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function sheet(wb: ExcelJS.Workbook, name: string, rows: readonly Row[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  for (const row of rows) ws.addRow([...row]);
  return ws;
}

const PHONES = ['0571-86012301', '0571-86012319'] as const;
const MZ_PLACE = [
  '区政务服务中心民政窗口',
  '21—23号窗口',
  '周一至周五 9:00—12:00，13:30—17:00',
] as const;
const RS_PLACE = ['区政务服务中心人社窗口', '31—33号窗口', '周一至周五 9:00—17:00'] as const;
const RS_PHONES = ['0571-86012401', '0571-86012419'] as const;

/** Item sheet headers, spelled as one province does (synonyms of ours), plus two we do not know. */
const ITEM_HEADER = [
  '事项编码',
  '实施清单名称',
  '基本编码',
  '事项类型',
  '实施机构',
  '设定依据',
  '受理条件',
  '办件类型',
  '法定办结时限',
  '法定时限单位',
  '承诺办结时限',
  '承诺时限单位',
  '是否收费',
  '收费项目',
  '收费标准',
  '收费依据',
  '服务对象',
  '网办深度',
  '网上办理地址',
  '到现场次数',
  '必须现场办理原因说明',
  '是否支持物流快递',
  '办理地点',
  '办理窗口',
  '办理时间',
  '咨询方式',
  '监督投诉方式',
  '审批结果名称',
  '审批结果类型',
  '结果送达方式',
  '通办范围',
  '事项状态',
  '备注',
  '数据来源',
] as const;

type ItemCells = Partial<Record<(typeof ITEM_HEADER)[number], string | number>>;
const itemRow = (cells: ItemCells): Row => ITEM_HEADER.map((h) => cells[h] ?? null);

const ITEMS: ItemCells[] = [
  {
    事项编码: '339901-MZ-JF-0001',
    实施清单名称: '最低生活保障申请',
    基本编码: '330100-000-JF-0001',
    事项类型: '行政给付',
    实施机构: '云溪区民政局',
    设定依据: '《社会救助暂行办法》第九条、第十一条；《最低生活保障审核确认办法》第十条',
    受理条件:
      '1.共同生活的家庭成员人均收入低于当地最低生活保障标准；2.家庭财产状况符合当地规定；3.申请人户籍在本区',
    办件类型: '承诺件',
    法定办结时限: 30,
    法定时限单位: '工作日',
    承诺办结时限: '20个工作日',
    是否收费: '否',
    服务对象: '自然人',
    网办深度: 'Ⅲ级',
    网上办理地址: 'https://zwfw.yunxi.example/apply/339901-MZ-JF-0001',
    到现场次数: '1次',
    必须现场办理原因说明: '须本人在家庭经济状况授权核对书上签名',
    是否支持物流快递: '否',
    办理地点: MZ_PLACE[0],
    办理窗口: MZ_PLACE[1],
    办理时间: MZ_PLACE[2],
    咨询方式: PHONES[0],
    监督投诉方式: PHONES[1],
    审批结果名称: '最低生活保障审核确认决定',
    审批结果类型: '出文办结',
    结果送达方式: '窗口领取、快递寄送',
    通办范围: '全市通办',
    事项状态: '在用',
    备注: '2026年省级目录调整',
  },
  {
    事项编码: '339901-MZ-QR-0003',
    实施清单名称: '补领结婚证',
    事项类型: '行政确认',
    实施机构: '云溪区民政局',
    设定依据: '婚姻登记条例 第十七条',
    受理条件: '结婚证遗失或者损毁\n当事人双方或一方到原登记机关或档案保管机关申请',
    办件类型: '即办件',
    法定办结时限: '即办',
    承诺办结时限: 0,
    是否收费: '否',
    服务对象: '自然人',
    网办深度: '在线预审',
    到现场次数: 1,
    必须现场办理原因说明: '须当事人本人到场核验身份',
    是否支持物流快递: '否',
    办理地点: '云溪区婚姻登记处',
    办理窗口: '1—4号窗口',
    咨询方式: PHONES[0],
    监督投诉方式: PHONES[1],
    审批结果名称: '结婚证',
    结果送达方式: '窗口领取',
    通办范围: '全省通办',
    事项状态: '在用',
  },
  {},
  {
    事项编码: '339901-MZ-XK-0001',
    实施清单名称: '经营性公墓审批',
    实施机构: '云溪区民政局',
    设定依据: '《殡葬管理条例》第八条',
    受理条件: '符合殡葬设施规划',
    办件类型: '承诺件',
    法定办结时限: 20,
    承诺办结时限: 15,
    服务对象: '法人',
    网办深度: '在线申办',
    到现场次数: 1,
    必须现场办理原因说明: '现场核验',
    是否支持物流快递: '否',
    审批结果名称: '批准文件',
    通办范围: '定点办理',
    事项状态: '在用',
  },
  {
    事项编码: '339901-RS-GG-0001',
    实施清单名称: '社会保障卡申领',
    事项类型: '公共服务',
    实施机构: '云溪区人力资源和社会保障局',
    设定依据: '《中华人民共和国社会保险法》第五十八条',
    受理条件: '已在本区参加社会保险的人员',
    办件类型: '即办件',
    法定办结时限: 1,
    法定时限单位: '个月',
    承诺办结时限: 0,
    是否收费: '否',
    服务对象: '自然人',
    网办深度: 'Ⅳ级（全程网办）',
    网上办理地址: 'https://zwfw.yunxi.example/apply/339901-RS-GG-0001',
    到现场次数: 0,
    是否支持物流快递: '是',
    办理地点: RS_PLACE[0],
    办理窗口: RS_PLACE[1],
    办理时间: RS_PLACE[2],
    咨询方式: RS_PHONES[0],
    监督投诉方式: RS_PHONES[1],
    审批结果名称: '社会保障卡',
    结果送达方式: '快递寄送',
    通办范围: '全市通办',
    事项状态: '在用',
  },
  {
    事项编码: '339901-RS-GG-0002',
    实施清单名称: '失业登记',
    事项类型: '公共服务',
    实施机构: '云溪区人力资源和社会保障局',
    设定依据: '《就业服务与就业管理规定》第六十三条',
    受理条件: '（1）在法定劳动年龄内；（2）有劳动能力和就业要求；（3）处于无业状态',
    法定办结时限: 10,
    法定时限单位: '自然日',
    承诺办结时限: 5,
    承诺时限单位: '自然日',
    是否收费: '否',
    服务对象: '个人',
    网办深度: '全程网上办理',
    到现场次数: '0',
    是否支持物流快递: '否',
    办理地点: RS_PLACE[0],
    办理窗口: RS_PLACE[1],
    办理时间: RS_PLACE[2],
    咨询方式: RS_PHONES[0],
    监督投诉方式: RS_PHONES[1],
    审批结果名称: '就业创业证',
    结果送达方式: '电子证照',
    通办范围: '全市通办',
    事项状态: '暂停',
  },
];

const MATERIAL_HEADER = [
  '事项编码',
  '事项名称',
  '材料名称',
  '材料类型',
  '材料形式',
  '原件份数',
  '复印件份数',
  '份数',
  '必要性',
  '来源渠道',
  '来源渠道说明',
  '受理标准',
  '空白表格',
] as const;
type MaterialCells = Partial<Record<(typeof MATERIAL_HEADER)[number], string | number>>;
const materialRow = (cells: MaterialCells): Row => MATERIAL_HEADER.map((h) => cells[h] ?? null);

const MATERIALS: MaterialCells[] = [
  {
    事项编码: '339901-MZ-JF-0001',
    材料名称: '居民身份证',
    材料类型: '原件',
    材料形式: '纸质',
    原件份数: 1,
    复印件份数: 0,
    必要性: '必要',
  },
  {
    事项编码: '339901-MZ-JF-0001',
    材料名称: '家庭经济状况声明及授权核对书',
    材料类型: '原件',
    份数: '原件1份',
    必要性: '必要',
  },
  {
    事项编码: '339901-MZ-JF-0001',
    材料名称: '收入证明',
    材料类型: '原件',
    份数: '原件1份',
    必要性: '必要',
    来源渠道: '其他',
    来源渠道说明: '申请人所在单位或村（居）委会',
  },
  {
    事项编码: '339901-MZ-JF-0001',
    材料名称: '残疾人证',
    材料类型: '复印件',
    份数: '复印件1份',
    必要性: '容缺',
    来源渠道: '政府部门核发',
    来源渠道说明: '区残疾人联合会',
    受理标准: '家庭成员中有残疾人的提供',
  },
  {
    事项编码: '339901-MZ-QR-0003',
    材料名称: '身份证',
    材料类型: '原件和复印件',
    份数: '原件1份，复印件1份',
    必要性: '必要',
  },
  {
    事项编码: '339901-MZ-QR-0003',
    材料名称: '居民户口薄',
    材料类型: '原件',
    原件份数: 1,
    必要性: '必要',
  },
  {},
  {
    事项编码: '339901-MZ-XK-0001',
    材料名称: '经营性公墓建设申请书',
    材料类型: '原件',
    原件份数: 1,
    必要性: '必要',
  },
  {
    事项编码: '339901-RS-GG-0001',
    材料名称: '居民身份证',
    材料类型: '原件',
    原件份数: 1,
    复印件份数: 0,
    必要性: '必要',
  },
  {
    事项编码: '339901-RS-GG-0001',
    材料名称: '近期二寸半身免冠照片',
    材料类型: '原件',
    原件份数: 1,
    复印件份数: 0,
    必要性: '必要',
  },
  {
    事项编码: '339901-RS-GG-0002',
    材料名称: '居民身份证',
    材料类型: '原件',
    份数: '原件1份',
    必要性: '必要',
  },
  {
    事项编码: '339901-RS-GG-0009',
    材料名称: '劳动合同',
    材料类型: '复印件',
    份数: '复印件1份',
    必要性: '非必要',
  },
];

const PROCESS: Row[] = [
  ['实施编码', '环节名称', '办理时限', '办理内容'],
  ['339901-MZ-JF-0001', '受理', '0', '街道（乡镇）受理申请并录入系统'],
  ['339901-MZ-JF-0001', '审核确认', '15个工作日', '调查核实家庭经济状况并公示'],
  ['339901-MZ-JF-0001', '送达', '0', '送达审核确认决定'],
  ['339901-RS-GG-0001', '在线申请', '0', '通过“浙里办”提交申请'],
];

/** 云溪区实施清单导出.xlsx: three sheets, two departments (one of them new to the site). */
export async function districtExport(): Promise<Uint8Array> {
  return await workbook((wb) => {
    const items = sheet(wb, '事项清单', [
      ['云溪区政务服务事项实施清单（导出日期：2026-11-20）'],
      ITEM_HEADER,
      ...ITEMS.map(itemRow),
    ]);
    items.mergeCells(1, 1, 1, 8);
    sheet(wb, '申请材料', [MATERIAL_HEADER, ...MATERIALS.map(materialRow)]);
    sheet(wb, '办理流程', PROCESS);
    sheet(wb, '说明', [['本文件由省政务服务平台导出'], ['如有疑问请联系平台管理员']]);
  });
}

const MERGED_HEADER = [
  '实施编码',
  '事项名称',
  '事项类型',
  '实施主体',
  '设定依据',
  '受理条件',
  '办件类型',
  '法定办结时限',
  '承诺办结时限',
  '服务对象',
  '网上办理深度',
  '到办事现场次数',
  '必须现场办理原因说明',
  '是否支持物流快递',
  '办理地点',
  '办理窗口',
  '办理时间',
  '咨询电话',
  '监督投诉电话',
  '审批结果名称',
  '结果送达方式',
  '通办范围',
  '事项状态',
  '材料名称',
  '材料类型',
  '份数',
  '材料必要性',
] as const;

/** 公安实施清单.xlsx: one sheet, each item's cells merged over its material rows. */
export async function mergedExport(): Promise<Uint8Array> {
  const place = ['区政务服务中心公安窗口', '11—14号窗口', '周一至周日 9:00—17:00'];
  const phones = ['0571-86012501', '0571-86012519'];
  const items = [
    {
      cells: [
        '339901-GA-QR-0001',
        '居民身份证换领',
        '行政确认',
        '云溪区公安分局',
        '《中华人民共和国居民身份证法》第十一条',
        '1. 居民身份证有效期满\n2. 证件损坏无法辨认',
        '承诺件',
        '60个自然日',
        '15',
        '自然人',
        'Ⅲ级',
        '1',
        '须本人到场采集人像和指纹',
        '是',
        ...place,
        ...phones,
        '居民身份证',
        '窗口领取、快递寄送',
        '跨省通办',
        '在用',
      ],
      materials: [
        ['居民身份证', '原件', '原件1份', '必要'],
        ['近期二寸半身免冠照片', '原件', '原件1份', '非必要'],
      ],
    },
    {
      cells: [
        '339901-GA-GG-0001',
        '无犯罪记录证明开具',
        '公共服务',
        '云溪区公安分局',
        '《公安机关办理无犯罪记录证明工作规定》第五条',
        '本人申请开具无犯罪记录证明',
        '承诺件',
        '3',
        '3',
        '自然人',
        '在线申办',
        '1',
        '须本人到场',
        '否',
        ...place,
        ...phones,
        '无犯罪记录证明',
        '窗口领取',
        '跨省通办',
        '在用',
      ],
      materials: [
        ['身份证', '原件', '原件1份', '必要'],
        ['单身证明', '原件', '原件1份', '必要'],
        ['授权委托书', '原件', '原件1份', '非必要'],
      ],
    },
  ];
  return await workbook((wb) => {
    const ws = sheet(wb, '实施清单', [MERGED_HEADER]);
    for (const item of items) {
      const first = ws.rowCount + 1;
      item.materials.forEach((material, i) => {
        ws.addRow([...(i === 0 ? item.cells : item.cells.map(() => null)), ...material]);
      });
      const last = ws.rowCount;
      for (let c = 1; c <= item.cells.length; c++) ws.mergeCells(first, c, last, c);
      ws.addRow([]);
    }
  });
}
