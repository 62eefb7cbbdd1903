/**
 * What finding one postcode can come to, whichever reference answers (an ONS-style lookup or
 * centroids located in boundaries). Postcodes are looked up by their normalised key
 * (normalise-postcode.ts).
 */
export type PostcodeMatch =
  /** In the reference and in one of the level's areas. `terminated` postcodes are no longer in use. */
  | { status: 'matched'; area: string; terminated: boolean }
  /** Not in the reference at all. */
  | { status: 'not-found' }
  /** In the reference, but in none of the level's areas (outside the atlas, or no area given). */
  | { status: 'outside'; terminated: boolean };

export type PostcodeLocator = (key: string) => PostcodeMatch;

/** The first of `candidates` (compared without case) that is a column of `header`. */
export function findColumn(header: readonly string[], candidates: readonly string[]): string | undefined {
  for (const candidate of candidates) {
    const found = header.find((name) => name.toLowerCase() === candidate.toLowerCase());
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Column names the ONS postcode products use, in order of preference. */
export const POSTCODE_COLUMNS = ['pcds', 'pcd', 'pcd2', 'postcode'] as const;
export const TERMINATED_COLUMNS = ['doterm'] as const;
