import { describe, expect, it } from 'vitest';
import { overlayView, type OverlayCell, type OverlayIndicator, type OverlayInput } from '../../../src/pipeline/emit/overlay-view.ts';
import { overlayCsv } from '../../../src/pipeline/emit/overlay-csv.ts';
import { BIVARIATE_COLOURS } from '../../../src/pipeline/classify/bivariate-palette.ts';

const X: OverlayIndicator = { id: 'attainment', title: 'Attainment', measure: 'percentage', decimals: 0, polarity: 'higher-is-better' };
const Y: OverlayIndicator = { id: 'conceptions', title: 'Conception rate', measure: 'rate', per: 1000, decimals: 1, polarity: 'higher-is-worse' };

const value = (v: number): OverlayCell => ({ value: v, status: 'value', display: String(v) });
const suppressed: OverlayCell = { value: null, status: 'suppressed', display: 'Suppressed' };

/** Nine areas whose X and Y run in opposite orders, plus one with Y suppressed and one with no X row. */
function input(): OverlayInput {
  const codes = ['A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'A09', 'A10', 'A11'];
  const xs = [10, 20, 30, 40, 50, 60, 70, 80, 90, 55];
  const ys = [9, 8, 7, 6, 5, 4, 3, 2, 1];
  return {
    x: X,
    y: Y,
    level: { id: 'ward', name: 'Ward', plural: 'Wards' },
    period: '2023',
    areas: codes.map((code) => ({ code, name: `Area ${code}` })),
    xValues: new Map(xs.map((v, i) => [codes[i]!, value(v)])),
    yValues: new Map([...ys.map((v, i) => [codes[i]!, value(v)] as const), ['A10', suppressed], ['A11', value(5)]]),
  };
}

describe('overlayView', () => {
  const view = overlayView(input());

  it('classes each area by the thirds of both indicators among areas with both values', () => {
    const codes = Object.fromEntries(view.rows.map((r) => [r.code, r.cls?.code ?? null]));
    // X rises as Y falls: lowest X third with the upper Y third (A3), and so on.
    expect(codes).toMatchObject({ A01: 'A3', A02: 'A3', A03: 'A3', A04: 'B2', A05: 'B2', A06: 'B2', A07: 'C1', A08: 'C1', A09: 'C1' });
    expect(view.cells.map((c) => c.count)).toEqual([0, 0, 3, 0, 3, 0, 3, 0, 0]);
  });

  it('gives an area without both values no class, and a suppressed value wins over a missing row', () => {
    const a10 = view.rows.find((r) => r.code === 'A10')!;
    const a11 = view.rows.find((r) => r.code === 'A11')!;
    expect([a10.cls, a10.status]).toEqual([null, 'suppressed']);
    expect([a11.cls, a11.status]).toEqual([null, 'no-data']);
    expect(view.withoutClass).toEqual([
      { status: 'no-data', label: 'No data', count: 1 },
      { status: 'suppressed', label: 'Suppressed', count: 1 },
    ]);
  });

  it('correlates the paired areas only, and says so without claiming cause', () => {
    expect(view.correlation).toEqual({ n: 9, pearson: -1, spearman: -1 });
    expect(view.sentence).toBe(
      "Wards that rank higher on attainment tend to rank lower on conception rate (a strong negative association: Spearman's rho = -1.00, Pearson's r = -1.00, n = 9 wards, 2023). This is an association between areas, not evidence that one causes the other.",
    );
  });

  it('prints the range of each third in the indicator\'s own format', () => {
    expect(view.xThirds.map((t) => `${t.label}: ${t.range}`)).toEqual(['A: under 40%', 'B: 40% to under 70%', 'C: 70% or more']);
    expect(view.yThirds[0]).toEqual({ label: '1', range: 'under 4.0 per 1,000' });
  });

  it('paints the bivariate colours by class and suppressed areas as suppressed', () => {
    expect(view.mapValues.colours).toEqual(BIVARIATE_COLOURS);
    expect(view.mapValues.areas.A01).toEqual([6, 'value', 'Class A3. Attainment: 10; Conception rate: 9', null]);
    expect(view.mapValues.areas.A10![0]).toBeNull();
    expect(view.mapValues.areas.A10![1]).toBe('suppressed');
  });
});

describe('overlayCsv', () => {
  it('writes both values and statuses and the class for every area', () => {
    const lines = overlayCsv(overlayView(input())).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('area_code,area_name,level,period,x_indicator,x_value,x_status,y_indicator,y_value,y_status,bivariate_class,x_third,y_third');
    expect(lines).toHaveLength(12);
    expect(lines[1]).toBe('A01,Area A01,ward,2023,attainment,10,,conceptions,9,,A3,1,3');
    expect(lines[10]).toBe('A10,Area A10,ward,2023,attainment,55,,conceptions,,c,,,');
  });
});
