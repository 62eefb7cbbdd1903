/**
 * The URL segment of a change between two periods: "2021-to-2023", "2021-22-to-2022-23". Period
 * keys contain hyphens, so "-to-" separates them.
 */
import { periodKey } from './period-key.ts';

export function changeKey(from: string, to: string): string {
  return `${periodKey(from)}-to-${periodKey(to)}`;
}
