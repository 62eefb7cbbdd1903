import { describe, expect, it } from 'vitest';
import { isProtectedPath } from '../../../src/gateway/protected-path.ts';

describe('isProtectedPath', () => {
  it('protects the prefix and everything under it', () => {
    for (const path of ['/tables/', '/tables', '/tables/a/b.csv', '/tables/index.html']) expect(isProtectedPath(path, '/tables/'), path).toBe(true);
  });

  it('leaves other paths public, including ones that merely start with the same letters', () => {
    for (const path of ['/', '/indicators/x/', '/tablesx/', '/my-tables/', '/catalogue.csv', '/areas/tables/']) expect(isProtectedPath(path, '/tables/'), path).toBe(false);
  });

  it('sees through every spelling a file server might accept', () => {
    const spellings = [
      '/%74ables/a.csv',
      '/%74%61%62%6C%65%73/a.csv',
      '/tables%2Fa.csv',
      '/tables%252Fa.csv',
      '/x/..%2Ftables/a.csv',
      '/%2e%2e/tables/a.csv',
      '/catalogue/../tables/a.csv',
      '/./tables/a.csv',
      '//tables/a.csv',
      '/%5Ctables/a.csv',
      '\\tables\\a.csv',
      '/TABLES/a.csv',
      '/Tables/A.CSV',
      '/tables./a.csv',
      '/tables%20/a.csv',
      '/tables/a.csv?x=1',
    ];
    for (const path of spellings) expect(isProtectedPath(path, '/tables/'), path).toBe(true);
  });

  it('protects what it cannot decode, or what keeps decoding', () => {
    expect(isProtectedPath('/%E0%A4%A/x', '/tables/')).toBe(true);
    expect(isProtectedPath(`/${'%25'.repeat(1)}252525252574ables/`, '/tables/')).toBe(true);
  });

  it('works with a prefix of several segments', () => {
    expect(isProtectedPath('/partners/tables/x.csv', '/partners/tables/')).toBe(true);
    expect(isProtectedPath('/partners/%74ables/x.csv', '/partners/tables/')).toBe(true);
    expect(isProtectedPath('/partners/', '/partners/tables/')).toBe(false);
  });
});
