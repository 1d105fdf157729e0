// Open-data workbooks are written one at a time however many pages Astro renders at once.
import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../src/lib/spreadsheet/one-at-a-time.ts';
import { xlsxBytes } from '../../src/lib/spreadsheet/write.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('oneAtATime', () => {
  it('never runs two tasks at once, and runs them in the order asked', async () => {
    const run = oneAtATime();
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (n: number) => async () => {
      running++;
      most = Math.max(most, running);
      await tick();
      order.push(n);
      running--;
      return n * 10;
    };
    const results = await Promise.all([1, 2, 3, 4].map((n) => run(task(n))));
    expect(results).toEqual([10, 20, 30, 40]);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(most).toBe(1);
  });

  it('fails only the caller of a failed task; the next one still runs', async () => {
    const run = oneAtATime();
    const failed = run(() => Promise.reject(new Error('broken workbook')));
    const next = run(() => Promise.resolve('ok'));
    await expect(failed).rejects.toThrow('broken workbook');
    await expect(next).resolves.toBe('ok');
  });
});

describe('xlsxBytes', () => {
  it('gives each of several concurrent calls its own workbook, as a lone call would', async () => {
    const sheets = (n: number) => [{ name: '事项', header: ['编号'], rows: [[n]] }];
    const alone = await xlsxBytes(sheets(2));
    const together = await Promise.all([1, 2, 3].map((n) => xlsxBytes(sheets(n))));
    expect(Buffer.from(together[1] ?? []).equals(Buffer.from(alone))).toBe(true);
    expect(Buffer.from(together[0] ?? []).equals(Buffer.from(alone))).toBe(false);
  });
});
