import { describe, expect, it } from 'vitest';
import { bivariateClass, describeBivariateClass } from '../../../src/pipeline/classify/bivariate-class.ts';
import { BIVARIATE_COLOURS } from '../../../src/pipeline/classify/bivariate-palette.ts';
import { classOf } from '../../../src/pipeline/classify/breaks.ts';
import { tertiles } from '../../../src/pipeline/classify/tertiles.ts';
import { smallestDifference, type Vision } from '../../helpers/colour-vision.ts';

describe('tertiles', () => {
  it('cuts nine values into thirds of three, each threshold the first value of its third', () => {
    const t = tertiles([9, 1, 8, 2, 7, 3, 6, 4, 5])!;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((v) => classOf(v, t.thresholds))).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(t).toEqual({ method: 'tertiles', thresholds: [4, 7], min: 1, max: 9 });
  });

  it('gives the lower thirds the extra values when n is not a multiple of three', () => {
    expect(tertiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])!.thresholds).toEqual([5, 8]);
    expect(tertiles([1, 2, 3, 4])!.thresholds).toEqual([3, 4]);
  });

  it('merges thirds that tied values make identical, and has no classes for no values', () => {
    expect(tertiles([0, 0, 0, 0, 0, 0, 1, 2, 3])!.thresholds).toHaveLength(1);
    expect(tertiles([4, 4, 4])!.thresholds).toEqual([]);
    expect(tertiles([])).toBeNull();
  });
});

describe('bivariateClass', () => {
  it('names X thirds by letter and Y thirds by number, indexing the palette row by row from the bottom', () => {
    expect(bivariateClass(0, 0)).toEqual({ x: 0, y: 0, index: 0, code: 'A1' });
    expect(bivariateClass(2, 0)).toEqual({ x: 2, y: 0, index: 2, code: 'C1' });
    expect(bivariateClass(0, 2)).toEqual({ x: 0, y: 2, index: 6, code: 'A3' });
    expect(bivariateClass(2, 2)).toEqual({ x: 2, y: 2, index: 8, code: 'C3' });
  });

  it('describes a class in words', () => {
    expect(describeBivariateClass(bivariateClass(2, 0), 'attainment', 'conceptions')).toBe('upper third of attainment, lower third of conceptions');
  });

  it('refuses a third that does not exist', () => {
    expect(() => bivariateClass(3, 0)).toThrow(/0, 1 or 2/);
  });
});

describe('the bivariate palette', () => {
  it('has nine distinct colours, light grey where both are lowest', () => {
    expect(new Set(BIVARIATE_COLOURS).size).toBe(9);
    expect(BIVARIATE_COLOURS[0]).toBe('#e8e8e8');
  });

  it('keeps all nine colours apart for the common colour-vision deficiencies (delta E >= 25)', () => {
    for (const vision of ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as Vision[]) {
      expect(smallestDifference(BIVARIATE_COLOURS, vision), vision).toBeGreaterThanOrEqual(25);
    }
  });

  it('does better than Stevens\' teal-pink scheme, which protanopia nearly collapses (a check on the check)', () => {
    const tealPink = ['#e8e8e8', '#ace4e4', '#5ac8c8', '#dfb0d6', '#a5add3', '#5698b9', '#be64ac', '#8c62aa', '#3b4994'];
    expect(smallestDifference(tealPink, 'protanopia')).toBeLessThan(6);
  });
});
