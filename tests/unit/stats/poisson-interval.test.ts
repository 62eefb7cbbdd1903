/**
 * Reference: Fingertips public health technical guidance, "Rates": Byar's method for counts of 10
 * or greater, the chi-squared exact method below 10 (as PHEindicatormethods `phe_rate`).
 */
import { describe, expect, it } from 'vitest';
import { byar } from '../../../src/pipeline/stats/byar.ts';
import { exactPoisson } from '../../../src/pipeline/stats/exact-poisson.ts';
import { poissonInterval } from '../../../src/pipeline/stats/poisson-interval.ts';

describe('poissonInterval', () => {
  it('uses the exact method below 10 events and Byar\'s from 10', () => {
    expect(poissonInterval(9, 0.95)).toEqual({ ...exactPoisson(9, 0.95), method: 'exact' });
    expect(poissonInterval(10, 0.95)).toEqual({ ...byar(10, 0.95), method: 'byar' });
    expect(poissonInterval(0, 0.998).method).toBe('exact');
  });
});
