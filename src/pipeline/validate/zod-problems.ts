/**
 * Turns Zod issues into problems a contributor can act on: the YAML line, the field in plain
 * words and what to write instead (cf. Evidence's cleanZodErrors).
 */
import type { z } from 'zod';
import type { YamlSource } from '../read/read-yaml.ts';
import type { Problem } from './atlas-error.ts';

export function zodProblems(error: z.ZodError, source: YamlSource): Problem[] {
  if (source.data === null || source.data === undefined) {
    return [{ file: source.file, line: 1, message: 'the file is empty', fix: 'Fill in the fields described in docs/formats.md.' }];
  }
  if (Array.isArray(source.data)) {
    return [{ file: source.file, line: 1, message: 'the file holds a list instead of fields', fix: 'Write each field as `name: value` at the start of a line, without a leading "- " (see docs/formats.md).' }];
  }
  return error.issues.flatMap((issue) => {
    // One problem per unknown key, each at its own line.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file: source.file, line: source.lineOf([...issue.path, key]), ...sentence({ ...issue, keys: [key] }, describePath(issue.path)) }));
    }
    const inner = issue.code === 'invalid_union' && issue.input !== undefined ? closestBranch(issue) : null;
    if (inner) return zodProblems({ issues: inner } as z.ZodError, source);
    return [{ file: source.file, line: source.lineOf(issue.path), ...sentence(issue, describePath(issue.path)) }];
  });
}

/**
 * For a value matching none of a union's forms (e.g. `period: { value: "" }`), the issues of the
 * form it came closest to, so the message says what to change rather than "not recognised".
 * The closest form is the one whose problems are not about unknown or missing fields.
 */
function closestBranch(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue[] | null {
  const offTrack = (i: z.core.$ZodIssue) => i.code === 'unrecognized_keys' || (i.code === 'invalid_type' && (i.input === undefined || i.path.length === 0));
  const branches = issue.errors.map((branch) => ({ branch, penalty: branch.filter(offTrack).length }));
  const best = branches.filter((b) => b.penalty === 0 && b.branch.length > 0);
  if (best.length !== 1) return null;
  return best[0]!.branch.map((i) => ({ ...i, path: [...issue.path, ...i.path] }));
}

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  return path
    .map((key) => (typeof key === 'number' ? `[${key + 1}]` : String(key)))
    .join('.')
    .replace(/\.\[/g, '[');
}

function sentence(issue: z.core.$ZodIssue, field: string): { message: string; fix: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return { message: `${field} is required but missing`, fix: `Add \`${lastKey(issue.path)}:\` (see docs/formats.md).` };
      }
      return { message: `${field} should be ${typeWords(issue.expected)}`, fix: `Write ${field} as ${typeWords(issue.expected)}.` };
    case 'invalid_format':
      if (issue.format === 'email') return { message: `${field} ${shown(issue.input)}is not an email address`, fix: `Write it as name@example.org, or leave \`${lastKey(issue.path)}:\` out.` };
      if (issue.format === 'url') return { message: `${field} ${shown(issue.input)}is not a web address`, fix: 'Write the full address, starting with https://.' };
      return { message: `${field} ${issue.message}`, fix: 'See docs/formats.md.' };
    case 'unrecognized_keys':
      return {
        message: `${field} has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`,
        fix: 'Check the spelling against docs/formats.md, or remove the field.',
      };
    case 'invalid_value':
      return {
        message: `${field} must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`,
        fix: 'Use one of the listed values.',
      };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { message: `${field} is empty`, fix: `Fill in \`${lastKey(issue.path)}:\` (see docs/formats.md).` };
      if (issue.origin === 'array') return { message: `${field} ${issue.message.startsWith('must') ? issue.message : `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`}`, fix: 'See docs/formats.md.' };
      return { message: `${field} must be at least ${issue.minimum}`, fix: 'Use a larger value.' };
    case 'too_big':
      if (issue.origin === 'array') return { message: `${field} has more than ${issue.maximum} items`, fix: `Use at most ${issue.maximum}.` };
      return { message: `${field} must be at most ${issue.maximum}`, fix: 'Use a smaller value.' };
    case 'invalid_union':
      if (issue.input === undefined) return { message: `${field} is required but missing`, fix: `Add \`${lastKey(issue.path)}:\` (see docs/formats.md).` };
      return { message: `${field} is not in a recognised form`, fix: UNION_FORMS[field] ?? 'See docs/formats.md for the forms it may take.' };
    case 'custom':
      return { message: `${field} ${issue.message}`, fix: 'See docs/formats.md.' };
    default:
      return { message: `${field} ${issue.message}`, fix: 'See docs/formats.md.' };
  }
}

/** The forms a union field may take, in words, for the fields that have several. */
const UNION_FORMS: Record<string, string> = {
  period: 'Write `period: { column: Year }` with the name of the file\'s period column, or `period: { value: "2023" }` when the whole file is one period.',
};

function lastKey(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((k) => typeof k === 'string');
  return key === undefined ? 'value' : String(key);
}

/** Zod's type names in words a contributor uses. */
function typeWords(type: string): string {
  const words: Record<string, string> = { int: 'a whole number', number: 'a number', string: 'text', boolean: 'true or false', object: 'a group of fields', array: 'a list', date: 'a date' };
  return words[type] ?? (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
}

/** The offending value, quoted and with control characters made visible, for the message. */
function shown(input: unknown): string {
  return typeof input === 'string' ? `"${input.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}" ` : '';
}
