// The cell mappings, as tables: each spelling seen in exports, and what an unmappable cell says.
import { describe, expect, it } from 'vitest';
import * as v from '../../src/lib/import/values.ts';

describe('网上办理深度', () => {
  it.each([
    ['全程网办', '全程网办'],
    ['全程网上办理', '全程网办'],
    ['Ⅳ级', '全程网办'],
    ['IV级', '全程网办'],
    ['四级', '全程网办'],
    ['Ⅳ级（全程网办）', '全程网办'],
    ['Ⅲ级', '在线预审'],
    ['网上预审', '在线预审'],
    ['Ⅱ级', '在线申办'],
    ['在线申报', '在线申办'],
    ['Ⅰ级', '信息公开'],
    ['不支持网上办理', '信息公开'],
  ])('%s → %s', (cell, value) => {
    expect(v.onlineDepth(cell)).toEqual({ ok: true, value });
  });
  it('names the allowed values for anything else', () => {
    expect(v.onlineDepth('五星级')).toEqual({
      ok: false,
      reason:
        '“五星级”不是可识别的网上办理深度。可用：全程网办、在线预审、在线申办、信息公开，或Ⅰ级—Ⅳ级',
    });
  });
});

describe('时限', () => {
  it.each([
    ['20', '', 20],
    ['20', '工作日', 20],
    ['20个工作日', '', 20],
    ['即办', '', 0],
    ['0', '', 0],
  ])('%s %s → %i working days, unchanged', (amount, unit, days) => {
    expect(v.workingDays(amount, unit)).toEqual({ ok: true, value: days });
  });
  it('converts natural days and months down to working days, and always says so', () => {
    expect(v.workingDays('30', '自然日')).toEqual({
      ok: true,
      value: 21,
      note: '30个自然日折算为 21 个工作日导入（每 7 个自然日折 5 个工作日，向下取整，不使承诺长于原时限；遇法定节假日请人工核对）',
    });
    expect(v.workingDays('10天')).toMatchObject({ ok: true, value: 7 });
    expect(v.workingDays('2', '个月')).toMatchObject({
      ok: true,
      value: 42,
      note: expect.stringContaining('2个月（按 60 个自然日）') as unknown,
    });
  });
  it('refuses units it does not know', () => {
    expect(v.workingDays('3', '小时')).toEqual({
      ok: false,
      reason: '时限单位“小时”不可识别。可用：工作日、自然日、个月',
    });
    expect(v.workingDays('约一周')).toMatchObject({ ok: false });
  });
});

describe('材料', () => {
  it.each([
    ['原件1份，复印件1份', { originals: 1, copies: 1 }],
    ['原件1份', { originals: 1 }],
    ['复印件 2 份', { copies: 2 }],
    ['原件２份、复印件１份', { originals: 2, copies: 1 }],
  ])('份数 %s', (cell, value) => {
    expect(v.counts(cell)).toEqual({ ok: true, value });
  });
  it.each([
    ['必要', '必要'],
    ['容缺', '容缺后补'],
    ['容缺后补', '容缺后补'],
    ['非必要', '非必要'],
    ['否', '非必要'],
  ])('必要性 %s → %s', (cell, value) => {
    expect(v.necessity(cell)).toEqual({ ok: true, value });
  });
  it.each([
    ['原件', '原件'],
    ['复印件', '复印件'],
    ['原件及复印件', '原件和复印件'],
    ['原件、复印件', '原件和复印件'],
  ])('材料类型 %s → %s', (cell, value) => {
    expect(v.materialForm(cell)).toEqual({ ok: true, value });
  });
});

describe('设定依据', () => {
  it('splits documents on ；, keeps the article, and keeps book-title marks inside a title', () => {
    expect(
      v.basis(
        '《中华人民共和国民法典》第一千零四十六条；《婚姻登记条例》第五条、《出生医学证明》的管理办法》\n婚姻登记条例 第十七条',
      ),
    ).toEqual({
      ok: true,
      value: [
        { title: '中华人民共和国民法典', article: '第一千零四十六条' },
        { title: '婚姻登记条例', article: '第五条' },
        { title: '出生医学证明', article: '的管理办法》' },
        { title: '婚姻登记条例', article: '第十七条' },
      ],
    });
    expect(v.basis('《关于启用新版《出生医学证明》的通知》')).toEqual({
      ok: true,
      value: [{ title: '关于启用新版《出生医学证明》的通知' }],
    });
  });
});

describe('受理条件', () => {
  it.each([
    ['1.年满18周岁；2.户籍在本区', ['年满18周岁', '户籍在本区']],
    ['（1）在法定劳动年龄内；（2）有劳动能力', ['在法定劳动年龄内', '有劳动能力']],
    ['①本人申请 ②材料齐全', ['本人申请', '材料齐全']],
    ['男方年满22周岁，女方年满20周岁', ['男方年满22周岁，女方年满20周岁']],
    ['第一行\n第二行', ['第一行', '第二行']],
    ['符合以下条件：1、已参保 2、未领取', ['符合以下条件：', '已参保', '未领取']],
  ])('%s', (cell, value) => {
    expect(v.conditions(cell)).toEqual({ ok: true, value });
  });
});

describe('服务对象, 通办范围, 是/否, 金额', () => {
  it('maps audience spellings and removes duplicates', () => {
    expect(v.audience('自然人、企业,个人；社会组织')).toEqual({
      ok: true,
      value: ['自然人', '法人', '其他组织'],
    });
    expect(v.audience('外国人')).toEqual({
      ok: false,
      reason: '服务对象“外国人”不可识别。可用：自然人、法人、其他组织',
    });
  });
  it('imports 全省通办 as 全市通办 and says why', () => {
    expect(v.coverage('全省通办')).toMatchObject({
      ok: true,
      value: '全市通办',
      note: expect.stringContaining('全省通办包含全市') as unknown,
    });
  });
  it('reads yes/no and fee amounts', () => {
    expect(v.yesNo('支持', '是否支持物流快递')).toEqual({ ok: true, value: true });
    expect(v.amount('20元')).toEqual({ ok: true, value: 20 });
    expect(v.amount('按面积收取')).toMatchObject({ ok: false });
  });
});
