import { describe, expect, it } from 'vitest';
import { CHANGE_COLOURS, changeClasses } from '../../../src/pipeline/classify/change-classes.ts';

const size = (v: number) => `${v.toFixed(1)} points`;

describe('changeClasses', () => {
  it('colours only significant changes, split at their median size, around "no significant change"', () => {
    const rows = [
      { difference: -5, significant: true },
      { difference: -1, significant: true },
      { difference: 2, significant: true },
      { difference: 8, significant: true },
      { difference: 9, significant: false },
      { difference: 0, significant: false },
    ];
    const classes = changeClasses(rows, true, 1, size);
    expect(classes.step).toBe(2);
    expect(classes.labels).toEqual(['Significant fall of more than 2.0 points', 'Significant fall of up to 2.0 points', 'No significant change', 'Significant rise of up to 2.0 points', 'Significant rise of more than 2.0 points']);
    expect(rows.map((r) => classes.classOf(r))).toEqual([0, 1, 3, 4, 2, 2]);
    expect(classes.colours[2]).toBe(CHANGE_COLOURS.none);
  });

  it('classes by size alone around exactly no change when significance cannot be judged', () => {
    const rows = [-4, -1, 0, 1, 4].map((difference) => ({ difference, significant: null }));
    const classes = changeClasses(rows, false, 0, size);
    expect(classes.labels[2]).toBe('No change');
    expect(rows.map((r) => classes.classOf(r))).toEqual([0, 1, 2, 3, 4]);
  });

  it('falls back to three classes when there is no size to split at', () => {
    const classes = changeClasses([{ difference: 0, significant: false }, { difference: 3, significant: false }], true, 1, size);
    expect(classes.labels).toEqual(['Significant fall', 'No significant change', 'Significant rise']);
    expect(classes.classOf({ difference: 3, significant: false })).toBe(1);
  });
});
