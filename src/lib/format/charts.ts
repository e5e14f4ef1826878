import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { escapeSvgText, xmlCharacters } from './escape';

export interface ComparisonBar {
  label: string;
  value: number;
  /** A value the site derived rather than read from a source: drawn in a lighter fill and labelled. */
  derived: boolean;
  /** What the bar's value label says (the formatted figure, or "≈96 (derived)"). */
  valueLabel: string;
}

/**
 * A two-bar comparison as a static SVG string, drawn at build time: no chart script runs in
 * the browser. Colours are CSS custom properties so the chart follows light and dark themes.
 */
export function comparisonChartSvg(input: ComparisonBar[], options: { title: string; description: string }): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // Plot's text marks are escaped by linkedom, which keeps characters XML cannot carry.
  const bars = input.map((bar) => ({
    ...bar,
    label: xmlCharacters(bar.label),
    valueLabel: xmlCharacters(bar.valueLabel),
  }));
  const chart = Plot.plot({
    document,
    width: 480,
    height: 240,
    marginLeft: 8,
    marginRight: 8,
    marginTop: 28,
    marginBottom: 36,
    x: { label: null, domain: bars.map((bar) => bar.label), padding: 0.35 },
    y: { axis: null, domain: [0, Math.max(...bars.map((bar) => bar.value)) * 1.15] },
    marks: [
      Plot.barY(bars, {
        x: 'label',
        y: 'value',
        fill: (bar: ComparisonBar) => (bar.derived ? 'derived' : 'stated'),
        stroke: 'currentColor',
      }),
      Plot.text(bars, { x: 'label', y: 'value', text: 'valueLabel', dy: -10, fill: 'currentColor' }),
      Plot.ruleY([0], { stroke: 'currentColor' }),
    ],
    color: { domain: ['stated', 'derived'], range: ['var(--chart-stated)', 'var(--chart-derived)'] },
  }) as unknown as Element;

  // Inline <style> and style="" would need 'unsafe-inline' in the CSP; the site's CSS sizes charts.
  chart.querySelector('style')?.remove();
  chart.removeAttribute('style');
  chart.removeAttribute('class');
  // The SVG is one image (role="img", named below): Plot's aria-labels on its <g> groups are
  // not allowed on elements without a role (axe: aria-prohibited-attr), and say nothing more.
  for (const element of chart.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-labelledby', 'chart-title chart-desc');
  // linkedom writes a <title>'s text unescaped (as in HTML's <title>): the SVG's are written here.
  const named = `<title id="chart-title">${escapeSvgText(options.title)}</title><desc id="chart-desc">${escapeSvgText(options.description)}</desc>`;
  return chart.outerHTML.replace(/^<svg[^>]*>/, (openingTag) => openingTag + named);
}
