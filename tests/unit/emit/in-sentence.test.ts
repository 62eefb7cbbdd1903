import { describe, expect, it } from 'vitest';
import { inSentence } from '../../../src/pipeline/emit/in-sentence.ts';

describe('inSentence', () => {
  it('lower-cases ordinary names', () => {
    expect(inSentence('Wards')).toBe('wards');
    expect(inSentence('Small areas')).toBe('small areas');
    expect(inSentence('Resident population')).toBe('resident population');
  });

  it('keeps acronyms and proper names as written', () => {
    expect(inSentence('LSOAs')).toBe('LSOAs');
    expect(inSentence('LSOA')).toBe('LSOA');
    expect(inSentence('IMD rank')).toBe('IMD rank');
    expect(inSentence('Index of Multiple Deprivation (IMD) rank')).toBe('Index of Multiple Deprivation (IMD) rank');
  });
});
