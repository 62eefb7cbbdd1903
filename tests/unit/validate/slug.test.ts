import { describe, expect, it } from 'vitest';
import { isSlug, suggestSlug } from '../../../src/pipeline/validate/slug.ts';

describe('isSlug', () => {
  it('accepts lower-case words joined by single hyphens', () => {
    expect(isSlug('teen-conceptions')).toBe(true);
    expect(isSlug('imd2019')).toBe(true);
  });

  it('refuses anything that could escape a folder or break a URL', () => {
    for (const id of ['../x', '..', 'a/b', 'a\\b', 'my data', 'Data', '-a', 'a-', 'a--b', '1abc', '', 'a.b', 'x'.repeat(65)]) {
      expect(isSlug(id), id).toBe(false);
    }
  });
});

describe('suggestSlug', () => {
  it('turns a folder name into a slug a contributor can use', () => {
    expect(suggestSlug('Teen Conceptions 2020')).toBe('teen-conceptions-2020');
    expect(suggestSlug('../x')).toBe('x');
    expect(suggestSlug('2020 data')).toBe('d-2020-data');
  });
});
