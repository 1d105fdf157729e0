// Geometry of a horizontal bar chart, computed at build time and drawn as inline SVG by
// src/components/BarChart.astro. Each row is a label line above its bar, so the chart stays
// narrow (readable on a phone without shrinking the text) and long department names fit.
// Pure, so the layout is tested without rendering.

export interface BarInput {
  readonly label: string;
  /** `null` draws no bar and shows the text (e.g. 无事项) instead. */
  readonly value: number | null;
  readonly text: string;
}

export interface Bar {
  /** The label as drawn: shortened with … when it would not fit the chart's width. */
  readonly label: string;
  readonly fullLabel: string;
  readonly text: string;
  /** Baseline of the label. */
  readonly labelY: number;
  /** Top of the bar. */
  readonly barY: number;
  readonly width: number;
  /** Where the value text starts: just after the bar. */
  readonly textX: number;
}

export interface BarChartLayout {
  readonly width: number;
  readonly height: number;
  readonly barHeight: number;
  readonly plotWidth: number;
  readonly fontSize: number;
  readonly bars: readonly Bar[];
}

export interface BarChartOptions {
  /** The value of a full-width bar: 1 for shares, the largest value otherwise. */
  readonly max?: number;
  readonly width?: number;
  /** Room kept right of the longest bar for its value text. */
  readonly valueWidth?: number;
  readonly barHeight?: number;
  /** Font size in SVG units; a CJK character is about one em wide. */
  readonly fontSize?: number;
}

/** Approximate drawn width: CJK and full-width characters 1 em, others 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    ems += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(char) ? 1 : 0.6;
  }
  return ems * fontSize;
}

function fit(label: string, width: number, fontSize: number): string {
  if (textWidth(label, fontSize) <= width) return label;
  // Grapheme clusters, so a character is never cut in half.
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });
  const chars = Array.from(segmenter.segment(label), (part) => part.segment);
  while (chars.length > 1 && textWidth(chars.join('') + '…', fontSize) > width) chars.pop();
  return chars.join('') + '…';
}

export function barChartLayout(
  inputs: readonly BarInput[],
  options: BarChartOptions = {},
): BarChartLayout {
  const { width = 360, valueWidth = 64, barHeight = 18, fontSize = 15 } = options;
  const labelHeight = Math.round(fontSize * 1.5);
  const rowGap = Math.round(fontSize * 0.8);
  const rowHeight = labelHeight + barHeight + rowGap;
  const largest = Math.max(0, ...inputs.map((i) => i.value ?? 0));
  const max = options.max ?? largest;
  const plotWidth = width - valueWidth;
  const bars = inputs.map((input, index) => {
    const share = max > 0 && input.value !== null ? Math.min(1, Math.max(0, input.value / max)) : 0;
    const barWidth = Math.round(share * plotWidth * 10) / 10;
    const top = index * rowHeight;
    return {
      label: fit(input.label, width, fontSize),
      fullLabel: input.label,
      text: input.text,
      labelY: top + fontSize,
      barY: top + labelHeight,
      width: barWidth,
      textX: barWidth + 6,
    };
  });
  return {
    width,
    height: Math.max(0, inputs.length * rowHeight - rowGap),
    barHeight,
    plotWidth,
    fontSize,
    bars,
  };
}
