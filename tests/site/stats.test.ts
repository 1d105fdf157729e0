import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { buildSiteIndex } from '../../src/lib/site/site-index.ts';
import { barChartLayout } from '../../src/lib/stats/bar-chart.ts';
import { departmentStats } from '../../src/lib/stats/department-stats.ts';
import { tinyCorpus } from './fixtures/tiny-corpus.ts';

const statsOf = (corpus = tinyCorpus()) => {
  const index = buildSiteIndex(corpus);
  return departmentStats(index.departments, index.byDepartment, '全部部门');
};

describe('departmentStats', () => {
  it('computes each measure per department from published guides only', () => {
    const { rows } = statsOf();
    const alpha = rows.find((row) => row.id === 'alpha');
    const beta = rows.find((row) => row.id === 'beta');
    expect(alpha).toEqual({
      id: 'alpha',
      name: '云溪区甲局',
      items: 2,
      fullyOnlineShare: 0.5,
      averageVisits: 1,
      instantShare: 0.5,
      freeShare: 0.5,
    });
    // beta's draft (全程网办, 0 visits) must not count.
    expect(beta).toEqual({
      id: 'beta',
      name: '云溪区乙局',
      items: 1,
      fullyOnlineShare: 0,
      averageVisits: 1,
      instantShare: 0,
      freeShare: 0,
    });
  });

  it('gives a department without published guides null shares instead of dividing by zero', () => {
    const gamma = statsOf().rows.find((row) => row.id === 'gamma');
    expect(gamma).toEqual({
      id: 'gamma',
      name: '云溪区丙局',
      items: 0,
      fullyOnlineShare: null,
      averageVisits: null,
      instantShare: null,
      freeShare: null,
    });
  });

  it('adds a total row over every published guide', () => {
    const { total } = statsOf();
    expect(total.id).toBeNull();
    expect(total.name).toBe('全部部门');
    expect(total.items).toBe(3);
    expect(total.fullyOnlineShare).toBeCloseTo(1 / 3);
    expect(total.averageVisits).toBe(1);
    expect(total.freeShare).toBeCloseTo(1 / 3);
  });

  it('lists departments in Chinese collation order', () => {
    expect(statsOf().rows.map((row) => row.name)).toEqual([
      '云溪区丙局',
      '云溪区甲局',
      '云溪区乙局',
    ]);
  });

  it('counts every published guide of the real corpus exactly once', () => {
    const { corpus } = loadCorpus();
    const published = corpus.guides.filter((g) => g.data.status === '在用').length;
    const stats = statsOf(corpus);
    expect(stats.rows.reduce((sum, row) => sum + row.items, 0)).toBe(published);
    expect(stats.total.items).toBe(published);
    expect(stats.rows).toHaveLength(corpus.departments.size);
  });
});

describe('barChartLayout', () => {
  const bars = [
    { label: '甲', value: 1, text: '100%' },
    { label: '乙', value: 0.25, text: '25%' },
    { label: '丙', value: null, text: '无事项' },
  ];

  it('scales bars to the given maximum, each below its label', () => {
    const layout = barChartLayout(bars, {
      max: 1,
      width: 400,
      valueWidth: 100,
      barHeight: 20,
      fontSize: 10,
    });
    expect(layout.plotWidth).toBe(300);
    expect(layout.bars.map((bar) => bar.width)).toEqual([300, 75, 0]);
    // A row: label line (1.5 em), bar, gap (0.8 em).
    expect(layout.bars.map((bar) => [bar.labelY, bar.barY])).toEqual([
      [10, 15],
      [53, 58],
      [96, 101],
    ]);
    expect(layout.height).toBe(3 * 43 - 8);
    expect(layout.bars[1]?.textX).toBe(75 + 6);
  });

  it('uses the largest value as full width when no maximum is given', () => {
    const layout = barChartLayout(
      [
        { label: 'a', value: 4, text: '4' },
        { label: 'b', value: 2, text: '2' },
      ],
      { width: 250, valueWidth: 50 },
    );
    expect(layout.bars.map((bar) => bar.width)).toEqual([200, 100]);
  });

  it('shortens a label that is wider than the chart, keeping the full one', () => {
    const layout = barChartLayout(
      [
        { label: '云溪区民政局', value: 1, text: '1' },
        { label: '国家税务总局临江市云溪区税务局第一税务分局', value: 1, text: '1' },
      ],
      { width: 100, fontSize: 10 },
    );
    expect(layout.bars[0]?.label).toBe('云溪区民政局');
    expect(layout.bars[1]?.label).toBe('国家税务总局临江市…');
    expect(layout.bars[1]?.fullLabel).toBe('国家税务总局临江市云溪区税务局第一税务分局');
  });

  it('draws nothing when every value is zero', () => {
    const layout = barChartLayout([{ label: 'a', value: 0, text: '0' }]);
    expect(layout.bars[0]?.width).toBe(0);
  });
});
