// Geometry of a horizontal bar chart, computed at build time and drawn as inline SVG by
// src/components/BarChart.astro. Pure, so the layout is tested without rendering.

export interface BarInput {
  readonly label: string;
  /** `null` draws no bar and shows the text (e.g. 无事项) instead. */
  readonly value: number | null;
  readonly text: string;
}

export interface Bar {
  readonly label: string;
  readonly text: string;
  readonly y: number;
  readonly width: number;
  /** Where the value text starts: after the bar. */
  readonly textX: number;
}

export interface BarChartLayout {
  readonly width: number;
  readonly height: number;
  readonly labelWidth: number;
  readonly barHeight: number;
  readonly rowHeight: number;
  readonly plotWidth: number;
  readonly bars: readonly Bar[];
}

export interface BarChartOptions {
  /** The value of a full-width bar: 1 for shares, the largest value otherwise. */
  readonly max?: number;
  readonly width?: number;
  readonly labelWidth?: number;
  readonly valueWidth?: number;
  readonly rowHeight?: number;
  readonly barHeight?: number;
}

export function barChartLayout(
  inputs: readonly BarInput[],
  options: BarChartOptions = {},
): BarChartLayout {
  const {
    width = 640,
    labelWidth = 210,
    valueWidth = 70,
    rowHeight = 32,
    barHeight = 20,
  } = options;
  const largest = Math.max(0, ...inputs.map((i) => i.value ?? 0));
  const max = options.max ?? largest;
  const plotWidth = width - labelWidth - valueWidth;
  const bars = inputs.map((input, index) => {
    const share = max > 0 && input.value !== null ? Math.min(1, Math.max(0, input.value / max)) : 0;
    const barWidth = Math.round(share * plotWidth * 10) / 10;
    return {
      label: input.label,
      text: input.text,
      y: index * rowHeight,
      width: barWidth,
      textX: labelWidth + barWidth + 6,
    };
  });
  return {
    width,
    height: inputs.length * rowHeight,
    labelWidth,
    barHeight,
    rowHeight,
    plotWidth,
    bars,
  };
}
