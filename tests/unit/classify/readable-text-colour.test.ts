import { describe, expect, it } from 'vitest';
import { BIVARIATE_COLOURS } from '../../../src/pipeline/classify/bivariate-palette.ts';
import { contrastRatio, readableTextColour } from '../../../src/pipeline/classify/readable-text-colour.ts';

describe('readableTextColour', () => {
  it('picks black on light colours and white on dark ones', () => {
    expect(readableTextColour('#e8e8e8')).toBe('#000000');
    expect(readableTextColour('#531739')).toBe('#ffffff');
  });

  it('gives every bivariate class code at least 4.5:1 contrast (WCAG AA)', () => {
    for (const colour of BIVARIATE_COLOURS) expect(contrastRatio(colour, readableTextColour(colour)), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('measures contrast as WCAG does (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
