import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/pipeline/classify/classify.ts';
import { classOf } from '../../../src/pipeline/classify/breaks.ts';
import { paletteFor } from '../../../src/pipeline/classify/palettes.ts';

const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('classify', () => {
  it('puts about the same number of values in each quantile class', () => {
    const c = classify(values, { method: 'quantiles', classes: 5 })!;
    expect(c.thresholds).toHaveLength(4);
    const counts = [0, 0, 0, 0, 0];
    values.forEach((v) => counts[classOf(v, c.thresholds)]!++);
    expect(counts).toEqual([2, 2, 2, 2, 2]);
  });

  it('makes equal intervals between the minimum and maximum', () => {
    expect(classify([0, 10, 100], { method: 'equal-intervals', classes: 4 })!.thresholds).toEqual([25, 50, 75]);
  });

  it('finds natural breaks between clusters', () => {
    const c = classify([1, 2, 3, 50, 51, 52, 100, 101], { method: 'natural-breaks', classes: 3 })!;
    expect(c.thresholds).toEqual([50, 100]);
  });

  it('uses custom breaks as given, sorted', () => {
    expect(classify(values, { method: 'custom', classes: 5, breaks: [8, 3] })!.thresholds).toEqual([3, 8]);
  });

  it('collapses tied thresholds rather than making empty classes', () => {
    const deciles = [1, 1, 1, 1, 1, 1, 1, 1, 2, 10];
    const c = classify(deciles, { method: 'quantiles', classes: 5 })!;
    expect(new Set(c.thresholds).size).toBe(c.thresholds.length);
    expect(c.thresholds.every((t) => t > 1)).toBe(true);
  });

  it('returns one class when every value is the same, and nothing for no values', () => {
    expect(classify([4, 4, 4], { method: 'quantiles', classes: 5 })!.thresholds).toEqual([]);
    expect(classify([], { method: 'quantiles', classes: 5 })).toBeNull();
  });
});

describe('classOf', () => {
  it('includes a class\'s lower bound and excludes its upper bound', () => {
    expect(classOf(2.5, [2.5, 4.5])).toBe(1);
    expect(classOf(2.49, [2.5, 4.5])).toBe(0);
    expect(classOf(99, [2.5, 4.5])).toBe(2);
  });
});

describe('paletteFor', () => {
  it('gives one colour per class, light to dark', () => {
    expect(paletteFor(5)).toHaveLength(5);
    expect(paletteFor(2)).toHaveLength(2);
    expect(paletteFor(1)).toHaveLength(1);
  });
});
