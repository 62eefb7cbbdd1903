/**
 * Cases from OHID Fingertips' own tests of its default comparison (fingertips-open,
 * SingleOverlappingCIsComparatorTest): the benchmark value against the area's interval.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/pipeline/stats/compare.ts';

describe('compare', () => {
  it('calls a value similar when the benchmark is inside its interval, limits included', () => {
    expect(compare({ lower: 10, upper: 12 }, 11, 'higher-is-worse')).toBe('similar');
    expect(compare({ lower: 2.7, upper: 3.1 }, 3.0, 'higher-is-worse')).toBe('similar');
    expect(compare({ lower: 2.7, upper: 3.0 }, 3.0, 'higher-is-better')).toBe('similar');
  });

  it('calls a significantly higher value worse when higher is worse, better when higher is better', () => {
    expect(compare({ lower: 3.2, upper: 3.5 }, 3.0, 'higher-is-worse')).toBe('worse');
    expect(compare({ lower: 3.2, upper: 3.5 }, 3.0, 'higher-is-better')).toBe('better');
  });

  it('calls a significantly lower value better when higher is worse, worse when higher is better', () => {
    expect(compare({ lower: 2.2, upper: 2.8 }, 3.0, 'higher-is-worse')).toBe('better');
    expect(compare({ lower: 2.2, upper: 2.8 }, 3.0, 'higher-is-better')).toBe('worse');
  });

  it('says only higher or lower when polarity is neither', () => {
    expect(compare({ lower: 3.2, upper: 3.5 }, 3.0, 'neither')).toBe('higher');
    expect(compare({ lower: 2.2, upper: 2.8 }, 3.0, 'neither')).toBe('lower');
  });
});
