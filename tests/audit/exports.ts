// The online platform's export for the audit tests, written fresh with exceljs: the civil-affairs
// items of the counter fixture (tests/import/fixtures/district), as the online platform shows them
// — with the drift an audit finds: a material the counter does not ask for, one it asks for that
// is missing online, different counts and necessity, an abolished material still listed, an item
// only online, one matched by its title because its code differs, and a row it cannot read.
import ExcelJS from 'exceljs';

const ITEM_HEADER = [
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
  '审批结果名称',
  '结果送达方式',
  '通办范围',
  '事项状态',
];

const common = ['云溪区民政局', '《婚姻登记条例》第五条', '符合条件', '即办件', 0, 0, '自然人'];

const ITEMS = [
  [
    '339901-MZ-QR-0001',
    '内地居民结婚登记',
    '行政确认',
    ...common,
    '在线预审',
    1,
    '双方须亲自到场',
    '否',
    '云溪区婚姻登记处',
    '结婚证',
    '窗口领取',
    '全国通办',
    '在用',
  ],
  [
    '339901-MZ-QR-0009',
    '内地居民离婚登记',
    '行政确认',
    ...common,
    '在线预审',
    2,
    '双方须亲自到场两次',
    '否',
    '云溪区婚姻登记处',
    '离婚证',
    '窗口领取',
    '全国通办',
    '在用',
  ],
  [
    '339901-MZ-JF-0002',
    '临时救助申请',
    '行政给付',
    '云溪区民政局',
    '《社会救助暂行办法》第四十七条',
    '遭遇急难',
    '承诺件',
    15,
    10,
    '自然人',
    'Ⅳ级',
    0,
    '',
    '是',
    '区政务服务中心民政窗口',
    '临时救助审批决定',
    '快递寄送',
    '全市通办',
    '在用',
  ],
  [
    '339901-MZ-GG-0001',
    '婚姻登记档案查询',
    '公共服务',
    '云溪区民政局',
    '《婚姻登记档案管理办法》第十七条',
    '本人或其委托的人',
    '即办件',
    0,
    0,
    '自然人',
    '全程网办',
    0,
    '',
    '否',
    '云溪区婚姻登记处',
    '婚姻登记档案查询结果',
    '电子证照',
    '全市通办',
    '在用',
  ],
  // 事项类型 left empty: the row cannot be read, and the report's appendix says so.
  [
    '339901-MZ-QR-0005',
    '补领结婚证',
    '',
    ...common,
    '在线预审',
    1,
    '须本人到场',
    '否',
    '云溪区婚姻登记处',
    '结婚证',
    '窗口领取',
    '全国通办',
    '在用',
  ],
];

const MATERIAL_HEADER = [
  '实施编码',
  '材料名称',
  '材料类型',
  '原件份数',
  '复印件份数',
  '材料必要性',
];
const MATERIALS = [
  ['339901-MZ-QR-0001', '居民身份证', '原件', 1, 0, '必要'],
  ['339901-MZ-QR-0001', '居民户口簿', '原件', 1, 0, '必要'],
  ['339901-MZ-QR-0001', '申请结婚登记声明书', '原件', 2, 0, '必要'],
  ['339901-MZ-QR-0001', '近期二寸半身免冠双人合影照片', '原件', 3, 0, '必要'],
  ['339901-MZ-QR-0009', '身份证', '原件', 1, 0, '必要'],
  ['339901-MZ-QR-0009', '结婚证', '原件', 1, 0, '必要'],
  ['339901-MZ-QR-0009', '离婚协议书', '原件', 3, 0, '必要'],
  ['339901-MZ-QR-0009', '申请离婚登记声明书', '原件', 2, 0, '必要'],
  ['339901-MZ-QR-0009', '近期二寸半身免冠照片', '原件', 2, 0, '必要'],
  ['339901-MZ-JF-0002', '临时救助申请审批表', '原件', 1, 0, '必要'],
  ['339901-MZ-JF-0002', '居民身份证', '原件', 1, 0, '必要'],
  ['339901-MZ-JF-0002', '家庭经济状况声明及授权核对书', '原件', 1, 0, '必要'],
  ['339901-MZ-JF-0002', '证明事项告知承诺书', '原件', 1, 0, '必要'],
  ['339901-MZ-JF-0002', '医疗费用票据及结算单', '复印件', 0, 1, '必要'],
  ['339901-MZ-JF-0002', '家庭收入证明', '原件', 1, 0, '必要'],
  ['339901-MZ-GG-0001', '居民身份证', '原件', 1, 0, '必要'],
];

export async function onlineExport(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const items = wb.addWorksheet('事项');
  for (const row of [ITEM_HEADER, ...ITEMS]) items.addRow(row);
  const materials = wb.addWorksheet('材料');
  for (const row of [MATERIAL_HEADER, ...MATERIALS]) materials.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
