import { describe, expect, it } from 'vitest';
import { byar } from '../../../src/pipeline/stats/byar.ts';
import { exactPoisson } from '../../../src/pipeline/stats/exact-poisson.ts';
import { observationInterval } from '../../../src/pipeline/stats/observation-interval.ts';
import { wilson } from '../../../src/pipeline/stats/wilson.ts';

const obs = (value: number | null, numerator?: number | null, denominator?: number | null, extra: object = {}) => ({ value, status: value === null ? ('suppressed' as const) : ('value' as const), numerator, denominator, ...extra });

describe('observationInterval', () => {
  it('computes Wilson limits for a percentage, as percentages', () => {
    const ci = observationInterval({ measure: 'percentage' }, obs(30.8, 81, 263), 0.95)!;
    expect(ci.method).toBe('wilson');
    expect(ci.lower).toBeCloseTo(wilson(81, 263, 0.95).lower * 100, 10);
    expect(ci.upper).toBeCloseTo(wilson(81, 263, 0.95).upper * 100, 10);
  });

  it("computes a rate's limits from its numerator: exact under 10 events, Byar's from 10, per N of the denominator", () => {
    const small = observationInterval({ measure: 'rate', per: 1000 }, obs(6.7, 8, 1200), 0.998)!;
    expect(small).toEqual({ lower: expect.closeTo((exactPoisson(8, 0.998).lower / 1200) * 1000, 10), upper: expect.closeTo((exactPoisson(8, 0.998).upper / 1200) * 1000, 10), method: 'exact' });
    const large = observationInterval({ measure: 'rate', per: 1000 }, obs(12.5, 15, 1200), 0.95)!;
    expect(large.method).toBe('byar');
    expect(large.lower).toBeCloseTo((byar(15, 0.95).lower / 1200) * 1000, 10);
  });

  it('treats a count as Poisson, including 0', () => {
    expect(observationInterval({ measure: 'count' }, obs(0), 0.95)).toEqual({ ...exactPoisson(0, 0.95), method: 'exact' });
  });

  it('takes supplied limits as the 95% interval and computes 99.8% from the parts when it can', () => {
    const o = obs(30.8, 81, 263, { lower: 25, upper: 36 });
    expect(observationInterval({ measure: 'percentage' }, o, 0.95)).toEqual({ lower: 25, upper: 36, method: 'supplied' });
    expect(observationInterval({ measure: 'percentage' }, o, 0.998)!.method).toBe('wilson');
    expect(observationInterval({ measure: 'mean' }, obs(50, null, null, { lower: 48, upper: 52 }), 0.998)).toBeNull();
  });

  it('has no interval for suppressed values, means or scores without supplied limits, or impossible parts', () => {
    expect(observationInterval({ measure: 'percentage' }, obs(null, null, null), 0.95)).toBeNull();
    expect(observationInterval({ measure: 'mean' }, obs(52.1), 0.95)).toBeNull();
    expect(observationInterval({ measure: 'score' }, obs(12.3), 0.95)).toBeNull();
    expect(observationInterval({ measure: 'percentage' }, obs(120, 12, 10), 0.95)).toBeNull();
    expect(observationInterval({ measure: 'rate', per: 1000 }, obs(1, 1, 0), 0.95)).toBeNull();
    expect(observationInterval({ measure: 'mean' }, obs(50, null, null, { lower: 53.6, upper: 44 }), 0.95)).toBeNull();
  });
});
