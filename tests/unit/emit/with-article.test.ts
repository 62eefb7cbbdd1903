import { describe, expect, it } from 'vitest';
import { withArticle } from '../../../src/pipeline/emit/with-article.ts';

describe('withArticle', () => {
  it('chooses the article by sound, keeping acronyms as written', () => {
    expect(withArticle('Ward')).toBe('a ward');
    expect(withArticle('LSOA')).toBe('an LSOA');
    expect(withArticle('Output area')).toBe('an output area');
    expect(withArticle('CCG')).toBe('a CCG');
  });
});
