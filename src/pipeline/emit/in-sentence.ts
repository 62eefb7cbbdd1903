/**
 * Names as they read inside a sentence: "Wards" -> "wards", "Resident population" ->
 * "resident population", but acronyms ("LSOAs") and proper names ("Index of Multiple
 * Deprivation rank") keep their capitals.
 */
export function inSentence(name: string): string {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  const isAcronym = /^[A-Z0-9]{2,}s?$/.test(first) || /^[A-Z][A-Z]/.test(first);
  const hasProperNoun = words.slice(1).some((w) => /^[A-Z]/.test(w));
  if (isAcronym || hasProperNoun || !/^[A-Z]/.test(first)) return name;
  return first[0]!.toLowerCase() + name.slice(1);
}
