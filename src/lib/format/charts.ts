import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { escapeSvgText, xmlCharacters } from './escape';
import type { Indicator } from '../content/schemas';

export interface ComparisonBar {
  label: string;
  value: number;
  /** A value the site derived rather than read from a source: drawn hatched and outlined, and labelled. */
  derived: boolean;
  /** What the bar's value label says (the formatted figure, or "≈96 (derived)"). */
  valueLabel: string;
}

/** The pattern a derived bar is filled with: hatched and outlined, never a solid stated-looking bar. */
export const DERIVED_PATTERN_ID = 'chart-derived-hatch';

/**
 * What a chart may compare: a stated growth (+N%) of a stated count, whose start the site
 * derives. Anything else draws nothing; in particular a qualitative statement ("nearly
 * doubled") has no number to draw, so it gets no bar.
 */
export function chartableGrowth<Entry extends { id: string; data: Indicator }>(
  self: Entry,
  indicators: readonly Entry[],
): { growth: Entry; current: Entry } | null {
  const growth =
    self.data.comparison?.kind === 'growth-percent'
      ? self
      : indicators.find(
          (entry) => entry.data.comparison?.kind === 'growth-percent' && entry.data.comparison.of === self.id,
        );
  const current = growth && indicators.find((entry) => entry.id === growth.data.comparison?.of);
  if (!growth || !current || growth.data.value === undefined || current.data.value === undefined) return null;
  return { growth, current };
}

/**
 * A two-bar comparison as a static SVG string, drawn at build time: no chart script runs in
 * the browser. Colours are CSS custom properties so the chart follows light and dark themes.
 * Sized to be legible without scaling on a 375 px screen; a derived bar is hatched, outlined
 * with a dashed line and says "derived" in its label.
 */
export function comparisonChartSvg(input: ComparisonBar[], options: { title: string; description: string }): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // Plot's text marks are escaped by linkedom, which keeps characters XML cannot carry.
  const bars = input.map((bar) => ({
    ...bar,
    label: xmlCharacters(bar.label),
    valueLabel: xmlCharacters(bar.valueLabel),
  }));
  const stated = bars.filter((bar) => !bar.derived);
  const derived = bars.filter((bar) => bar.derived);
  const chart = Plot.plot({
    document,
    width: 320,
    height: 260,
    marginLeft: 8,
    marginRight: 8,
    marginTop: 44,
    marginBottom: 56,
    style: { fontSize: '14px' },
    x: { label: null, domain: bars.map((bar) => bar.label), padding: 0.3, axis: null },
    y: { axis: null, domain: [0, Math.max(...bars.map((bar) => bar.value)) * 1.1] },
    marks: [
      Plot.barY(stated, { x: 'label', y: 'value', fill: 'var(--chart-stated)', stroke: 'currentColor' }),
      Plot.barY(derived, {
        x: 'label',
        y: 'value',
        fill: `url(#${DERIVED_PATTERN_ID})`,
        stroke: 'currentColor',
        strokeWidth: 2,
        strokeDasharray: '5 3',
      }),
      Plot.text(bars, {
        x: 'label',
        y: 'value',
        text: 'valueLabel',
        dy: -8,
        lineAnchor: 'bottom',
        lineWidth: 10,
        fontSize: 14,
        fill: 'currentColor',
      }),
      Plot.axisX({ tickSize: 0, lineWidth: 10, fontSize: 13, label: null }),
      Plot.ruleY([0], { stroke: 'currentColor' }),
    ],
  }) as unknown as Element;
  return finishChart(chart, document, options);
}

/**
 * Plot's SVG made fit for the site: the hatching pattern of derived bars, no inline styles (the
 * CSP allows none), one image with its title and description, and no labels Plot adds to groups.
 */
function finishChart(chart: Element, document: Document, options: { title: string; description: string }): string {
  // The hatching of derived bars: diagonal lines in the text colour over the derived fill.
  const defs = document.createElementNS('http://www.w3.org/2000/svg', 'defs');
  defs.innerHTML =
    `<pattern id="${DERIVED_PATTERN_ID}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">` +
    '<rect width="8" height="8" fill="var(--chart-derived)"></rect>' +
    '<line x1="0" y1="0" x2="0" y2="8" stroke="currentColor" stroke-width="2"></line></pattern>';
  chart.prepend(defs);

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
