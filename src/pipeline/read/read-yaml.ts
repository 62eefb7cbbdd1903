import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';
import type { Problem } from '../validate/atlas-error.ts';

/** A parsed YAML file that can say which line a value came from. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Line (1-based) of the value at `path`, or of its nearest existing ancestor. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses YAML keeping source positions, so schema errors can point at a line. Syntax errors are
 * returned as problems rather than thrown, so validation can report every file at once.
 */
export function readYaml(text: string, file: string): { source?: YamlSource; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // After the first syntax error the parser is lost, and what it reports next is noise that
    // points at correct lines: report the first only.
    return {
      problems: doc.errors.slice(0, 1).map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        message: `YAML syntax error: ${firstLine(error.message)}`,
        fix: 'Check the indentation and quoting on this line (values containing ": " or "#" need quotes).',
      })),
    };
  }
  return {
    problems: [],
    source: {
      file,
      data: doc.toJS({ maxAliasCount: 50 }),
      lineOf: (path) => lineOfPath(doc, path, lineCounter),
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function lineOfPath(doc: Document, path: readonly PropertyKey[], lineCounter: LineCounter): number {
  let node: Node | null = doc.contents;
  let line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) line = lineCounter.linePos(keyNode.range[0]).line;
      node = (pair.value as Node | null) ?? null;
      if (node?.range && isMap(node) === false && isSeq(node) === false) line = lineCounter.linePos(node.range[0]).line;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      node = item;
      if (item.range) line = lineCounter.linePos(item.range[0]).line;
    } else {
      break;
    }
  }
  return line;
}
