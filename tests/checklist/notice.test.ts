// The 一次性告知单's data: what the printed sheet says, computed from the guide and its department.
import { describe, expect, it } from 'vitest';
import { noticeSheet, qrSvg, workingDays } from '../../src/lib/checklist/index.ts';
import { corpusOf, guide, material, need } from './fixtures.ts';

const materials = { 'resident-id-card': material('居民身份证'), photo: material('照片') };

describe('noticeSheet', () => {
  const marriage = guide(
    'civil-affairs/marriage',
    '结婚登记',
    [need('resident-id-card'), need('photo', { originals: 3 })],
    {
      counter: { locations: ['center', 'gone'] },
      fees: [],
      timeLimit: { legal: 0, promised: 0 },
      kind: '即办件',
      visits: 1,
      visitsReason: '双方须到场',
    },
  );
  const sheet = noticeSheet(marriage, corpusOf({ guides: [marriage], materials }));

  it('names the guide, its code and its department', () => {
    expect(sheet).toMatchObject({
      guideId: 'civil-affairs/marriage',
      title: '结婚登记',
      code: '339901-civil-affairs/marriage',
      department: '云溪区民政局',
      consultPhone: '0571-86012301',
      complaintPhone: '0571-86012319',
      guidePath: '/guides/civil-affairs/marriage/',
    });
  });

  it('lists the guide’s counter locations with window and hours, skipping unknown ids', () => {
    expect(sheet.locations).toEqual([
      {
        id: 'center',
        name: '政务服务中心民政窗口',
        address: '二楼B区',
        window: '21号窗口',
        hours: '周一至周五 9:00—17:00',
      },
    ]);
  });

  it('carries the counter checklist, in the guide’s order', () => {
    expect(sheet.checklist.channel).toBe('counter');
    expect(sheet.checklist.items.map((i) => [i.material.name, i.handover.text])).toEqual([
      ['居民身份证', '携带原件 1 份'],
      ['照片', '携带原件 3 份'],
    ]);
  });

  it('shows 即办, 不收费 and the visits with their reason', () => {
    expect(sheet).toMatchObject({
      legalTime: '即办',
      promisedTime: '即办',
      fees: ['不收费'],
      visits: '1 次',
      visitsReason: '双方须到场',
    });
  });

  it('writes each fee with its amount and basis, and time limits in working days', () => {
    const paid = guide('civil-affairs/paid', '收费事项', [], {
      fees: [{ item: '工本费', amount: 20, basis: '价格主管部门文件' }],
      timeLimit: { legal: 20, promised: 5 },
      visits: 0,
    });
    const paidSheet = noticeSheet(paid, corpusOf({ guides: [paid], materials }));
    expect(paidSheet.fees).toEqual(['工本费：20 元（依据：价格主管部门文件）']);
    expect(paidSheet.legalTime).toBe('20 个工作日');
    expect(paidSheet.promisedTime).toBe('5 个工作日');
    expect(paidSheet.visits).toBe('0 次（无需到现场）');
  });
});

describe('workingDays', () => {
  it('says 即办 for 0, never “0 个工作日”', () => {
    expect(workingDays(0)).toBe('即办');
    expect(workingDays(1)).toBe('1 个工作日');
  });
});

describe('qrSvg', () => {
  it('renders an inline SVG, hidden from assistive technology (the figure carries the text)', async () => {
    const svg = await qrSvg('https://banshi.yunxi.example/guides/civil-affairs/marriage/');
    expect(
      svg.startsWith(
        '<svg aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('<path');
    expect(svg).not.toMatch(/<image|href=/);
  });

  it('is deterministic, so builds are reproducible', async () => {
    const url = 'https://banshi.yunxi.example/guides/health/birth/';
    expect(await qrSvg(url)).toBe(await qrSvg(url));
    expect(await qrSvg(url)).not.toBe(await qrSvg(`${url}x`));
  });
});
