/**
 * Identifiers become folder names and URL segments, so they are checked against one pattern:
 * no dots, slashes, spaces or upper case can reach a path.
 */
export const SLUG_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text) && !text.endsWith('-') && !text.includes('--');
}

/** A suggestion a contributor can copy: "Teen Conceptions 2020" -> "teen-conceptions-2020". */
export function suggestSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^([0-9])/, 'd-$1')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || 'dataset';
}
