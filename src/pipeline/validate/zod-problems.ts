/**
 * Turns Zod issues into problems a contributor can act on: the YAML line, the field in plain
 * words and what to write instead (cf. Evidence's cleanZodErrors).
 */
import type { z } from 'zod';
import type { YamlSource } from '../read/read-yaml.ts';
import type { Problem } from './atlas-error.ts';

export function zodProblems(error: z.ZodError, source: YamlSource): Problem[] {
  return error.issues.map((issue) => {
    const field = describePath(issue.path);
    return {
      file: source.file,
      line: source.lineOf(issue.path),
      ...sentence(issue, field),
    };
  });
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
      return { message: `${field} should be ${article(issue.expected)}`, fix: `Write ${field} as ${article(issue.expected)}.` };
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
    case 'invalid_union':
      return { message: `${field} is not in a recognised form`, fix: 'See docs/formats.md for the forms it may take.' };
    default:
      return { message: `${field} ${issue.message}`, fix: 'See docs/formats.md.' };
  }
}

function lastKey(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((k) => typeof k === 'string');
  return key === undefined ? 'value' : String(key);
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
