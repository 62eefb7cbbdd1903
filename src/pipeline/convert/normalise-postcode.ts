/**
 * One key for every way a UK postcode is written. Contributors type "le1 1aa", "LE11AA" or
 * " LE1  1AA "; the ONS lookups store `pcds` ("LE1 1AA"), `pcd` (7 characters, outward code
 * padded to 4: "LE1 1AA", "LE101AA", "B1  1AA") and `pcd2` (8 characters: "LE1  1AA"). All reduce
 * to the same key: upper case, spaces removed ("LE11AA"). The inward code is always a digit and
 * two letters, so the key splits back unambiguously; `display` is the `pcds` form.
 *
 * A space anywhere but before the inward code ("LE11 AA") makes the text invalid rather than
 * silently turning into another postcode.
 */
export interface Postcode {
  /** Upper case, no spaces: what lookups are indexed by. */
  key: string;
  /** Outward code, one space, inward code (the ONS `pcds` form). */
  display: string;
}

/** Outward code (A9, A99, A9A, AA9, AA99, AA9A, or GIR) then inward code (9AA). */
const KEY_SHAPE = /^(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR)[0-9][A-Z]{2}$/;

/** The postcode in `text`, or null when it is not shaped like one (blank included). */
export function normalisePostcode(text: string): Postcode | null {
  const trimmed = text.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '').toUpperCase();
  // Spaces are allowed only as one run directly before the inward code (pcd, pcd2, pcds forms).
  const spaced = /^(\S+)[\s\u00a0]+(\S{3})$/.exec(trimmed);
  const key = spaced ? spaced[1]! + spaced[2]! : trimmed;
  if (!KEY_SHAPE.test(key)) return null;
  return { key, display: `${key.slice(0, -3)} ${key.slice(-3)}` };
}
