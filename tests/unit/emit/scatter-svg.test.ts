import { describe, expect, it } from 'vitest';
import { overlayView, type OverlayCell } from '../../../src/pipeline/emit/overlay-view.ts';
import { escapeHtml } from '../../../src/pipeline/emit/escape-html.ts';
import { scatterSvg } from '../../../src/pipeline/emit/scatter-svg.ts';

const cell = (v: number | null): OverlayCell => (v === null ? { value: null, status: 'missing', display: 'Missing' } : { value: v, status: 'value', display: `${v}` });

const view = overlayView({
  x: { id: 'x', title: 'X <rate>', measure: 'score', decimals: 0, polarity: 'neither' },
  y: { id: 'y', title: 'Y', measure: 'score', decimals: 0, polarity: 'neither' },
  level: { id: 'ward', name: 'Ward', plural: 'Wards' },
  period: '2023',
  areas: [
    { code: 'W1', name: 'North & South' },
    { code: 'W2', name: 'East' },
    { code: 'W3', name: 'West' },
    { code: 'W4', name: 'Centre' },
  ],
  xValues: new Map([['W1', cell(1)], ['W2', cell(2)], ['W3', cell(3)], ['W4', cell(4)]]),
  yValues: new Map([['W1', cell(2)], ['W2', cell(4)], ['W3', cell(5)], ['W4', cell(null)]]),
});

describe('scatterSvg', () => {
  const svg = scatterSvg(view, 'plot');

  it('draws one point per area with both values, carrying its code and a readable title', () => {
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('data-code="W1"');
    expect(svg).not.toContain('data-code="W4"');
    expect(svg).toContain('<title>North &amp; South (W1), class A1: X &lt;rate&gt; 1; Y 2</title>');
  });

  it('is a labelled image whose description is the association sentence', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*role="img" aria-labelledby="plot-title plot-desc"/);
    expect(svg).toContain(`<desc id="plot-desc">${escapeHtml(view.sentence)}`);
  });

  it('places higher values further right and further up', () => {
    const points = [...svg.matchAll(/cx="([\d.]+)" cy="([\d.]+)"[^>]*data-code="(W\d)"/g)].map((m) => ({ code: m[3], x: Number(m[1]), y: Number(m[2]) }));
    const [w1, w2, w3] = points;
    expect(w1!.x).toBeLessThan(w2!.x);
    expect(w2!.x).toBeLessThan(w3!.x);
    expect(w1!.y).toBeGreaterThan(w2!.y); // SVG y grows downwards
  });
});
